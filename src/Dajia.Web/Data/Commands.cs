using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.Units;
using Microsoft.AspNetCore.Identity;

namespace Dajia.Web.Data;

/// <summary>The binary's commands besides serving: `migrate` and `create-admin`.</summary>
public static class Commands
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "migrate":
                await DatabaseSetup.MigrateAsync(app.Services);
                Console.WriteLine($"Database migrated ({app.Services.GetRequiredService<DatabaseInfo>().Provider}).");
                return true;
            case "create-admin":
                try
                {
                    Environment.ExitCode = await CreateAdminAsync(app, args);
                }
                catch (ArgumentException e)
                {
                    Console.Error.WriteLine(e.Message);
                    Console.Error.WriteLine(
                        "usage: create-admin --user NAME --password PW [--name 显示名] [--jurisdiction 省/市/镇] [--office 名称]");
                    Environment.ExitCode = 2;
                }
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// create-admin --user NAME --password PW [--name 显示名] [--jurisdiction 广东省/中山市/大涌镇] [--office 大涌镇打假办].
    /// Missing values are asked for when a terminal is attached. Creates the jurisdiction path and office if needed.
    /// </summary>
    private static async Task<int> CreateAdminAsync(WebApplication app, string[] args)
    {
        string? Arg(string name) => args.SkipWhile(a => a != "--" + name).Skip(1).FirstOrDefault();
        string Ask(string name, string prompt, string? fallback = null)
        {
            var value = Arg(name);
            if (value is { Length: > 0 }) return value;
            if (Console.IsInputRedirected) return fallback ?? throw new ArgumentException($"--{name} is required");
            Console.Write(fallback is null ? $"{prompt}: " : $"{prompt} [{fallback}]: ");
            var typed = Console.ReadLine()?.Trim();
            return typed is { Length: > 0 } ? typed : fallback ?? throw new ArgumentException($"--{name} is required");
        }

        await DatabaseSetup.MigrateAsync(app.Services);
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        await Startup.EnsureRolesAsync(sp.GetRequiredService<RoleManager<AppRole>>());
        var db = sp.GetRequiredService<AppDbContext>();
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        AuditInterceptor.ActorOverride.Value = AuditActor.Tool("create-admin");

        var userName = Ask("user", "User name");
        var password = Ask("password", "Password");
        var display = Ask("name", "Display name", userName);
        var path = Ask("jurisdiction", "Jurisdiction (省/市/镇)", "广东省/中山市/大涌镇");
        var jurisdiction = await EnsureJurisdictionPathAsync(db,
            path.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var office = await db.Unscoped<Unit>().FirstOrDefaultAsync(u => u.JurisdictionId == jurisdiction.Id && u.Kind == UnitKind.Office);
        if (office is null)
        {
            var officeName = Ask("office", "Office name", jurisdiction.Name + "打假办");
            office = Unit.Create(jurisdiction.Id,
                new UnitDetails(officeName, "打假办", "office", UnitKind.Office, LeaderInCharge.None, null, 0, true));
            db.Add(office);
            await db.SaveChangesAsync();
        }
        var user = new AppUser
        {
            UserName = userName, DisplayName = display, JurisdictionId = jurisdiction.Id, UnitId = office.Id,
            CreatedAt = DateTimeOffset.UtcNow
        };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded) result = await users.AddToRoleAsync(user, Roles.OfficeAdmin);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors) Console.Error.WriteLine(e.Description);
            return 1;
        }
        Console.WriteLine($"Created OfficeAdmin '{userName}' in {path}.");
        return 0;
    }

    private static async Task<Jurisdiction> EnsureJurisdictionPathAsync(AppDbContext db, string[] names)
    {
        if (names.Length is 0 or > 3) throw new ArgumentException("--jurisdiction takes one to three names, e.g. 广东省/中山市/大涌镇");
        Jurisdiction? parent = null;
        for (var i = 0; i < names.Length; i++)
        {
            var level = (JurisdictionLevel)(i + 3 - names.Length);
            var parentId = parent?.Id;
            var existing = await db.Jurisdictions.FirstOrDefaultAsync(j => j.ParentId == parentId && j.Name == names[i]);
            if (existing is null)
            {
                existing = Jurisdiction.Create(names[i], level, parent);
                db.Jurisdictions.Add(existing);
                await db.SaveChangesAsync();
            }
            parent = existing;
        }
        return parent!;
    }
}

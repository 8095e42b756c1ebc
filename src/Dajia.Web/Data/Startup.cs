using Dajia.Web.Data.Demo;
using Microsoft.AspNetCore.Identity;

namespace Dajia.Web.Data;

public static class Startup
{
    /// <summary>Migrates where configured, makes sure the four roles exist, and seeds demo data into an empty database.</summary>
    public static async Task PrepareDatabaseAsync(IServiceProvider services, CancellationToken ct = default)
    {
        // No key-encryption key, no start: before anything is migrated or seeded.
        services.GetRequiredService<Infrastructure.Keys.KeyEncryptionKeys>();
        var info = services.GetRequiredService<DatabaseInfo>();
        if (info.MigrateOnStart) await DatabaseSetup.MigrateAsync(services, ct);
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<AppDbContext>();
        if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
            throw new InvalidOperationException("The database is not up to date: run `dotnet Dajia.Web.dll migrate` first.");
        await Infrastructure.Keys.KeyRingUpgrade.RunAsync(sp, ct);
        await EnsureRolesAsync(sp.GetRequiredService<RoleManager<AppRole>>());
        await ClueSearchUpgrade.RunAsync(db, ct);
        await CaseSearchUpgrade.RunAsync(db, sp.GetRequiredService<Features.Cases.CasePartySearch>(), ct);
        await CaseNextDueUpgrade.RunAsync(db, ct);
        await Features.Clues.IdempotencyUpgrade.RunAsync(db, ct);
        await StallKeyUpgrade.RunAsync(db, ct);
        await Features.Clues.EndedClueDeadlinesUpgrade.RunAsync(db, sp.GetRequiredService<TimeProvider>(), ct);
        await Features.Calendar.CalendarSeeder.SeedAsync(db, sp.GetRequiredService<TimeProvider>(), ct);
        await Cases.TransferThresholdSeeder.SeedAsync(db, ct);
        await CaseStandardUpgrade.RunAsync(db, sp.GetRequiredService<TimeProvider>(), ct);
        await Reporting.ReportFormSeeder.SeedAsync(db, ct);
        var config = sp.GetRequiredService<IConfiguration>();
        if (!config.GetValue("Dajia:Demo", false) || await db.Jurisdictions.AnyAsync(ct)) return;
        // Demo accounts share a published password: a production site with them is open to anyone who read the README.
        if (sp.GetRequiredService<IHostEnvironment>().IsProduction() && !config.GetValue("Dajia:ForceDemo", false))
            throw new InvalidOperationException(
                "Dajia:Demo is on in Production: the demo accounts' password is public. Turn Dajia:Demo off, or set Dajia:ForceDemo=true "
                + "for a throwaway demonstration site.");
        await sp.GetRequiredService<DemoSeeder>().SeedAsync(ct);
    }

    public static async Task EnsureRolesAsync(RoleManager<AppRole> roles)
    {
        foreach (var name in Roles.All)
        {
            if (!await roles.RoleExistsAsync(name)) await roles.CreateAsync(new AppRole(name));
        }
    }
}

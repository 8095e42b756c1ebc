using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dajia.Web.Data;
using Dajia.Web.Domain;
using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.Units;
using Dajia.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Infrastructure;

/// <summary>
/// A town of its own for one test: office, two member units (one with a liaison), and a user per role; above it a city
/// with its admin and a province (a root of the tree) with its root admin. <see cref="NeighbourAsync"/> adds a second
/// town under the same city. Every name carries a fresh suffix, so tests sharing a database never see each other's data.
/// </summary>
public sealed class World
{
    public const string Password = "Test@2017x";

    private readonly DajiaFactory _factory;

    private World(DajiaFactory factory) => _factory = factory;

    public string Tag { get; } = Guid.NewGuid().ToString("N")[..8];
    public Jurisdiction Province { get; private set; } = null!;
    public Jurisdiction City { get; private set; } = null!;
    public Jurisdiction Town { get; private set; } = null!;
    public Unit Office { get; private set; } = null!;
    public Unit UnitA { get; private set; } = null!;
    public Unit UnitB { get; private set; } = null!;
    public string Admin => $"admin.{Tag}";
    public string Staff => $"staff.{Tag}";
    public string Leader => $"leader.{Tag}";
    public string LiaisonA => $"liaison.a.{Tag}";
    public string LiaisonB => $"liaison.b.{Tag}";

    /// <summary>OfficeAdmin of the province, a root of the tree: the one who may edit the national calendar and rules.</summary>
    public string RootAdmin { get; private set; } = "";

    /// <summary>OfficeAdmin of the city above the town (and its neighbours).</summary>
    public string CityAdmin { get; private set; } = "";

    public static Task<World> CreateAsync(DajiaFactory factory) => CreateAsync(factory, null);

    /// <summary>Another town under the same city, sharing its province, city and their admins.</summary>
    public Task<World> NeighbourAsync() => CreateAsync(_factory, this);

    private static async Task<World> CreateAsync(DajiaFactory factory, World? neighbour)
    {
        var w = new World(factory);
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            if (neighbour is null)
            {
                w.Province = Jurisdiction.Create("省" + w.Tag, JurisdictionLevel.Province, null);
                w.City = Jurisdiction.Create("市" + w.Tag, JurisdictionLevel.City, w.Province);
                db.AddRange(w.Province, w.City);
                (w.RootAdmin, w.CityAdmin) = ($"root.{w.Tag}", $"city.admin.{w.Tag}");
            }
            else
            {
                (w.Province, w.City, w.RootAdmin, w.CityAdmin) = (neighbour.Province, neighbour.City, neighbour.RootAdmin,
                    neighbour.CityAdmin);
                db.Attach(w.City); // stored already; the new town refers to it
            }
            w.Town = Jurisdiction.Create("镇" + w.Tag, JurisdictionLevel.Town, w.City);
            w.Office = Unit.Create(w.Town.Id, Details("打假办" + w.Tag, "office", UnitKind.Office));
            w.UnitA = Unit.Create(w.Town.Id, Details("市场监管分局" + w.Tag, "scjg", UnitKind.Member));
            w.UnitB = Unit.Create(w.Town.Id, Details("派出所" + w.Tag, "pcs", UnitKind.Member));
            w.UnitA.SetLiaison(LiaisonRole.Primary,
                new LiaisonDetails("张三", Gender.Male, "科员", "0760-87110001", "13800138000", null, "a@example.com"),
                factory.Clock.GetUtcNow(), "setup");
            db.AddRange(w.Town, w.Office, w.UnitA, w.UnitB);
            await db.SaveChangesAsync();
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            await Startup.EnsureRolesAsync(sp.GetRequiredService<RoleManager<AppRole>>());
            if (neighbour is null)
            {
                await w.AddUser(users, w.RootAdmin, Roles.OfficeAdmin, null, w.Province.Id);
                await w.AddUser(users, w.CityAdmin, Roles.OfficeAdmin, null, w.City.Id);
            }
            await w.AddUser(users, w.Admin, Roles.OfficeAdmin, w.Office.Id);
            await w.AddUser(users, w.Staff, Roles.OfficeStaff, w.Office.Id);
            await w.AddUser(users, w.Leader, Roles.Leader, null);
            await w.AddUser(users, w.LiaisonA, Roles.UnitLiaison, w.UnitA.Id);
            await w.AddUser(users, w.LiaisonB, Roles.UnitLiaison, w.UnitB.Id);
            return 0;
        });
        return w;
    }

    private static UnitDetails Details(string name, string code, UnitKind kind) =>
        new(name, null, code, kind, new LeaderInCharge("李四", "副镇长", "13900139000"), null, 10, true);

    private async Task AddUser(UserManager<AppUser> users, string name, string role, Guid? unit, Guid? jurisdiction = null)
    {
        var user = new AppUser { UserName = name, DisplayName = name, JurisdictionId = jurisdiction ?? Town.Id, UnitId = unit };
        var r = await users.CreateAsync(user, Password);
        if (r.Succeeded) r = await users.AddToRoleAsync(user, role);
        if (!r.Succeeded) throw new InvalidOperationException(string.Join(";", r.Errors.Select(e => e.Description)));
    }

    /// <summary>An HTTP client holding a bearer token for the user, obtained through POST /api/auth/token.</summary>
    public Task<HttpClient> ClientFor(string userName) => ClientFor(_factory, userName, Password);

    public static async Task<HttpClient> ClientFor(DajiaFactory factory, string userName, string password)
    {
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }
}

public sealed record TokenResponse(string AccessToken, int ExpiresIn, string RefreshToken);

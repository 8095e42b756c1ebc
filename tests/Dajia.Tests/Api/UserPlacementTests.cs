using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.Units;

namespace Dajia.Tests.Api;

/// <summary>Editing a user keeps them where they are unless an admin moves them, and only within the admin's subtree.</summary>
public abstract class UserPlacementTests(DajiaFactory app)
{
    private static async Task<JsonElement> UserAsync(HttpClient admin, string userName) =>
        (await (await admin.GetAsync("/api/users")).JsonAsync()).GetProperty("items").EnumerateArray()
        .Single(u => u.GetProperty("userName").GetString() == userName);

    private static (Guid Jurisdiction, Guid? Unit) Place(JsonElement user) => (user.GetProperty("jurisdictionId").GetGuid(),
        user.GetProperty("unitId").ValueKind == JsonValueKind.Null ? null : user.GetProperty("unitId").GetGuid());

    [Fact]
    public async Task Renaming_a_town_leader_or_liaison_keeps_their_town_and_unit()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 20, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var other = await w.NeighbourAsync();
        await app.CreateClient()
            .ReportAsync(new { kind = "Report", description = "邻镇的线索 " + other.Tag, anonymous = true, jurisdictionId = other.Town.Id });
        var city = await w.ClientFor(w.CityAdmin);
        var leader = await UserAsync(city, w.Leader);
        var renamed = await (await city.PutAsJsonAsync($"/api/users/{leader.GetProperty("id").GetGuid()}",
            new { displayName = "改名的领导", roles = new[] { "Leader" } })).JsonAsync();
        Assert.Equal("改名的领导", renamed.GetProperty("displayName").GetString());
        Assert.Equal((w.Town.Id, null), Place(renamed));
        var liaison = await UserAsync(city, w.LiaisonA);
        var kept = await (await city.PutAsJsonAsync($"/api/users/{liaison.GetProperty("id").GetGuid()}",
            new { displayName = "改名的联络员", roles = new[] { "UnitLiaison" } })).JsonAsync();
        Assert.Equal((w.Town.Id, w.UnitA.Id), Place(kept));

        // The town leader still reads only their own town's clues.
        var leaderClient = await w.ClientFor(w.Leader);
        Assert.Equal(0, (await (await leaderClient.GetAsync($"/api/clues?q={other.Tag}")).JsonAsync()).GetProperty("total").GetInt32());
        Assert.Equal(1,
            (await (await (await other.ClientFor(other.Leader)).GetAsync($"/api/clues?q={other.Tag}")).JsonAsync())
                .GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_admin_moves_users_only_within_their_own_subtree_and_a_refusal_changes_nothing()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var other = await w.NeighbourAsync();
        var town = await w.ClientFor(w.Admin);
        var leaderId = (await UserAsync(town, w.Leader)).GetProperty("id").GetGuid();
        object Body(object? jurisdictionId = null, object? unitId = null) =>
            new { displayName = "领导", roles = new[] { "Leader" }, jurisdictionId, unitId };

        var up = await (await town.PutAsJsonAsync($"/api/users/{leaderId}", Body(w.City.Id))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("所属区域不存在或不在您的管辖范围内", up.ErrorsFor("jurisdictionId").Single());
        await (await town.PutAsJsonAsync($"/api/users/{leaderId}", Body(other.Town.Id))).ProblemAsync(HttpStatusCode.BadRequest);
        var foreignUnit = await (await town.PutAsJsonAsync($"/api/users/{leaderId}", Body(unitId: other.UnitA.Id)))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Single(foreignUnit.ErrorsFor("unitId"));
        var unchanged = await UserAsync(town, w.Leader);
        Assert.Equal((w.Town.Id, null), Place(unchanged));
        Assert.Equal(w.Leader, unchanged.GetProperty("displayName").GetString());
        var otherLeader = (await UserAsync(await other.ClientFor(other.Admin), other.Leader)).GetProperty("id").GetGuid();
        await (await town.PutAsJsonAsync($"/api/users/{otherLeader}", Body())).ProblemAsync(HttpStatusCode.NotFound);

        // The city admin may move people between its towns; a unit left behind in the old town is refused.
        var city = await w.ClientFor(w.CityAdmin);
        var moved = await (await city.PutAsJsonAsync($"/api/users/{leaderId}", Body(other.Town.Id))).JsonAsync();
        Assert.Equal((other.Town.Id, null), Place(moved));
        var liaisonId = (await UserAsync(city, w.LiaisonA)).GetProperty("id").GetGuid();
        var stranded = await (await city.PutAsJsonAsync($"/api/users/{liaisonId}",
            new { displayName = "联络员", roles = new[] { "UnitLiaison" }, jurisdictionId = other.Town.Id }))
                .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith("所选单位不在所选区域内", stranded.ErrorsFor("unitId").Single());
        Assert.Equal((w.Town.Id, w.UnitA.Id), Place(await UserAsync(city, w.LiaisonA)));
        var rehomed = await (await city.PutAsJsonAsync($"/api/users/{liaisonId}",
            new { displayName = "联络员", roles = new[] { "UnitLiaison" }, unitId = other.UnitB.Id })).JsonAsync();
        Assert.Equal((other.Town.Id, other.UnitB.Id), Place(rehomed));

        // An explicit null takes a user out of their unit and leaves their town alone.
        var staffId = (await UserAsync(town, w.Staff)).GetProperty("id").GetGuid();
        var unitless = await (await town.PutAsJsonAsync($"/api/users/{staffId}",
            new { displayName = "工作人员", roles = new[] { "OfficeStaff" }, unitId = (Guid?)null })).JsonAsync();
        Assert.Equal((w.Town.Id, null), Place(unitless));
    }

    [Fact]
    public async Task The_edit_page_carries_the_users_place_and_offers_only_the_admins_subtree()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var other = await World.CreateAsync(app);
        var leaderId = (await UserAsync(await w.ClientFor(w.CityAdmin), w.Leader)).GetProperty("id").GetGuid();
        var page = await Pages.SignInAsync(app, w.CityAdmin);
        var html = await page.GetStringAsync($"/Admin/Users/Edit/{leaderId}");
        Assert.Contains($"<option value=\"{w.Town.Id}\" selected=\"selected\">", html);
        Assert.Contains($"<option value=\"{w.City.Id}\"", html);
        Assert.DoesNotContain(w.Province.Id.ToString(), html);

        var url = $"/Admin/Users/Edit/{leaderId}";
        KeyValuePair<string, string>[] Form(Guid jurisdiction, string name) =>
            [new("Form.DisplayName", name), new("Form.Roles", "Leader"), new("Form.JurisdictionId", jurisdiction.ToString()),
                new("Form.UnitId", "")];
        var saved = await page.PostFormAsync(url, Form(w.Town.Id, "页面改名"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var admin = await w.ClientFor(w.Admin);
        var leader = await UserAsync(admin, w.Leader);
        Assert.Equal("页面改名", leader.GetProperty("displayName").GetString());
        Assert.Equal((w.Town.Id, null), Place(leader));

        var refused = await page.PostFormAsync(url, Form(other.Town.Id, "越界"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("所属区域不存在或不在您的管辖范围内", await refused.Content.ReadAsStringAsync());
        Assert.Equal("页面改名", (await UserAsync(admin, w.Leader)).GetProperty("displayName").GetString());
        Assert.Equal((w.Town.Id, null), Place(await UserAsync(admin, w.Leader)));
    }
}

[Collection("Sqlite")]
public sealed class UserPlacementSqlite(SqliteFactory f) : UserPlacementTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class UserPlacementPostgres(PostgresFactory f) : UserPlacementTests(f.WithClockReset());

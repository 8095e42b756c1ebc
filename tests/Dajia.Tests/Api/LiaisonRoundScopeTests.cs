using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dajia.Tests.Api;

/// <summary>
/// Who sees which units of a 附件1 round: the office and the leader every unit, a liaison their own unit only — on the
/// page, in the API's overview, and in each unit's versions (another unit's answer 404, as a record out of scope does).
/// </summary>
public abstract class LiaisonRoundScopeTests(DajiaFactory app)
{
    private static DateTimeOffset China(int y, int m, int d) => new(y, m, d, 10, 0, 0, TimeSpan.FromHours(8));

    private static List<Guid> Units(JsonElement overview) =>
        overview.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("unitId").GetGuid()).ToList();

    [Fact]
    public async Task A_liaison_sees_their_own_units_round_and_the_office_and_leader_see_every_unit()
    {
        app.Clock.Now = China(2017, 9, 13);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        await (await staff.PutAsJsonAsync("/api/liaison-tables/2017", new { dueOn = "2017-09-19" })).JsonAsync();
        var a = await w.ClientFor(w.LiaisonA);
        await (await a.PostAsync($"/api/units/{w.UnitA.Id}/liaison-submission?year=2017", null)).JsonAsync();
        await (await staff.PutAsJsonAsync($"/api/units/{w.UnitB.Id}/liaison", new { name = "赵六", mobile = "13711113333" })).JsonAsync();
        await (await staff.PostAsync($"/api/units/{w.UnitB.Id}/liaison-submission?year=2017", null)).JsonAsync();

        foreach (var who in new[] { w.Staff, w.Admin, w.Leader })
        {
            var client = await w.ClientFor(who);
            var units = Units(await (await client.GetAsync("/api/liaison-tables/2017")).JsonAsync());
            Assert.Contains(w.UnitA.Id, units);
            Assert.Contains(w.UnitB.Id, units);
            await (await client.GetAsync($"/api/liaison-tables/2017/units/{w.UnitB.Id}")).JsonAsync();
            var page = await (await Pages.SignInAsync(app, who)).GetStringAsync("/LiaisonTables?year=2017");
            Assert.Contains(w.UnitA.Name, page);
            Assert.Contains(w.UnitB.Name, page);
        }

        Assert.Equal([w.UnitA.Id], Units(await (await a.GetAsync("/api/liaison-tables/2017")).JsonAsync()));
        await (await a.GetAsync($"/api/liaison-tables/2017/units/{w.UnitA.Id}")).JsonAsync();
        await (await a.GetAsync($"/api/liaison-tables/2017/units/{w.UnitB.Id}")).ProblemAsync(HttpStatusCode.NotFound);

        var aPage = await Pages.SignInAsync(app, w.LiaisonA);
        var index = await aPage.GetAsync("/LiaisonTables?year=2017");
        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        var html = await index.Content.ReadAsStringAsync();
        Assert.Contains(w.UnitA.Name, html);
        Assert.DoesNotContain(w.UnitB.Name, html);
        Assert.Contains($"/LiaisonTables/2017/Units/{w.UnitA.Id}", html);
        Assert.DoesNotContain("liaison-table.xlsx", html); // the download is for the office and leaders
        Assert.Contains("href=\"/LiaisonTables\"", await aPage.GetStringAsync("/")); // the menu leads there
        Assert.Equal(HttpStatusCode.OK, (await aPage.GetAsync($"/LiaisonTables/2017/Units/{w.UnitA.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await aPage.GetAsync($"/LiaisonTables/2017/Units/{w.UnitB.Id}")).StatusCode);
    }
}

[Collection("Sqlite")]
public sealed class LiaisonRoundScopeSqlite(SqliteFactory f) : LiaisonRoundScopeTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class LiaisonRoundScopePostgres(PostgresFactory f) : LiaisonRoundScopeTests(f.WithClockReset());

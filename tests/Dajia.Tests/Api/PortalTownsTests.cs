using System.Net;
using System.Net.Http.Json;

namespace Dajia.Tests.Api;

/// <summary>
/// The portal belongs to the towns that take reports (have an office unit): a town just added without one changes
/// nothing the public sees or may do; a second town with an office makes the form ask which, and names both offices.
/// A class and an app of its own (a class fixture, not the collection's shared app) because it counts the towns of its
/// database.
/// </summary>
public abstract class PortalTownsTests(DajiaFactory app)
{
    [Fact]
    public async Task Only_towns_with_an_office_take_reports_and_one_such_town_needs_no_choice()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var visitor = app.CreateClient();
        var home = await visitor.GetStringAsync("/");
        Assert.Contains("打假办" + w.Tag, home);
        Assert.Contains("id=\"home-report\"", home);
        await ReportAsync(visitor, null, HttpStatusCode.Created);

        var added = await (await (await w.ClientFor(w.CityAdmin)).PostAsJsonAsync("/api/jurisdictions",
            new { name = "沙溪镇" + w.Tag, level = "Town", parentId = w.City.Id })).JsonAsync(HttpStatusCode.Created);
        var shaxi = added.GetProperty("id").GetGuid();
        foreach (var page in new[] { "/", "/Report", "/Track" })
        {
            var html = await visitor.GetStringAsync(page);
            Assert.Contains("打假办" + w.Tag, html);
            Assert.DoesNotContain("沙溪镇", html);
            Assert.DoesNotContain("id=\"JurisdictionId\"", html);
        }
        await ReportAsync(visitor, null, HttpStatusCode.Created);
        var refused = await (await visitor.PostAsJsonAsync("/api/public/reports", Body(shaxi))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("请选择受理的镇（街道）", refused.ErrorsFor("jurisdictionId").Single());

        var second = await w.NeighbourAsync();
        var form = await visitor.GetStringAsync("/Report");
        Assert.Contains("id=\"JurisdictionId\"", form);
        Assert.Contains(second.Town.Name, form);
        Assert.DoesNotContain("沙溪镇", form);
        Assert.Contains("打假办" + w.Tag, form);
        Assert.Contains("打假办" + second.Tag, form);
        var none = await (await visitor.PostAsJsonAsync("/api/public/reports", Body(null))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("请选择受理的镇（街道）", none.ErrorsFor("jurisdictionId").Single());
        await ReportAsync(visitor, second.Town.Id, HttpStatusCode.Created);
        var staff = await second.ClientFor(second.Staff);
        Assert.Equal(1, (await (await staff.GetAsync("/api/clues?q=两镇")).JsonAsync()).GetProperty("total").GetInt32());
    }

    private static object Body(Guid? town) => town is { } t
        ? new { kind = "Report", description = "两镇之间的假货 " + t, anonymous = true, jurisdictionId = t }
        : new { kind = "Report", description = "只有一个镇时的举报", anonymous = true };

    private static async Task ReportAsync(HttpClient client, Guid? town, HttpStatusCode status) =>
        await (await client.PostAsJsonAsync("/api/public/reports", Body(town))).JsonAsync(status);
}

[Collection("Sqlite")]
public sealed class PortalTownsSqlite(SqliteFactory f) : PortalTownsTests(f), IClassFixture<SqliteFactory>;

[Collection("Postgres")]
public sealed class PortalTownsPostgres(PostgresFactory f) : PortalTownsTests(f), IClassFixture<PostgresFactory>;

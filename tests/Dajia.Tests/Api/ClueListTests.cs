using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Api;

/// <summary>The clue list's orders and filters, through the API and the page.</summary>
public abstract class ClueListTests(DajiaFactory app)
{
    private async Task<Guid> RecordAsync(HttpClient staff, string kind, string text, string source = "Hotline")
    {
        var created = await (await staff.PostAsJsonAsync("/api/clues", new
        {
            source, kind, category = "FakeBrand", description = text, anonymous = kind == "Report",
            informantName = kind == "Report" ? null : "王来电",
            informantMobile = kind == "Report" ? null : "13700001111",
        })).JsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    private static async Task<Guid[]> IdsAsync(HttpClient staff, string query) =>
        (await (await staff.GetAsync("/api/clues?" + query)).JsonAsync())
            .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToArray();

    [Fact]
    public async Task Clues_come_newest_oldest_nearest_time_limit_or_number_first()
    {
        var w = await World.CreateAsync(app);
        var day = new DateTimeOffset(2017, 9, 25, 2, 0, 0, TimeSpan.Zero);
        // One day apart, so each complaint's time limit ends on a different day; a fresh sign-in each day.
        async Task<(Guid Id, HttpClient Staff)> OnDay(int n, string kind, string text, string source = "Hotline")
        {
            app.Clock.Now = day.AddDays(n);
            var staff = await w.ClientFor(w.Staff);
            return (await RecordAsync(staff, kind, text + " " + w.Tag, source), staff);
        }
        var (a, _) = await OnDay(0, "Complaint", "甲 投诉已受理");
        var (c, _) = await OnDay(1, "Complaint", "丙 投诉待受理");
        var (b, _) = await OnDay(2, "Report", "乙 举报", "Inspection");
        var (d, staff) = await OnDay(3, "Complaint", "丁 投诉待受理");
        await (await staff.PostAsJsonAsync($"/api/clues/{a}/accept", new { })).JsonAsync();

        Assert.Equal([d, b, c, a], await IdsAsync(staff, ""));
        Assert.Equal([a, c, b, d], await IdsAsync(staff, "sort=Oldest"));
        // c and d run against their acceptance decision (c's ends first), accepted a against its mediation (60 days in
        // 2017); b, a report not yet accepted, has none and follows.
        Assert.Equal([c, d, a, b], await IdsAsync(staff, "sort=DueSoonest"));
        Assert.Equal([a, c, b, d], await IdsAsync(staff, "sort=Number"));
        Assert.Equal([c, d], await IdsAsync(staff, "sort=DueSoonest&kind=Complaint&status=Received"));
        Assert.Equal([b], await IdsAsync(staff, "source=Inspection&sort=Oldest"));
        // A search with another order takes the general path and still finds two-character terms.
        Assert.Equal([c, d], await IdsAsync(staff, "q=%E5%BE%85%E5%8F%97&sort=Oldest"));

        var bad = await (await staff.GetAsync("/api/clues?sort=Sideways")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(400, bad.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task The_page_keeps_filters_and_order_in_its_export_and_paging_links()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        await RecordAsync(staff, "Report", "页面排序 " + w.Tag, "Media");
        var html = await (await staff.GetAsync("/Clues?source=Media&sort=Oldest&kind=Report")).Content.ReadAsStringAsync();
        Assert.Contains("/api/clues/export.xlsx?source=Media&amp;kind=Report&amp;sort=Oldest", html);
        Assert.Contains("<option value=\"Oldest\" selected=\"selected\">最早收到在前</option>", html);
        Assert.Contains(w.UnitA.ShortName, html); // the office may filter by unit
        Assert.Contains("页面排序", html);

        var liaison = await (await (await w.ClientFor(w.LiaisonA)).GetAsync("/Clues")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("name=\"unitId\"", liaison);
    }

    [Fact]
    public async Task Pages_neither_repeat_nor_skip_a_clue_in_any_order()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        var complaints = new List<Guid>();
        for (var i = 0; i < 3; i++) complaints.Add(await RecordAsync(staff, "Complaint", $"投诉{i} " + w.Tag));
        // Fifty reports in the same instant: only the id tells them apart.
        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => app.CreateClient().PostAsJsonAsync("/api/public/reports",
            new { kind = "Report", description = $"同时举报{i} " + w.Tag, anonymous = true, jurisdictionId = w.Town.Id })));
        foreach (var sort in new[] { "Newest", "Oldest", "Number", "DueSoonest" })
        {
            var first = await IdsAsync(staff, $"sort={sort}&page=1");
            var second = await IdsAsync(staff, $"sort={sort}&page=2");
            Assert.Equal((50, 3), (first.Length, second.Length));
            Assert.Equal(53, first.Concat(second).Distinct().Count());
            if (sort == "DueSoonest") Assert.Equal(complaints.Order(), first.Take(3).Order());
        }
    }

    [Fact]
    public async Task Hot_spots_count_by_category_and_month_over_the_period_asked_for()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 28, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        // The neighbouring town's clue in the same months must not be counted: the test builds it, never relies on leftovers.
        var neighbour = await w.NeighbourAsync();
        await RecordAsync(await neighbour.ClientFor(neighbour.Staff), "Report", "邻镇九月 " + neighbour.Tag);
        var staff = await w.ClientFor(w.Staff);
        await RecordAsync(staff, "Report", "九月 " + w.Tag);
        app.Clock.Now = new DateTimeOffset(2017, 10, 9, 2, 0, 0, TimeSpan.Zero);
        staff = await w.ClientFor(w.Staff);
        await RecordAsync(staff, "Report", "十月 " + w.Tag);
        await RecordAsync(staff, "Complaint", "十月投诉 " + w.Tag);

        var hot = await (await staff.GetAsync("/api/clues/hotspots?from=2000-01-01&to=2099-12-31")).JsonAsync();
        Assert.Equal(3, hot.GetProperty("total").GetInt32());
        Assert.Equal([("2017-09", 1), ("2017-10", 2)],
            hot.GetProperty("byMonth").EnumerateArray().Select(m => (m.GetProperty("key").GetString(), m.GetProperty("count").GetInt32())));
        Assert.Equal(("假冒品牌", 3),
            (hot.GetProperty("byCategory")[0].GetProperty("key").GetString(),
                hot.GetProperty("byCategory")[0].GetProperty("count").GetInt32()));
        var lastTwelveMonths = await (await staff.GetAsync("/api/clues/hotspots")).JsonAsync();
        Assert.Equal(("2016-10-10", "2017-10-09", 3),
            (lastTwelveMonths.GetProperty("from").GetString(), lastTwelveMonths.GetProperty("to").GetString(),
            lastTwelveMonths.GetProperty("total").GetInt32()));
        var october = await (await staff.GetAsync("/api/clues/hotspots?from=2017-10-01&to=2017-10-31")).JsonAsync();
        Assert.Equal(2, october.GetProperty("total").GetInt32());
        var backwards = await (await staff.GetAsync("/api/clues/hotspots?from=2017-10-31&to=2017-10-01"))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("结束日期不能早于开始日期", backwards.ErrorsFor("to").Single());

        var page = await (await staff.GetAsync("/Clues/HotSpots?from=2017-09-01&to=2017-10-31")).Content.ReadAsStringAsync();
        Assert.Contains("共 3 条", page);
        Assert.Contains("2017-10", page);
        var bad = await (await staff.GetAsync("/Clues/HotSpots?from=2017-10-31&to=2017-10-01")).Content.ReadAsStringAsync();
        Assert.Contains("结束日期不能早于开始日期", bad);
    }

    [Fact]
    public async Task A_single_character_is_found_wherever_it_stands_and_old_stored_texts_are_rebuilt()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        var atEnd = await RecordAsync(staff, "Report", "市场有人卖仿冒运动鞋 " + w.Tag);
        var atStart = await RecordAsync(staff, "Report", "鞋店门口摆卖 " + w.Tag);
        await RecordAsync(staff, "Report", "摊位出售假冒香烟 " + w.Tag);
        // Recorded at the same moment, so compared as sets.
        async Task<Guid[]> Find(string q, string more = "") =>
            [.. (await IdsAsync(staff, $"q={Uri.EscapeDataString(q + " " + w.Tag)}{more}")).Order()];
        Guid[] both = [.. new[] { atStart, atEnd }.Order()];

        Assert.Equal(both, await Find("鞋"));
        Assert.Equal(both, await Find("鞋", "&status=Received")); // the general path as well
        Assert.Single(await Find("烟"));
        Assert.Empty(await Find("酒"));

        // A database from before the last character was stored: the search misses the shoe at the end until rebuilt.
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Dajia.Web.Data.AppDbContext>();
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE \"Clues\" SET \"SearchText\" = {" 市场 场有 有人 人卖 卖仿 仿冒 冒运 运动 动鞋 " + w.Tag + " "} WHERE \"Id\" = {atEnd}");
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE \"Counters\" SET \"Value\" = 1 WHERE \"Key\" = {Dajia.Web.Data.ClueSearchUpgrade.Key}");
            return 0;
        });
        Assert.Equal([atStart], await Find("鞋"));
        var rebuilt = await app.InScopeAsync(sp =>
            Dajia.Web.Data.ClueSearchUpgrade.RunAsync(sp.GetRequiredService<Dajia.Web.Data.AppDbContext>()));
        Assert.True(rebuilt >= 1);
        Assert.Equal(both, await Find("鞋"));
        Assert.Equal(0,
            await app.InScopeAsync(sp => Dajia.Web.Data.ClueSearchUpgrade.RunAsync(sp.GetRequiredService<Dajia.Web.Data.AppDbContext>())));
    }
}

[Collection("Sqlite")]
public sealed class ClueListSqlite(SqliteFactory f) : ClueListTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class ClueListPostgres(PostgresFactory f) : ClueListTests(f.WithClockReset());

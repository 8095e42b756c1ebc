using System.Net;
using System.Net.Http.Json;

namespace Dajia.Tests.KeyAreas;

/// <summary>The entity search, the operations' reading of a period, key areas carried by the plan, and the pages that show them.</summary>
public abstract class KeyAreaPagesTests(DajiaFactory app)
{
    [Fact]
    public async Task The_entity_search_finds_by_name_stall_however_written_or_credit_code_within_the_town_only()
    {
        app.Clock.Now = new DateTimeOffset(2026, 11, 18, 2, 0, 0, TimeSpan.Zero);
        var t = await MatchTown.CreateAsync(app);
        var code = (await (await t.Staff.GetAsync($"/api/entities/{t.HeB3}")).JsonAsync()).GetProperty("creditCode").GetString()!;
        var liaison = await t.W.ClientFor(t.W.LiaisonA);
        async Task<List<Guid>> Find(HttpClient c, string q) =>
            (await (await c.GetAsync($"/api/entities/search?q={Uri.EscapeDataString(q)}")).JsonAsync())
                .GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(new[] { t.HeA12, t.OutsideA12 }.Order(), (await Find(liaison, "A12")).Order());
        Assert.Equal(new[] { t.HeA12, t.OutsideA12 }.Order(), (await Find(t.Staff, "a区012号")).Order());
        Assert.Equal([t.HeB3], await Find(t.Staff, code[..17]));
        Assert.Equal(new[] { t.HeA12, t.HeB3 }.Order(), (await Find(t.Staff, "何记布行")).Order());
        var other = await MatchTown.CreateAsync(app);
        Assert.DoesNotContain(t.HeA12, await Find(other.Staff, "A12"));
        var hit = (await (await t.Staff.GetAsync("/api/entities/search?q=B3")).JsonAsync()).GetProperty("items")[0];
        Assert.Equal(("B003", "岚田布业城"), (hit.GetProperty("stallNumber").GetString(), hit.GetProperty("keyAreaName").GetString()));
        Assert.False(hit.TryGetProperty("operatorName", out _));
        var bad = await (await t.Staff.GetAsync($"/api/entities/search?q={new string('布', 65)}&pageSize=0"))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["pageSize", "q"], bad.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public async Task A_unit_shows_actions_led_and_joined_apart_and_problems_add_up_alike()
    {
        app.Clock.Now = new DateTimeOffset(2017, 11, 10, 2, 0, 0, TimeSpan.Zero);
        var t = await MatchTown.CreateAsync(app);
        var joint = (await (await t.Staff.PostAsJsonAsync("/api/operations", new
        {
            kind = "JointInspection", title = "联合检查", startsAt = "2017-11-08T01:00:00Z", leadUnitId = t.W.Office.Id,
            invitedUnitIds = new[] { t.W.UnitA.Id }, personnel = 6,
        })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var a = await t.W.ClientFor(t.W.LiaisonA);
        await (await a.PostAsJsonAsync($"/api/operations/{joint}/participation/confirm", new { officers = "张三" })).JsonAsync();
        foreach (var (entity, result) in new[] { (t.HeA12, "ProblemFound"), (t.HeB3, "GoodsSeized"), (t.OutsideA12, "NoProblem") })
            await (await t.Staff.PostAsJsonAsync($"/api/operations/{joint}/inspections", new { marketEntityId = entity, result }))
                .JsonAsync();
        var own = (await (await a.PostAsJsonAsync("/api/operations",
            new { kind = "DailySupervision", title = "日常巡查", startsAt = "2017-11-09T01:00:00Z", personnel = 2 }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await (await a.PostAsJsonAsync($"/api/operations/{own}/inspections", new { marketEntityId = t.HeA12, result = "OrderedToRectify" }))
            .JsonAsync();

        var period = await (await t.Staff.GetAsync("/api/operations/totals?from=2017-11-01&to=2017-11-30")).JsonAsync();
        var units = period.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("unitId").GetGuid());
        var unitA = units[t.W.UnitA.Id];
        Assert.Equal((2, 1, 1, 2), (unitA.GetProperty("operations").GetInt32(), unitA.GetProperty("led").GetInt32(),
            unitA.GetProperty("joined").GetInt32(), unitA.GetProperty("personnel").GetInt32()));
        Assert.Equal(3, period.GetProperty("problemsFound").GetInt32());
        Assert.Equal(3, units.Values.Sum(u => u.GetProperty("problemsFound").GetInt32()));
        var page = await (await (await Pages.SignInAsync(app, t.W.Staff)).GetAsync("/Operations?from=2017-11-01&to=2017-11-30"))
            .Content.ReadAsStringAsync();
        Assert.Contains("有问题 3 户次", page);
        Assert.Contains("参与行动", page);
    }

    [Fact]
    public async Task Without_script_the_inspection_picker_is_a_search_field_whose_hits_are_choices()
    {
        app.Clock.Now = new DateTimeOffset(2017, 11, 10, 2, 0, 0, TimeSpan.Zero);
        var t = await MatchTown.CreateAsync(app);
        var op = (await (await t.Staff.PostAsJsonAsync("/api/operations", new
        {
            kind = "DailySupervision", title = "巡查", startsAt = "2017-11-08T01:00:00Z", leadUnitId = t.W.Office.Id,
        })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var page = await Pages.SignInAsync(app, t.W.Staff);
        Assert.DoesNotContain("type=\"radio\"", await page.GetStringAsync($"/Operations/{op}"));
        var found = await page.GetStringAsync($"/Operations/{op}?entityQ=B%E5%8C%BA3%E5%8F%B7");
        Assert.Contains($"value=\"{t.HeB3}\"", found);
        Assert.DoesNotContain($"value=\"{t.HeA12}\"", found);
        var saved = await page.PostFormAsync($"/Operations/{op}?entityQ=B3", [new("marketEntityId", t.HeB3.ToString()),
            new("result", "ProblemFound"), new("entityQ", "B3")], $"/Operations/{op}?handler=Inspect");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    [Fact]
    public async Task Without_actions_this_year_the_page_shows_the_latest_year_with_actions_and_says_so()
    {
        app.Clock.Now = new DateTimeOffset(2026, 11, 18, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var page = await Pages.SignInAsync(app, w.Staff);
        Assert.Contains("暂无执法行动记录", await page.GetStringAsync("/Operations"));
        await (await (await w.ClientFor(w.Staff)).PostAsJsonAsync("/api/operations",
            new { kind = "DailySupervision", title = "日常巡查", startsAt = "2017-06-09T01:00:00Z", leadUnitId = w.Office.Id }))
            .JsonAsync(HttpStatusCode.Created);
        var html = await page.GetStringAsync("/Operations");
        Assert.Contains("本年度尚无执法行动，下面显示有记录的最近年度：2017 年。", html);
        Assert.Contains("value=\"2017-01-01\"", html);
        Assert.Contains("日常巡查", html);
        // A period asked for is shown as asked, without the note.
        Assert.DoesNotContain("本年度尚无", await page.GetStringAsync("/Operations?from=2026-01-01&to=2026-11-18"));
    }

    [Fact]
    public async Task A_key_area_named_by_this_years_plan_is_this_years_and_the_plan_page_labels_and_links()
    {
        app.Clock.Now = new DateTimeOffset(2026, 11, 18, 2, 0, 0, TimeSpan.Zero);
        var t = await MatchTown.CreateAsync(app);
        await (await t.Staff.PostAsJsonAsync("/api/campaigns", new
        {
            year = 2026, title = "2026年打假工作方案", goals = "目标", tasks = "任务", fullText = "全文", keyAreaId = t.Area,
            liaisonTableDueOn = "2026-12-01", quarterlyReportDueDay = 25, quarterlyReportMonths = new[] { 3, 6, 9, 12 },
            annualSummaryDueOn = "2026-12-10", stages = new[] { new { name = "打击整治阶段", from = "2026-09-01", to = "2026-12-31" } },
        })).JsonAsync(HttpStatusCode.Created);
        var area = (await (await t.Staff.GetAsync($"/api/key-areas/{t.Area}")).JsonAsync());
        Assert.Equal([2017, 2026], area.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
        Assert.Equal([2026], area.GetProperty("planYears").EnumerateArray().Select(y => y.GetInt32()));
        var staff = await Pages.SignInAsync(app, t.W.Staff);
        Assert.Contains("2026 年度重点区域", await staff.GetStringAsync("/KeyAreas"));
        var plan = await staff.GetStringAsync("/Campaigns/2026");
        Assert.Contains("时间已过 65%", plan); // 79 of 122 days
        Assert.Contains("不代表工作完成情况", plan);
        Assert.Contains("href=\"/LiaisonTables?year=2026\"", plan);
        Assert.Contains("href=\"/Operations?from=2026-10-01&amp;to=2026-12-31\"", plan);
        var liaison = await (await Pages.SignInAsync(app, t.W.LiaisonA)).GetStringAsync("/Campaigns/2026");
        Assert.Contains($"href=\"/Units/{t.W.UnitA.Id}/Liaison\"", liaison);
    }

    [Fact]
    public async Task The_match_page_searches_without_script_and_a_bad_choice_is_said_on_the_page()
    {
        app.Clock.Now = new DateTimeOffset(2026, 11, 18, 2, 0, 0, TimeSpan.Zero);
        var t = await MatchTown.CreateAsync(app);
        var clue = await t.RecordAsync("何记", "岚田布业城A区12号");
        var page = await Pages.SignInAsync(app, t.W.Staff);
        var details = await page.GetStringAsync($"/Clues/{clue}");
        Assert.Contains("系统建议，待确认", details);
        var search = await page.GetStringAsync($"/Clues/{clue}/Match?q=B3");
        Assert.Contains("B003", search);
        Assert.DoesNotContain("A012", search[search.IndexOf("id=\"hits\"", StringComparison.Ordinal)..]);
        var version = (await t.MatchOfAsync(clue)).GetProperty("version").GetInt32();
        var bad = await page.PostFormAsync($"/Clues/{clue}/Match",
            [new("marketEntityId", Guid.NewGuid().ToString()), new("version", version.ToString())]);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("经营主体不存在或不在该线索的管辖区域内", await bad.Content.ReadAsStringAsync());
        var good = await page.PostFormAsync($"/Clues/{clue}/Match",
            [new("marketEntityId", t.HeB3.ToString()), new("version", version.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal($"/Clues/{clue}", good.Headers.Location!.OriginalString);
        await (await Pages.SignInAsync(app, t.W.LiaisonA)).GetAsync($"/Clues/{clue}/Match")
            .ContinueWith(r => Assert.NotEqual(HttpStatusCode.OK, r.Result.StatusCode));
    }

    [Fact]
    public async Task The_public_merchant_suggestions_name_each_shop_once_with_its_market_and_stall()
    {
        app.Clock.Now = new DateTimeOffset(2026, 11, 18, 2, 0, 0, TimeSpan.Zero);
        await MatchTown.CreateAsync(app);
        var html = await app.CreateClient().GetStringAsync("/Report");
        var options = System.Text.RegularExpressions.Regex.Matches(html, "<option value=\"([^\"]*何记布行[^\"]*)\"")
            .Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("大涌镇何记布行（岚田布业城 A012）", options);
        Assert.Contains("大涌镇何记布行（岚田布业城 B003）", options);
        Assert.Equal(options.Count, options.Distinct().Count());
    }
}

[Collection("Sqlite")]
public sealed class KeyAreaPagesSqlite(SqliteFactory f) : KeyAreaPagesTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class KeyAreaPagesPostgres(PostgresFactory f) : KeyAreaPagesTests(f.WithClockReset());

using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Dajia.Tests.Cases;

/// <summary>
/// A review's smaller findings: one pause count everywhere, form summaries that name their fields, documents in the case's
/// order, the fine stated once in the publication summary, an operation's tally and late cases, and what the informant and
/// the home page read.
/// </summary>
public abstract class CaseSmallFindingsTests(DajiaFactory app)
{
    private static DateTimeOffset China(int month, int day) => new(2017, month, day, 2, 0, 0, TimeSpan.Zero);

    private static string Between(string html, string start, string end) => html.Split(start)[1].Split(end)[0];

    [Fact]
    public async Task A_pause_counts_the_same_days_on_the_home_page_the_case_page_the_api_and_the_printed_file()
    {
        var t = await CaseTown.CreateAsync(app, China(9, 18));
        var c = await t.OpenAsync(t.Staff);
        var id = c.GetProperty("id").GetGuid();
        await t.AtAsync(app, China(9, 19));
        await (await t.Staff.ActAsync(c, "pause", new { kind = "Appraisal", from = "2017-09-19", reason = "委托鉴定面料成分" })).JsonAsync();

        // 19 Sep to 18 Nov, both counted: 61 days.
        await t.AtAsync(app, China(11, 18));
        var clock = (await t.Staff.GetCaseAsync(c)).Clock("case.decision");
        Assert.Equal(61, clock.GetProperty("pausedDays").GetInt32());
        var page = await Pages.SignInAsync(app, t.W.Staff);
        Assert.Contains("自 2017-09-19 起已中止 61 天", Between(await page.GetStringAsync($"/Cases/{id}"), "id=\"paused-since\"", "</dd>"));
        var task = Between(await page.GetStringAsync("/"), $"/Cases/{id}\"", "</li>");
        Assert.Contains("自 2017-09-19 起中止，已 61 天", task);
        Assert.Contains("计时已中止", task);
        Assert.DoesNotContain("进行中", task);
        var printed = Between(await page.GetStringAsync($"/Cases/{id}/Print/File"), "data-rule=\"case.decision\"", "</tr>");
        Assert.Contains("计时已中止", printed);
        Assert.Contains("中止 61 天不计入", printed);
        Assert.DoesNotContain("进行中", printed);
    }

    [Fact]
    public async Task A_refused_forms_summary_names_each_field_and_a_switch_that_is_not_true_or_false_is_named()
    {
        var t = await CaseTown.CreateAsync(app, China(9, 18));
        var page = await Pages.SignInAsync(app, t.W.Staff);
        var refused = await page.PostFormAsync("/Cases/New", [
            new("form", "case-new"), new("title", "<b>假冒</b>案"), new("officerIds", t.OfficersA[0].ToString()),
            new("officerIds", t.OfficersA[1].ToString()), new("partyKind", "Entity"), new("facts", "&lt;img src=x&gt;"),
        ]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var summary = Between(await refused.Content.ReadAsStringAsync(), "role=\"alert\"", "</div>");
        Assert.Contains("案由：不能含有 HTML 标记", summary);
        Assert.Contains("违法事实：不能含有 HTML 标记", summary);

        foreach (var (url, field) in new[]
        {
            ("/api/cases?overdue=maybe", "overdue"), ("/api/cases/export.xlsx?overdue=maybe", "overdue"),
            ("/api/clues?overdue=maybe", "overdue"), ("/api/units?includeInactive=maybe", "includeInactive"),
            ("/api/deadlines?open=maybe", "open"),
        })
        {
            var problem = await (await t.Staff.GetAsync(url)).ProblemAsync(HttpStatusCode.BadRequest);
            Assert.Contains("true 或 false", problem.ErrorsFor(field).Single());
        }
        (await t.Staff.GetAsync("/api/cases?overdue=TRUE")).EnsureSuccessStatusCode();
        var list = await page.GetAsync("/Cases?overdue=maybe");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains("true 或 false", await list.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Documents_list_in_the_cases_order_and_the_publication_summary_states_the_fine_once()
    {
        var t = await CaseTown.CreateAsync(app, China(9, 18));
        var c = await t.OpenAsync(t.Staff);
        var id = c.GetProperty("id").GetGuid();
        await (await t.Staff.ActAsync(c, "decide", new { penalties = new[] { "Fine" }, fine = 4000m, summary = "罚款 4000 元" }))
            .JsonAsync();
        foreach (var kind in new[] { "ClosingApproval", "PenaltyDecision", "PenaltyNotice", "CaseApproval" })
            (await t.Staff.PostAsync($"/api/cases/{id}/documents/{kind}", null)).EnsureSuccessStatusCode();
        string[] order = ["CaseApproval", "PenaltyNotice", "PenaltyDecision", "ClosingApproval"];
        var docs = await (await t.Staff.GetAsync($"/api/cases/{id}/documents")).JsonAsync();
        Assert.Equal(order, docs.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("kind").GetString()));

        var page = await Pages.SignInAsync(app, t.W.Staff);
        var html = await page.GetStringAsync($"/Cases/{id}");
        Assert.Equal(order, Kinds(Between(html, "id=\"documents\"", "</table>")));
        var contents = Kinds(Between(await page.GetStringAsync($"/Cases/{id}/Print/File"), "id=\"contents\"", "</table>"));
        Assert.Equal(order, contents.Where(order.Contains));

        var summary = await (await t.Staff.GetAsync($"/api/cases/{id}/publication-summary")).JsonAsync();
        Assert.Equal("罚款 4,000.00 元", summary.GetProperty("decision").GetString());
        var text = Between(html, "id=\"publication-summary-text\"", "</textarea>");
        Assert.Single(Regex.Matches(text, "4,000\\.00 元"));
        Assert.DoesNotContain("4000", text);
    }

    [Fact]
    public async Task English_joins_a_list_with_commas_and_counts_goods_in_the_plural()
    {
        var t = await CaseTown.CreateAsync(app, China(9, 18));
        var c = await t.OpenAsync(t.Staff);
        var id = c.GetProperty("id").GetGuid();
        var exhibit = new { item = "牛仔裤", quantity = 120, unit = "条", value = 36000, storagePlace = "分局罚没物品仓库" };
        (await t.Staff.PostAsJsonAsync($"/api/cases/{id}/exhibits", exhibit)).EnsureSuccessStatusCode();
        var page = await Pages.SignInAsync(app, t.W.Staff);
        var english = await page.GetStringAsync($"/Cases/{id}?culture=en");
        Assert.Matches("(黄执法, 梁执法|梁执法, 黄执法)", english);
        Assert.Contains("120 strips", english);
        var chinese = await page.GetStringAsync($"/Cases/{id}?culture=zh-CN");
        Assert.Matches("(黄执法、梁执法|梁执法、黄执法)", chinese);
        Assert.Contains("120 条", chinese);
    }

    private static List<string> Kinds(string html) => Regex.Matches(html, "data-kind=\"(\\w+)\"").Select(m => m.Groups[1].Value).ToList();

    [Fact]
    public async Task An_operations_tally_counts_the_cases_opened_and_goods_seized_and_a_late_case_shows_red()
    {
        var now = China(9, 18);
        var t = await CaseTown.CreateAsync(app, now);
        var op = await (await t.Staff.PostAsJsonAsync("/api/operations", new
        {
            kind = "JointInspection", title = "联合检查" + t.W.Tag, startsAt = now.AddHours(-2), leadUnitId = t.W.UnitA.Id,
            personnel = 4, vehicles = 1,
        })).JsonAsync(HttpStatusCode.Created);
        var opId = op.GetProperty("id").GetGuid();
        var inspected = await (await t.Staff.PostAsJsonAsync($"/api/operations/{opId}/inspections",
            new { marketEntityId = t.Entity, result = "ProblemFound", notes = "发现假冒牛仔裤" })).JsonAsync();
        var inspectionId = inspected.GetProperty("inspections")[0].GetProperty("id").GetGuid();
        var c = await t.OpenAsync(t.Staff, new { inspectionId });
        var exhibit = new { item = "牛仔裤", quantity = 120, unit = "条", value = 36000, storagePlace = "分局罚没物品仓库" };
        (await t.Staff.PostAsJsonAsync($"/api/cases/{c.GetProperty("id").GetGuid()}/exhibits", exhibit)).EnsureSuccessStatusCode();

        var page = await Pages.SignInAsync(app, t.W.Staff);
        var html = await page.GetStringAsync($"/Operations/{opId}");
        var totals = Between(html, "id=\"totals\"", "</section>");
        foreach (var result in new[] { "ProblemFound", "CaseToOpen", "GoodsSeized" })
            Assert.Contains($"data-result=\"{result}\">", totals);
        Assert.DoesNotContain("case-overdue", html);

        // The decision's 90 days ran out: the row says so in the overdue red.
        await t.AtAsync(app, China(12, 28));
        html = await (await Pages.SignInAsync(app, t.W.Staff)).GetStringAsync($"/Operations/{opId}");
        Assert.Contains("class=\"badge Missing case-overdue\">已逾期", html);
    }

    [Fact]
    public async Task The_informant_reads_that_a_case_was_opened_without_its_number_and_the_home_page_says_what_is_due()
    {
        var t = await CaseTown.CreateAsync(app, new(2026, 11, 18, 2, 0, 0, TimeSpan.Zero));
        var citizen = app.CreateClient();
        var (code, key) = await citizen.ReportAsync(new
        {
            kind = "Report", category = "FakeBrand", description = $"岚田布业城有摊位卖假牛仔裤 {t.W.Tag}", anonymous = false,
            informantName = "王举报", informantMobile = "13700001111", jurisdictionId = t.W.Town.Id,
        });
        var clue = await t.Staff.FindClueAsync(t.W.Tag);
        await (await t.Staff.PostAsJsonAsync($"/api/clues/{clue}/accept", new { })).JsonAsync();
        await (await t.Staff.PostAsJsonAsync($"/api/clues/{clue}/assign", new { unitId = t.W.UnitA.Id })).JsonAsync();
        await (await t.LiaisonA.PostAsJsonAsync($"/api/clues/{clue}/take", new { })).JsonAsync();
        await (await t.LiaisonA.PostAsJsonAsync($"/api/clues/{clue}/verify", new { result = "True", notes = "现场核实属实" })).JsonAsync();
        var c = await (await t.LiaisonA.PostAsJsonAsync("/api/cases",
            new { clueId = clue, officerIds = t.OfficersA, marketEntityId = t.Entity, facts = "当事人销售假冒某品牌牛仔裤 30 条" }))
            .JsonAsync(HttpStatusCode.Created);

        var tracked = await (await citizen.PostFormAsync("/Track", [new("TrackingCode", code), new("AccessKey", key)]))
            .Content.ReadAsStringAsync();
        var timeline = Between(tracked, "class=\"timeline\"", "</ol>");
        Assert.Contains("已立案", timeline);
        Assert.DoesNotContain(c.GetProperty("number").GetString()!, tracked);

        var home = await (await Pages.SignInAsync(app, t.W.Staff)).GetStringAsync("/");
        Assert.Contains("告知实名举报人", Between(home, $"/Clues/{clue}\"", "</li>"));
    }
}

[Collection("Sqlite")]
public sealed class CaseSmallFindingsSqlite(SqliteFactory f) : CaseSmallFindingsTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class CaseSmallFindingsPostgres(PostgresFactory f) : CaseSmallFindingsTests(f.WithClockReset());

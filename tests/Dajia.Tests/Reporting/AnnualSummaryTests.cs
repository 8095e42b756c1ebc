using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dajia.Tests.Cases;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Dajia.Tests.Reporting;

/// <summary>
/// 年度工作总结 of a unit (saved with If-Match, submitted as is) and the town summary drafted from the records of two
/// years, edited, saved and exported as a Word document.
/// </summary>
public abstract class AnnualSummaryTests(DajiaFactory app)
{
    private static async Task<JsonElement> PutAsync(HttpClient c, string url, string text, int version,
        HttpStatusCode status = HttpStatusCode.OK) =>
        await (await c.SendIfMatchAsync(HttpMethod.Put, url, new { text }, version)).JsonAsync(status);

    [Fact]
    public async Task A_units_summary_is_saved_against_its_version_and_each_submission_is_kept_as_sent()
    {
        app.Clock.Now = ReportingTests.China(2017, 11, 20);
        var w = await World.CreateAsync(app);
        await ReportingTests.PlanAsync(await w.ClientFor(w.Staff));
        var (a, b, leader) = (await w.ClientFor(w.LiaisonA), await w.ClientFor(w.LiaisonB), await w.ClientFor(w.Leader));
        var url = $"/api/reports/key-area-annual/2017/units/{w.UnitA.Id}/summary";
        var s = await (await a.GetAsync(url)).JsonAsync();
        Assert.Equal(0, s.GetProperty("version").GetInt32());
        Assert.Equal("2017-12-10", s.GetProperty("dueOn").GetString());
        var empty = await a.SendIfMatchAsync(HttpMethod.Post, $"{url}/submit", new { }, 0);
        Assert.Equal(["请填写总结正文或上传总结文档后再提交"], (await empty.ProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("text"));

        const string first = "# 一、工作开展情况\n全年开展专项整治行动。\n- 岚田布业城<script>alert(1)</script>";
        s = await PutAsync(a, url, first, 0);
        Assert.Equal(1, s.GetProperty("version").GetInt32());
        var stale = await a.SendIfMatchAsync(HttpMethod.Put, url, new { text = "另一人的修改" }, 0);
        await stale.ProblemAsync(HttpStatusCode.Conflict);
        s = await (await a.SendIfMatchAsync(HttpMethod.Post, $"{url}/submit", new { }, 1)).JsonAsync();
        Assert.True(s.GetProperty("submitted").GetBoolean());
        Assert.False(s.GetProperty("pending").GetBoolean());

        s = await PutAsync(a, url, "# 一、修改后的总结", s.GetProperty("version").GetInt32());
        Assert.True(s.GetProperty("pending").GetBoolean());
        var kept = Assert.Single(s.GetProperty("versions").EnumerateArray());
        Assert.Equal(first, kept.GetProperty("text").GetString());
        Assert.Equal(w.LiaisonA, kept.GetProperty("submittedByAccount").GetString());

        var docx = Dajia.Web.Features.Reporting.Annual.SummaryDocx.Build("年度工作总结", "# 一、工作开展情况\n正文");
        var bad = await a.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"{url}/file")
        {
            Content = PaperCopyTests.Form(TestImages.Exe(), "总结.docx", "application/octet-stream"),
        });
        Assert.Equal(["总结文档只接受 Word（.docx）或 PDF 文件"], (await bad.ProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("file"));
        s = await (await a.PostAsync($"{url}/file", PaperCopyTests.Form(docx, "总结.docx", "application/octet-stream"))).JsonAsync();
        Assert.Equal("总结.docx", s.GetProperty("file").GetProperty("fileName").GetString());
        Assert.Equal(docx, await (await a.GetAsync($"{url}/file")).Content.ReadAsByteArrayAsync());

        await (await b.GetAsync(url)).ProblemAsync(HttpStatusCode.NotFound);
        await (await b.SendIfMatchAsync(HttpMethod.Put, url, new { text = "x" }, 2)).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("# 一、修改后的总结", (await (await leader.GetAsync(url)).JsonAsync()).GetProperty("text").GetString());
        await (await leader.SendIfMatchAsync(HttpMethod.Put, url, new { text = "x" }, 2)).ProblemAsync(HttpStatusCode.Forbidden);

        // The page shows typed HTML as text.
        var page = await Pages.SignInAsync(app, w.LiaisonA);
        var html = await page.GetStringAsync($"/Reports/key-area-annual/2017/Units/{w.UnitA.Id}/Summary");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("第1次提交", html);
    }

    [Fact]
    public async Task The_town_draft_counts_the_records_of_the_year_against_last_year_and_exports_as_word()
    {
        var t = await CaseTown.CreateAsync(app, ReportingTests.China(2016, 5, 10));
        var w = t.W;
        await (await ReportingTests.OperationAsync(t.Staff, w.UnitA.Id, "SpecialAction", "2016-05-02T02:00:00Z", 5, 1))
            .JsonAsync(HttpStatusCode.Created);
        await ClueAsync(t.Staff, "2016-05-03T02:00:00Z");
        await t.OpenAsync(t.Staff);

        await t.AtAsync(app, ReportingTests.China(2017, 9, 13));
        var plan = ReportingTests.Plan(2017);
        var body = JsonSerializer.SerializeToNode(plan)!.AsObject();
        body["stages"] = JsonSerializer.SerializeToNode(new[]
        {
            new { name = "组织、排查阶段", from = "2017-07-01", to = "2017-08-31" },
            new { name = "打击整治阶段", from = "2017-09-01", to = "2017-10-31" },
        });
        await (await t.Staff.PostAsJsonAsync("/api/campaigns", body)).JsonAsync(HttpStatusCode.Created);
        await (await ReportingTests.OperationAsync(t.Staff, w.UnitA.Id, "SpecialAction", "2017-07-15T02:00:00Z", 5, 1))
            .JsonAsync(HttpStatusCode.Created);
        await (await ReportingTests.OperationAsync(t.Staff, w.UnitB.Id, "JointInspection", "2017-09-05T02:00:00Z", 3, 1))
            .JsonAsync(HttpStatusCode.Created);
        foreach (var at in new[] { "2017-07-20T02:00:00Z", "2017-09-01T02:00:00Z", "2017-09-02T02:00:00Z" }) await ClueAsync(t.Staff, at);
        await t.OpenAsync(t.Staff);
        await t.OpenAsync(t.Staff);
        var url = $"/api/reports/key-area-annual/2017/units/{w.UnitA.Id}";
        var report = await (await t.LiaisonA.GetAsync(url)).JsonAsync();
        report = await ReportingTests.SaveAsync(t.LiaisonA, url, report,
            new() { ["publicity.events"] = 4, ["text.problems"] = "人手不足", ["text.nextSteps"] = "建立长效机制" });
        await ReportingTests.PostAsync(t.LiaisonA, $"{url}/submit", report);

        var s = await (await t.Staff.GetAsync("/api/reports/summary/2017")).JsonAsync();
        var figures = s.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("code").GetString()!,
            f => (f.GetProperty("value").GetDecimal(), f.GetProperty("lastYear").GetDecimal()));
        Assert.Equal((2m, 1m), figures["Operations"]);
        Assert.Equal((3m, 1m), figures["CluesReceived"]);
        Assert.Equal((2m, 1m), figures["CasesOpened"]);
        Assert.Equal((0m, 0m), figures["Penalties"]);
        Assert.Equal((4m, 0m), figures["PublicityEvents"]);
        var draft = s.GetProperty("text").GetString()!;
        Assert.False(s.GetProperty("saved").GetBoolean());
        Assert.Contains("- 开展执法行动2次，较上年增加1次，同比增长100%。", draft);
        Assert.Contains("- 受理投诉举报3件，较上年增加2件，同比增长200%。", draft);
        Assert.Contains("- 罚没金额0万元，与上年持平。", draft);
        Assert.Contains("- 开展宣传活动4场，较上年增加4场（上年为零）。", draft);
        Assert.Contains("## （二）打击整治阶段（2017年9月1日至2017年10月31日）\n本阶段开展执法行动1次，受理投诉举报2件，核查线索0条，立案查处2件", draft);
        Assert.Contains($"- {w.UnitA.Name}：人手不足", draft);
        Assert.Contains($"- {w.UnitA.Name}：建立长效机制", draft);
        Assert.Contains($"未报送年度报表的单位：{w.UnitB.Name}。", draft);

        var leader = await w.ClientFor(w.Leader);
        Assert.Equal(draft, (await (await leader.GetAsync("/api/reports/summary/2017")).JsonAsync()).GetProperty("text").GetString());
        await (await leader.SendIfMatchAsync(HttpMethod.Put, "/api/reports/summary/2017", new { text = "x" }, 0))
            .ProblemAsync(HttpStatusCode.Forbidden);
        await (await t.LiaisonA.GetAsync("/api/reports/summary/2017")).ProblemAsync(HttpStatusCode.Forbidden);
        var edited = draft.Replace("人手不足", "执法人手不足，需加强培训");
        s = await PutAsync(t.Staff, "/api/reports/summary/2017", edited, 0);
        Assert.Equal(1, s.GetProperty("version").GetInt32());
        Assert.Single(s.GetProperty("revisions").EnumerateArray());
        await (await t.Staff.SendIfMatchAsync(HttpMethod.Put, "/api/reports/summary/2017", new { text = "旧稿" }, 0))
            .ProblemAsync(HttpStatusCode.Conflict);
        var blank = await t.Staff.SendIfMatchAsync(HttpMethod.Put, "/api/reports/summary/2017", new { text = " " }, 1);
        Assert.Equal(["请填写总结正文"], (await blank.ProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("text"));

        var export = await leader.GetAsync("/api/reports/summary/2017/export.docx");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using var doc = WordprocessingDocument.Open(new MemoryStream(await export.Content.ReadAsByteArrayAsync()), false);
        var paragraphs = doc.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal($"{w.Town.Name}2017年度打假工作总结", paragraphs[0]);
        Assert.Contains("二、主要工作成效（与上年比较）", paragraphs);
        Assert.Contains($"· {w.UnitA.Name}：执法人手不足，需加强培训", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.StartsWith('#') || p.StartsWith("- ", StringComparison.Ordinal));
        var word = doc.MainDocumentPart.Document.Body!;
        Assert.Equal(11906U, word.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Contains(word.Descendants<RunFonts>(), f => f.EastAsia == "仿宋");
    }

    [Fact]
    public async Task A_year_after_one_the_system_holds_nothing_of_is_not_compared_and_the_town_page_offers_no_upload()
    {
        app.Clock.Now = ReportingTests.China(2017, 9, 13);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        await ReportingTests.PlanAsync(staff);
        await (await ReportingTests.OperationAsync(staff, w.UnitA.Id, "SpecialAction", "2017-07-15T02:00:00Z", 5, 1))
            .JsonAsync(HttpStatusCode.Created);

        var s = await (await staff.GetAsync("/api/reports/summary/2017")).JsonAsync();
        var operations = s.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("code").GetString() == "Operations");
        Assert.Equal(1m, operations.GetProperty("value").GetDecimal());
        Assert.Equal(JsonValueKind.Null, operations.GetProperty("lastYear").ValueKind);
        Assert.Equal("上年无记录，不作比较", operations.GetProperty("comparison").GetString());
        var draft = s.GetProperty("text").GetString()!;
        Assert.Contains("# 一、主要工作成效\n系统中没有2016年的记录，以下数字不与上年比较。\n- 开展执法行动1次。\n", draft);
        Assert.DoesNotContain("上年为零", draft);
        Assert.DoesNotContain("较上年", draft);

        var html = await (await Pages.SignInAsync(app, w.Staff)).GetStringAsync("/Reports/Summary/2017");
        Assert.Contains("<p class=\"hint\" id=\"summary-hint\">每行一段；以“# ”开头的行为标题，“## ”为小标题，“- ”为列表项。</p>", html);
        Assert.DoesNotContain("也可上传", html); // the office's page has no upload control
        Assert.Contains(">—</td>", html);
    }

    [Fact]
    public async Task A_year_with_no_records_says_so_and_the_year_links_skip_to_the_years_that_have_some()
    {
        app.Clock.Now = ReportingTests.China(2017, 9, 13);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        await ReportingTests.PlanAsync(staff);
        await (await ReportingTests.OperationAsync(staff, w.UnitA.Id, "SpecialAction", "2017-07-15T02:00:00Z", 5, 1))
            .JsonAsync(HttpStatusCode.Created);
        app.Clock.Now = ReportingTests.China(2020, 5, 6);
        staff = await w.ClientFor(w.Staff); // the 2017 sign-in has long expired
        await (await ReportingTests.OperationAsync(staff, w.UnitA.Id, "SpecialAction", "2020-04-15T02:00:00Z", 3, 1))
            .JsonAsync(HttpStatusCode.Created);

        var empty = await (await staff.GetAsync("/api/reports/summary/2018")).JsonAsync();
        Assert.False(empty.GetProperty("recorded").GetBoolean());
        Assert.Empty(empty.GetProperty("figures").EnumerateArray());
        Assert.Empty(empty.GetProperty("units").EnumerateArray());
        Assert.Equal("系统中没有2018年的记录（没有工作方案、年度报表，也没有执法行动、线索、案件），无从总结，也不与上年比较。\n",
            empty.GetProperty("text").GetString());
        Assert.Equal((2017, 2020), (empty.GetProperty("previousYear").GetInt32(), empty.GetProperty("nextYear").GetInt32()));
        var first = await (await staff.GetAsync("/api/reports/summary/2017")).JsonAsync();
        Assert.True(first.GetProperty("recorded").GetBoolean());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("previousYear").ValueKind); // nothing before the first year
        Assert.Equal(2020, first.GetProperty("nextYear").GetInt32());
        var last = await (await staff.GetAsync("/api/reports/summary/2020")).JsonAsync();
        Assert.Equal(2017, last.GetProperty("previousYear").GetInt32());
        Assert.Equal(JsonValueKind.Null, last.GetProperty("nextYear").ValueKind); // this year: no later summary
        Assert.All(last.GetProperty("figures").EnumerateArray(),
            f => Assert.Equal("上年无记录，不作比较", f.GetProperty("comparison").GetString())); // 2019 holds nothing

        var pages = await Pages.SignInAsync(app, w.Staff);
        var html = await pages.GetStringAsync("/Reports/Summary/2018");
        Assert.Contains("id=\"summary-no-records\">系统中没有2018年的记录", html);
        Assert.DoesNotContain("起草依据：全镇记录", html); // no table of zeros
        Assert.Contains("<a href=\"/Reports/Summary/2017\" rel=\"prev\" id=\"summary-previous\">← 2017年度</a>", html);
        Assert.Contains("<a href=\"/Reports/Summary/2020\" rel=\"next\" id=\"summary-next\">2020年度 →</a>", html);
        html = await pages.GetStringAsync("/Reports/Summary/2017");
        Assert.DoesNotContain("rel=\"prev\"", html);
        Assert.Contains("起草依据：全镇记录", html);
    }

    private static async Task ClueAsync(HttpClient staff, string receivedAt) =>
        await (await staff.PostAsJsonAsync("/api/clues", new
        {
            source = "Hotline", kind = "Report", category = "FakeBrand", description = "来电反映岚田布业城有假冒牛仔裤", anonymous = true,
            receivedAt,
        })).JsonAsync(HttpStatusCode.Created);
}

[Collection("Sqlite")]
public sealed class AnnualSummarySqlite(SqliteFactory f) : AnnualSummaryTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class AnnualSummaryPostgres(PostgresFactory f) : AnnualSummaryTests(f.WithClockReset());

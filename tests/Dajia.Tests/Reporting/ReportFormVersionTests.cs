using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using static Dajia.Tests.Reporting.ReportExportTests;
using static Dajia.Tests.Reporting.ReportingTests;

namespace Dajia.Tests.Reporting;

/// <summary>
/// Next year's form: a new version from a later year leaves the past as it was (submissions, exports) and is the one
/// the new year's rounds use; a bad version is refused field by field in Chinese and nothing is stored.
/// </summary>
public abstract class ReportFormVersionTests(DajiaFactory app)
{
    private const string Versions = "/api/reports/forms/key-area-quarterly/versions";

    private static readonly JsonSerializerOptions Relaxed =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The version in force in 2017 as the API gives it, as an input for a new version.</summary>
    private static async Task<Dictionary<string, object?>> CopyAsync(HttpClient c, int fromYear)
    {
        var form = await (await c.GetAsync(Versions)).JsonAsync();
        var v = form.GetProperty("versions").EnumerateArray().Where(x => x.GetProperty("effectiveFromYear").GetInt32() <= 2017)
            .MaxBy(x => x.GetProperty("effectiveFromYear").GetInt32());
        var d = JsonSerializer.Deserialize<Dictionary<string, object?>>(v.GetProperty("definition").GetRawText())!;
        return new()
        {
            ["fromYear"] = fromYear, ["title"] = v.GetProperty("title").GetString(), ["basis"] = "2018年方案",
            ["definition"] = d,
        };
    }

    private static string Cells(byte[] xlsx)
    {
        using var book = Open(xlsx);
        return string.Join("\n", book.Worksheets.SelectMany(ws => ws.CellsUsed().Select(c => $"{ws.Name}!{c.Address}={c.Value}")));
    }

    [Fact]
    public async Task A_form_changed_for_next_year_leaves_past_reports_and_exports_unchanged_and_next_years_rounds_use_it()
    {
        var (w, _) = await RoundAsync(app);
        var (admin, staff, a) = (await w.ClientFor(w.Admin), await w.ClientFor(w.Staff), await w.ClientFor(w.LiaisonA));
        var before = Cells(await ExportAsync(staff, $"{Quarterly}/export.xlsx"));
        var reportBefore = await a.GetStringAsync($"{Quarterly}/units/{w.UnitA.Id}");

        const int year = 2019;
        var body = await CopyAsync(admin, year);
        var json = JsonSerializer.Serialize(body, Relaxed).Replace("\"出动执法人员\"", "\"出动执法人员（含协管）\"")
            .Replace("{\"code\":\"actions.undercover\"", "{\"code\":\"actions.nightChecks\",\"label\":\"夜查\",\"unit\":\"次\","
                + "\"type\":\"Count\"},{\"code\":\"actions.undercover\"");
        var created = await admin.PostAsync(Versions, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        Assert.Equal(before, Cells(await ExportAsync(staff, $"{Quarterly}/export.xlsx")));
        Assert.Equal(reportBefore, await a.GetStringAsync($"{Quarterly}/units/{w.UnitA.Id}"));
        var next = await (await a.GetAsync($"/api/reports/key-area-quarterly/{year}Q1/units/{w.UnitA.Id}")).JsonAsync();
        Assert.Equal("出动执法人员（含协管）", Indicator(next, "actions.personnel").GetProperty("label").GetString());
        Assert.Equal("夜查", Indicator(next, "actions.nightChecks").GetProperty("label").GetString());
        using var book = Open(await ExportAsync(staff, $"/api/reports/key-area-quarterly/{year}Q1/export.xlsx"));
        Assert.Equal(0, Line(book.Worksheet("全镇合计"), "夜查").Cell(5).GetDouble());
    }

    [Fact]
    public async Task A_bad_version_is_refused_in_chinese_and_nothing_is_stored()
    {
        app.Clock.Now = China(2018, 3, 1);
        var w = await World.CreateAsync(app);
        var (admin, staff) = (await w.ClientFor(w.Admin), await w.ClientFor(w.Staff));
        // A 2018 round already opened on the 2017 form: a version from 2018 would change it.
        var a = await w.ClientFor(w.LiaisonA);
        var url = $"/api/reports/key-area-quarterly/2018Q1/units/{w.UnitA.Id}";
        await SaveAsync(a, url, await (await a.GetAsync(url)).JsonAsync(), null);
        var count = (await (await admin.GetAsync(Versions)).JsonAsync()).GetProperty("versions").GetArrayLength();

        async Task<JsonElement> Refused(Dictionary<string, object?> body, HttpClient? c = null) =>
            await (await (c ?? admin).PostAsJsonAsync(Versions, body)).ProblemAsync(HttpStatusCode.BadRequest);
        static string Edit(Dictionary<string, object?> body, string from, string to) =>
            JsonSerializer.Serialize(body, Relaxed).Replace(from, to);
        static Dictionary<string, object?> Parse(string json) => JsonSerializer.Deserialize<Dictionary<string, object?>>(json)!;

        var good = await CopyAsync(admin, 2030);
        var dup = await Refused(Parse(Edit(good, "\"code\":\"actions.joint\"", "\"code\":\"actions.operations\"")));
        Assert.Equal(["代码“actions.operations”重复，每个代码只能用一次"], dup.ErrorsFor("definition.blocks[0].indicators[1].code"));
        var type = await Refused(Parse(Edit(good, "\"type\":\"Amount\"", "\"type\":\"Money\"")));
        Assert.Contains("未知的项目类型“Money”（应为数量、金额或文字）", type.ErrorsFor("definition.blocks[2].indicators[3].type"));
        var rule = await Refused(Parse(Edit(good, "\"left\":\"cases.closed\"", "\"left\":\"cases.gone\"")));
        Assert.Contains("校验规则引用的项目“cases.gone”不在报表中（或不是数字项目）", rule.ErrorsFor("definition.rules[0].left"));
        var title = await Refused(Parse(Edit(good, "第{1}季度", "第{2}季度")));
        Assert.Equal(["标题须含{0}（年度）和{1}（季度），可用{2}代表镇名，不能有其他花括号"], title.ErrorsFor("title"));
        good["fromYear"] = 2018;
        Assert.Equal(["2018年起的格式会改变已开始填报的2018Q1期报表，不能新增；请从下一年度起施行"], (await Refused(good)).ErrorsFor("fromYear"));
        // The town has no version of its own from 2017, but one would change the round already begun.
        good["fromYear"] = 2017;
        Assert.Equal(["2017年起的格式会改变已开始填报的2018Q1期报表，不能新增；请从下一年度起施行"],
            (await Refused(good)).ErrorsFor("fromYear"));
        good["fromYear"] = 1999;
        Assert.Equal(["请填写施行年度（2000年至2028年）"], (await Refused(good)).ErrorsFor("fromYear"));
        good["fromYear"] = null;
        Assert.Single((await Refused(good)).ErrorsFor("fromYear"));
        good["fromYear"] = 2030;
        good["definition"] = null;
        Assert.Equal(["报表至少要有一个栏目"], (await Refused(good)).ErrorsFor("definition.blocks"));
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync(Versions, await CopyAsync(admin, 2031))).StatusCode);
        await (await admin.PostAsJsonAsync("/api/reports/forms/no-such/versions", await CopyAsync(admin, 2031)))
            .ProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(count, (await (await admin.GetAsync(Versions)).JsonAsync()).GetProperty("versions").GetArrayLength());
    }
}

[Collection("Sqlite")]
public sealed class ReportFormVersionSqlite(SqliteFactory f) : ReportFormVersionTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class ReportFormVersionPostgres(PostgresFactory f) : ReportFormVersionTests(f.WithClockReset());

using System.Net;
using System.Text.Json;
using ClosedXML.Excel;
using Dajia.Web.Data;
using Dajia.Web.Domain.MarketEntities;
using Microsoft.Extensions.DependencyInjection;
using static Dajia.Tests.Reporting.ReportingTests;

namespace Dajia.Tests.Reporting;

/// <summary>
/// The official copies of a round: the Excel file (全镇合计 = the accepted units' last submissions, one sheet per unit,
/// a unit not accepted marked and left out), a unit's own copy marked 草稿, the A4 print views with the same figures,
/// and who may have which.
/// </summary>
public abstract class ReportExportTests(DajiaFactory app)
{
    private static string Title(World w) => $"{w.Town.Name}2017年度第3季度打假重点区域整治情况报表";

    internal static XLWorkbook Open(byte[] bytes) => new(new MemoryStream(bytes));

    internal static async Task<byte[]> ExportAsync(HttpClient c, string url, HttpStatusCode status = HttpStatusCode.OK)
    {
        var r = await c.GetAsync(url);
        Assert.True(status == r.StatusCode, $"{url}: {r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        return await r.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The row of an indicator, found by its label in column C.</summary>
    internal static IXLRow Line(IXLWorksheet ws, string label) =>
        ws.RowsUsed().Single(r => r.Cell(3).GetString() == label);

    /// <summary>
    /// A town in 2017Q3: unit A's report saved with its own figures, submitted and accepted; unit B's submitted and
    /// returned. Returns unit A's accepted report.
    /// </summary>
    internal static async Task<(World W, JsonElement A)> RoundAsync(DajiaFactory app)
    {
        app.Clock.Now = China(2017, 9, 13);
        var w = await World.CreateAsync(app);
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            db.Add(new KeyArea(w.Town.Id, new KeyAreaDetails("岚田布业城" + w.Tag, null, KeyAreaKind.Market, null, [2017])));
            db.Add(new KeyArea(w.Town.Id, new KeyAreaDetails("旧区" + w.Tag, null, KeyAreaKind.Street, null, [2015])));
            return await db.SaveChangesAsync();
        });
        var staff = await w.ClientFor(w.Staff);
        await PlanAsync(staff);
        var (a, b) = (await w.ClientFor(w.LiaisonA), await w.ClientFor(w.LiaisonB));
        var urlA = $"{Quarterly}/units/{w.UnitA.Id}";
        var report = await (await a.GetAsync(urlA)).JsonAsync();
        report = await SaveAsync(a, urlA, report, new()
        {
            ["actions.operations"] = 3, ["actions.personnel"] = 9, ["cases.value"] = 1.2345m, ["text.problems"] = "人手不足",
        });
        report = await PostAsync(a, $"{urlA}/submit", report);
        report = await PostAsync(staff, $"{urlA}/accept", report);
        var urlB = $"{Quarterly}/units/{w.UnitB.Id}";
        var reportB = await (await b.GetAsync(urlB)).JsonAsync();
        reportB = await SaveAsync(b, urlB, reportB, new() { ["actions.personnel"] = 40 });
        reportB = await PostAsync(b, $"{urlB}/submit", reportB);
        await PostAsync(staff, $"{urlB}/return", reportB, new { reason = "人次有误" });
        return (w, report);
    }

    [Fact]
    public async Task The_town_export_totals_the_accepted_reports_and_marks_a_unit_not_accepted()
    {
        var (w, _) = await RoundAsync(app);
        var staff = await w.ClientFor(w.Staff);
        var r = await staff.GetAsync($"{Quarterly}/export.xlsx");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal(Title(w) + ".xlsx", r.Content.Headers.ContentDisposition!.FileNameStar);
        using var book = Open(await r.Content.ReadAsByteArrayAsync());
        // By the units' sort order, then code (pcs before scjg).
        Assert.Equal(["全镇合计", "派出所" + w.Tag, "市场监管分局" + w.Tag], book.Worksheets.Select(s => s.Name));

        var town = book.Worksheet("全镇合计");
        Assert.Equal(Title(w), town.Cell("A1").GetString());
        Assert.True(town.Cell("A1").IsMerged());
        Assert.Equal("填报单位（盖章）：打假办" + w.Tag, town.Cell("A2").GetString());
        Assert.Equal("报告期：2017年7月1日至9月30日", town.Cell("D2").GetString());
        Assert.Equal("重点区域：岚田布业城" + w.Tag, town.Cell("A3").GetString());
        Assert.Equal(["序号", "类别", "项目", "单位", "合计"], Enumerable.Range(1, 5).Select(c => town.Cell(6, c).GetString()));
        var unitA = book.Worksheet("市场监管分局" + w.Tag);
        var unitB = book.Worksheet("派出所" + w.Tag);
        foreach (var label in new[] { "开展专项行动", "出动执法人员", "案值" })
        {
            // The total is the accepted unit's figure; the returned unit's 40 people add nothing.
            Assert.Equal(Line(unitA, label).Cell(5).GetDouble(), Line(town, label).Cell(5).GetDouble());
            Assert.True(Line(unitB, label).Cell(5).IsEmpty());
        }
        Assert.Equal(9, Line(town, "出动执法人员").Cell(5).GetDouble());
        Assert.Equal("人次", Line(town, "出动执法人员").Cell(4).GetString());
        Assert.Equal("执法行动", Line(town, "出动执法人员").Cell(2).MergedRange().FirstCell().GetString());
        var value = Line(unitA, "案值").Cell(5);
        Assert.Equal(XLDataType.Number, value.DataType);
        Assert.Equal(1.2345, value.GetDouble(), 6);
        Assert.Equal("0.0000", value.Style.NumberFormat.Format);
        Assert.Equal("人手不足", Line(unitA, "人手不足").Cell(3).GetString());
        Assert.Equal("存在问题", Line(unitA, "人手不足").Cell(1).GetString());
        Assert.Equal("填报人：" + w.LiaisonA, unitA.Cell("A4").GetString());
        Assert.Equal("联系电话：0760-87110001", unitA.Cell("C4").GetString());
        Assert.Equal("审核人：" + w.Staff, unitA.Cell("D4").GetString());
        Assert.True(unitA.Cell("A5").IsEmpty());
        Assert.Equal("未通过审核（已退回）", unitB.Cell("A5").GetString());
        var note = town.RowsUsed().Select(x => x.Cell(1).GetString()).Single(s => s.StartsWith("本表合计"));
        Assert.StartsWith("本表合计1个单位已通过审核的报表（成员单位共2个）", note);
        Assert.EndsWith("派出所" + w.Tag + "（已退回）", note);
        Assert.Equal(XLPaperSize.A4Paper, town.PageSetup.PaperSize);
        Assert.Equal(1, town.PageSetup.PagesWide);
        Assert.Equal("宋体", town.Cell("A1").Style.Font.FontName);
    }

    [Fact]
    public async Task The_town_copy_carries_each_accepted_units_texts_after_its_short_name_in_print_and_export()
    {
        var (w, _) = await RoundAsync(app);
        var (staff, b) = (await w.ClientFor(w.Staff), await w.ClientFor(w.LiaisonB));
        var urlB = $"{Quarterly}/units/{w.UnitB.Id}";
        var reportB = await (await b.GetAsync(urlB)).JsonAsync();
        reportB = await SaveAsync(b, urlB, reportB,
            new() { ["actions.personnel"] = 4, ["text.problems"] = "车辆不足", ["text.nextSteps"] = "加强巡查" });
        reportB = await PostAsync(b, $"{urlB}/submit", reportB);
        await PostAsync(staff, $"{urlB}/accept", reportB);

        using var book = Open(await ExportAsync(staff, $"{Quarterly}/export.xlsx"));
        var town = book.Worksheet("全镇合计");
        var (pcs, scjg) = ("派出所" + w.Tag, "市场监管分局" + w.Tag);
        var problems = Line(town, $"{pcs}：车辆不足\n{scjg}：人手不足"); // the units' sort order, one line each
        Assert.Equal("存在问题", problems.Cell(1).GetString());
        Assert.True(problems.Cell(3).Style.Alignment.WrapText);
        Assert.Equal("下一步措施", Line(town, $"{pcs}：加强巡查").Cell(1).GetString());
        Assert.Equal(13, Line(town, "出动执法人员").Cell(5).GetDouble());

        // Razor encodes the line break (&#xA;); the print style shows it as one.
        var print = await staff.GetAsync("/Reports/key-area-quarterly/2017Q3/Print");
        var html = WebUtility.HtmlDecode(await print.Content.ReadAsStringAsync());
        Assert.Contains($"data-code=\"text.problems\">{pcs}：车辆不足\n{scjg}：人手不足</td>", html);
        Assert.Contains($"data-code=\"text.nextSteps\">{pcs}：加强巡查</td>", html);
    }

    [Fact]
    public async Task A_unit_exports_its_own_draft_marked_and_no_one_else_may()
    {
        app.Clock.Now = China(2017, 9, 13);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        await PlanAsync(staff);
        var (a, b) = (await w.ClientFor(w.LiaisonA), await w.ClientFor(w.LiaisonB));
        var url = $"{Quarterly}/units/{w.UnitA.Id}";
        var report = await (await a.GetAsync(url)).JsonAsync();
        await SaveAsync(a, url, report, new() { ["actions.personnel"] = 7 });

        var r = await a.GetAsync($"{url}/export.xlsx");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal($"{Title(w)}（市场监管分局{w.Tag}）.xlsx", r.Content.Headers.ContentDisposition!.FileNameStar);
        using (var book = Open(await r.Content.ReadAsByteArrayAsync()))
        {
            var ws = Assert.Single(book.Worksheets);
            Assert.Equal("草稿（未提交）", ws.Cell("A5").GetString());
            Assert.Equal(7, Line(ws, "出动执法人员").Cell(5).GetDouble());
            Assert.Equal("填报人：张三", ws.Cell("A4").GetString());
        }
        await ExportAsync(b, $"{url}/export.xlsx", HttpStatusCode.NotFound);
        await ExportAsync(a, $"{Quarterly}/export.xlsx", HttpStatusCode.Forbidden);
        await ExportAsync(await w.ClientFor(w.Leader), $"{url}/export.xlsx");
        await ExportAsync(staff, $"{url}/export.xlsx");
        var other = await w.NeighbourAsync();
        var neighbour = await other.ClientFor(other.Staff);
        await ExportAsync(neighbour, $"{url}/export.xlsx", HttpStatusCode.NotFound);
        using (var theirs = Open(await ExportAsync(neighbour, $"{Quarterly}/export.xlsx")))
            Assert.DoesNotContain(theirs.Worksheets, s => s.Name.Contains(w.Tag));
        var bad = await staff.GetAsync("/api/reports/key-area-quarterly/2017/export.xlsx");
        Assert.Equal("该报表按季度填报，报告期应写成如 2017Q3", (await bad.ProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("period")[0]);
        await ExportAsync(staff, "/api/reports/no-such-form/2017Q3/export.xlsx", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_print_views_show_the_same_figures_as_the_export_to_those_who_may_see_them()
    {
        var (w, _) = await RoundAsync(app);
        var (staff, a, b) = (await w.ClientFor(w.Staff), await w.ClientFor(w.LiaisonA), await w.ClientFor(w.LiaisonB));
        var r = await staff.GetAsync("/Reports/key-area-quarterly/2017Q3/Print");
        var html = await r.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains($"<h1 class=\"report-title\" id=\"title\">{Title(w)}</h1>", html);
        Assert.Contains("报告期：2017年7月1日至9月30日", html);
        Assert.Contains("data-code=\"actions.personnel\">9</td>", html);
        Assert.Contains("data-code=\"cases.value\">1.2345</td>", html);
        Assert.Contains(">合计</th>", html);
        Assert.Contains("<a href=\"/Reports/key-area-quarterly/2017Q3\" id=\"print-back\">返回报表</a>", html);

        var unit = $"/Reports/key-area-quarterly/2017Q3/Units/{w.UnitA.Id}/Print";
        html = await (await a.GetAsync(unit)).Content.ReadAsStringAsync();
        Assert.Contains("填报单位（盖章）：市场监管分局" + w.Tag, html);
        Assert.Contains("data-code=\"actions.personnel\">9</td>", html);
        Assert.DoesNotContain("id=\"mark\"", html); // accepted: no mark
        Assert.Contains($"<a href=\"/Reports/key-area-quarterly/2017Q3/Units/{w.UnitA.Id}\" id=\"print-back\">返回报表</a>", html);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync(unit)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await a.GetAsync("/Reports/key-area-quarterly/2017Q3/Print")).StatusCode);
        var bad = await staff.GetAsync("/Reports/key-area-quarterly/2017Q9/Print");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("id=\"problem\">", await bad.Content.ReadAsStringAsync());
    }
}

[Collection("Sqlite")]
public sealed class ReportExportSqlite(SqliteFactory f) : ReportExportTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class ReportExportPostgres(PostgresFactory f) : ReportExportTests(f.WithClockReset());

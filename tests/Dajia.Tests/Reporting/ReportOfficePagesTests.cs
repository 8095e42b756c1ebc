using System.Net;
using System.Text.RegularExpressions;
using Dajia.Web.Data;
using Dajia.Web.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Dajia.Tests.Reporting.ReportingTests;
using static Dajia.Tests.Reporting.ReportOfficeTests;

namespace Dajia.Tests.Reporting;

/// <summary>The office's report pages: the round with its labels and drill-down, the year, the ranking, closing by a button.</summary>
public abstract class ReportOfficePagesTests(DajiaFactory app)
{
    private const string Round = "/Reports/key-area-quarterly/2017Q3";

    [Fact]
    public async Task The_round_page_shows_chinese_statuses_and_drill_down_figures_equal_to_the_api()
    {
        app.Clock.Now = China(2017, 9, 13);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        await PlanAsync(staff);
        var report = await FileAsync(staff, "2017Q3", w.UnitA.Id, new(2017, 9, 13),
            new() { ["actions.personnel"] = 9, ["cases.value"] = 1.2345m });
        await PostAsync(staff, $"{UnitUrl("2017Q3", w.UnitA.Id)}/accept", report);
        app.Clock.Now = China(2017, 9, 26);
        var total = await (await (await w.ClientFor(w.Staff)).GetAsync($"{Form}/2017Q3/total")).JsonAsync();

        var pages = await Pages.SignInAsync(app, w.Leader);
        var html = await (await pages.GetAsync(Round)).Content.ReadAsStringAsync();
        Assert.Contains($"{w.Town.Name}2017年度第3季度打假重点区域整治情况报表", html);
        Assert.Contains("<span class=\"badge rs-Accepted\">已通过</span>", html);
        Assert.Contains("<span class=\"badge rs-NotStarted\">未开始</span>", html);
        Assert.Contains("<span class=\"badge rs-Overdue\">已逾期</span>", html);
        Assert.Contains("id=\"round-exports\"", html);
        Assert.Contains($"{Round}/Units/{w.UnitB.Id}", html);
        Assert.DoesNotContain("id=\"round-toggle\"", html); // a leader reads; only the office closes
        foreach (var line in total.GetProperty("lines").EnumerateArray().Where(l => l.GetProperty("units").GetArrayLength() > 0))
        {
            var code = line.GetProperty("code").GetString()!;
            var block = Regex.Match(html, $"<details class=\"total-line\" data-code=\"{Regex.Escape(code)}\">(.*?)</details>",
                RegexOptions.Singleline).Groups[1].Value;
            var unit = line.GetProperty("unit").GetString()!;
            Assert.Contains($"<strong>{Figure(line.GetProperty("total").GetDecimal(), unit)}</strong>", block);
            var a = line.GetProperty("units").EnumerateArray().Single();
            Assert.Matches($"data-unit=\"{w.UnitA.Id}\"><a href=\"{Round}/Units/{w.UnitA.Id}\">[^<]+</a>\\s*"
                + $"<strong>{Regex.Escape(Figure(a.GetProperty("value").GetDecimal(), unit))}</strong>", block);
        }
        Assert.Contains("<strong>9</strong>", html);
        Assert.Contains("<strong>1.2345</strong>", html);

        var year = await pages.GetAsync("/Reports/key-area-quarterly/Year/2017");
        Assert.Equal(HttpStatusCode.OK, year.StatusCode);
        var yearHtml = await year.Content.ReadAsStringAsync();
        Assert.Contains($"{Round}/Units/{w.UnitA.Id}", yearHtml);
        Assert.Contains("第3季度", yearHtml);
        var ranking = await (await (await w.ClientFor(w.Staff)).GetAsync($"{Form}/2017Q3/ranking")).JsonAsync();
        var rankingHtml = await (await pages.GetAsync($"{Round}/Ranking")).Content.ReadAsStringAsync();
        var notice = Regex.Match(rankingHtml, "<textarea id=\"notice-text\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal(ranking.GetProperty("notice").GetString(), WebUtility.HtmlDecode(notice));
        Assert.Contains("逾期1个工作日未报送", rankingHtml);
    }

    [Fact]
    public async Task Reporting_lists_units_in_the_registrys_order_and_the_year_matrix_by_their_short_names()
    {
        app.Clock.Now = China(2017, 9, 13);
        var w = await World.CreateAsync(app);
        // The registry puts 市场监管分局 (scjg) first; by code 派出所 (pcs) would come first.
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var u = await db.Units.SingleAsync(x => x.Id == w.UnitA.Id);
            u.Update(new UnitDetails(u.Name, "市监" + w.Tag, u.Code, u.Kind, u.Leader, u.Address, 1, true));
            return await db.SaveChangesAsync();
        });
        var staff = await w.ClientFor(w.Staff);
        await PlanAsync(staff);
        var matrix = await (await staff.GetAsync($"{Form}/2017Q3/submissions")).JsonAsync();
        Assert.Equal([w.UnitA.Id, w.UnitB.Id],
            matrix.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("unitId").GetGuid()));

        var pages = await Pages.SignInAsync(app, w.Staff);
        foreach (var url in new[] { Round, "/Reports/key-area-quarterly/Year/2017", "/Reports" })
        {
            var html = await (await pages.GetAsync(url)).Content.ReadAsStringAsync();
            var a = html.IndexOf($"/Units/{w.UnitA.Id}", StringComparison.Ordinal);
            var b = html.IndexOf($"/Units/{w.UnitB.Id}", StringComparison.Ordinal);
            Assert.True(a >= 0 && b > a, $"{url}: {a} {b}");
        }
        var year = await (await pages.GetAsync("/Reports/key-area-quarterly/Year/2017")).Content.ReadAsStringAsync();
        Assert.Contains($"<th class=\"sticky\" scope=\"row\" title=\"市场监管分局{w.Tag}\">市监{w.Tag}</th>", year);
        Assert.Contains($"<th class=\"sticky\" scope=\"row\" title=\"派出所{w.Tag}\">派出所{w.Tag}</th>", year);
        using var book = ReportExportTests.Open(await ReportExportTests.ExportAsync(staff, $"{Form}/2017Q3/export.xlsx"));
        Assert.Equal(["全镇合计", "市监" + w.Tag, "派出所" + w.Tag], book.Worksheets.Select(x => x.Name));
    }

    private static string Figure(decimal v, string unit) =>
        v.ToString(unit == "万元" ? "0.0000" : "0.####", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_office_closes_and_reopens_by_button_a_liaison_is_refused_and_a_bad_period_says_why()
    {
        app.Clock.Now = China(2017, 9, 13);
        var w = await World.CreateAsync(app);
        await PlanAsync(await w.ClientFor(w.Staff));
        var pages = await Pages.SignInAsync(app, w.Staff);
        var closed = await pages.PostFormAsync(Round, [new("form", "key-area-quarterly"), new("period", "2017Q3")],
            $"{Round}?handler=Close");
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var html = await (await pages.GetAsync(Round)).Content.ReadAsStringAsync();
        Assert.Contains("本期报送已关闭，各单位报表只读", html);
        Assert.Contains(">重新开放</button>", html);
        var matrix = await (await (await w.ClientFor(w.Staff)).GetAsync($"{Form}/2017Q3/submissions")).JsonAsync();
        Assert.True(matrix.GetProperty("closed").GetBoolean());
        // A second close from a page left open answers with the reason, not an error page.
        await pages.PostFormAsync(Round, [new("form", "key-area-quarterly"), new("period", "2017Q3")], $"{Round}?handler=Close");
        Assert.Contains("本期报送已经关闭", await (await pages.GetAsync(Round)).Content.ReadAsStringAsync());
        await pages.PostFormAsync(Round, [new("form", "key-area-quarterly"), new("period", "2017Q3")], $"{Round}?handler=Reopen");
        Assert.False((await (await (await w.ClientFor(w.Staff)).GetAsync($"{Form}/2017Q3/submissions")).JsonAsync())
            .GetProperty("closed").GetBoolean());

        var bad = await pages.GetAsync("/Reports/key-area-quarterly/2017Q9");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("期间应为年份", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync("/Reports/no-such-form/Year/2017")).StatusCode);

        var liaison = await Pages.SignInAsync(app, w.LiaisonA);
        foreach (var url in new[] { Round, $"{Round}/Ranking", "/Reports/key-area-quarterly/Year/2017" })
        {
            var refused = await liaison.GetAsync(url);
            Assert.True(refused.StatusCode == HttpStatusCode.Forbidden
                || refused.Headers.Location?.ToString().Contains("AccessDenied") == true, $"{url}: {refused.StatusCode}");
        }
    }
}

[Collection("Sqlite")]
public sealed class ReportOfficePagesSqlite(SqliteFactory f) : ReportOfficePagesTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class ReportOfficePagesPostgres(PostgresFactory f) : ReportOfficePagesTests(f.WithClockReset());

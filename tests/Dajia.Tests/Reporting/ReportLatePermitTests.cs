using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Dajia.Tests.Reporting.ReportingTests;

namespace Dajia.Tests.Reporting;

/// <summary>
/// 允许补报 only where it means something: a report not yet submitted. A submitted, returned or accepted report neither
/// offers it (API and page) nor takes it (409 in Chinese, nothing changed); a closed round offers nothing at all.
/// </summary>
public abstract class ReportLatePermitTests(DajiaFactory app)
{
    private static string Page(Guid unit) => $"/Reports/key-area-quarterly/2017Q3/Units/{unit}";

    private static bool Offers(JsonElement report, string action) =>
        report.GetProperty("allowedActions").EnumerateArray().Any(a => a.GetString() == action);

    private static async Task AssertRefusedAsync(HttpClient staff, string url, string detail)
    {
        var before = await (await staff.GetAsync(url)).JsonAsync();
        Assert.False(Offers(before, "allowLate"));
        var refused = await staff.PostAsJsonAsync($"{url}/allow-late", new { until = "2017-09-29" });
        Assert.Equal(detail, (await refused.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        var after = await (await staff.GetAsync(url)).JsonAsync();
        Assert.Equal(before.GetProperty("version").GetInt32(), after.GetProperty("version").GetInt32());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("lateUntil").ValueKind);
    }

    [Fact]
    public async Task A_submitted_returned_or_accepted_report_neither_offers_nor_takes_a_late_permit()
    {
        app.Clock.Now = China(2017, 9, 13);
        var w = await World.CreateAsync(app);
        var (staff, a) = (await w.ClientFor(w.Staff), await w.ClientFor(w.LiaisonA));
        await PlanAsync(staff);
        var url = ReportOfficeTests.UnitUrl("2017Q3", w.UnitA.Id);
        var report = await (await a.GetAsync(url)).JsonAsync();
        Assert.True(Offers(await (await staff.GetAsync(url)).JsonAsync(), "allowLate"));
        report = await PostAsync(a, $"{url}/submit", await SaveAsync(a, url, report, null));
        await AssertRefusedAsync(staff, url, "报表已提交，无需允许补报");

        report = await PostAsync(staff, $"{url}/return", report, new { reason = "请核实" });
        await AssertRefusedAsync(staff, url, "报表已退回，退回的报表不受截止日期限制，无需允许补报");
        report = await PostAsync(a, $"{url}/submit", report);
        await PostAsync(staff, $"{url}/accept", report);
        app.Clock.Now = China(2017, 9, 27); // past the due date, where a permit would otherwise mean something
        staff = await w.ClientFor(w.Staff);
        await AssertRefusedAsync(staff, url, "报表已审核通过，无需允许补报");

        var page = await Pages.SignInAsync(app, w.Staff);
        var html = await (await page.GetAsync(Page(w.UnitA.Id))).Content.ReadAsStringAsync();
        Assert.Contains("已通过", html);
        Assert.DoesNotContain("id=\"allow-late\"", html);
        var refused = await page.PostFormAsync(Page(w.UnitA.Id), [new("until", "2017-09-29")],
            Page(w.UnitA.Id) + "?handler=AllowLate");
        Assert.Contains("报表已审核通过，无需允许补报", await refused.Content.ReadAsStringAsync());
        var draft = await (await page.GetAsync(Page(w.UnitB.Id))).Content.ReadAsStringAsync();
        Assert.Contains("id=\"allow-late\"", draft);
    }

    [Fact]
    public async Task A_closed_round_offers_no_action_on_a_units_report()
    {
        app.Clock.Now = China(2017, 9, 13);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        await PlanAsync(staff);
        var url = ReportOfficeTests.UnitUrl("2017Q3", w.UnitA.Id);
        Assert.True(Offers(await (await staff.GetAsync(url)).JsonAsync(), "allowLate"));
        await (await staff.PostAsync($"{ReportOfficeTests.Form}/2017Q3/close", null)).JsonAsync();
        Assert.Empty((await (await staff.GetAsync(url)).JsonAsync()).GetProperty("allowedActions").EnumerateArray());
        var html = await (await (await Pages.SignInAsync(app, w.Staff)).GetAsync(Page(w.UnitA.Id))).Content.ReadAsStringAsync();
        Assert.DoesNotContain("id=\"allow-late\"", html);
        Assert.Contains("本期报送已结束，报表只读", html);
    }
}

[Collection("Sqlite")]
public sealed class ReportLatePermitSqlite(SqliteFactory f) : ReportLatePermitTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class ReportLatePermitPostgres(PostgresFactory f) : ReportLatePermitTests(f.WithClockReset());

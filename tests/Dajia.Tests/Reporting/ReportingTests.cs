using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dajia.Tests.Reporting;

/// <summary>
/// 附件2: a unit's quarter prefilled from its records, filed, returned, fixed and accepted; due dates from the plan,
/// a lock after them unless the office allows a late report; the office's matrix and town total.
/// </summary>
public abstract class ReportingTests(DajiaFactory app)
{
    internal const string Quarterly = "/api/reports/key-area-quarterly/2017Q3";

    internal static DateTimeOffset China(int y, int m, int d, int h = 10) => new(y, m, d, h, 0, 0, TimeSpan.FromHours(8));

    internal static object Plan(int year, bool movesToWorkingDay = false) => new
    {
        year, title = $"{year}年打假工作方案", goals = "目标", tasks = "任务", fullText = "全文", quarterlyReportDueDay = 25,
        quarterlyReportMonths = new[] { 3, 6, 9, 12 }, annualSummaryDueOn = $"{year}-12-10", reportDueMovesToWorkingDay = movesToWorkingDay,
    };

    internal static async Task<Guid> PlanAsync(HttpClient staff, bool movesToWorkingDay = false) =>
        (await (await staff.PostAsJsonAsync("/api/campaigns", Plan(2017, movesToWorkingDay))).JsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

    internal static Task<HttpResponseMessage> OperationAsync(HttpClient staff, Guid unit, string kind, string startsAt, int personnel,
        int vehicles) =>
        staff.PostAsJsonAsync("/api/operations", new { kind, title = "重点区域" + kind, startsAt, leadUnitId = unit, personnel, vehicles });

    internal static JsonElement Indicator(JsonElement report, string code) => report.GetProperty("blocks").EnumerateArray()
        .SelectMany(b => b.GetProperty("indicators").EnumerateArray()).Single(i => i.GetProperty("code").GetString() == code);

    /// <summary>Every figure as the report shows it (prefilled or saved), the rest 0, with changes on top.</summary>
    internal static Dictionary<string, object?> Values(JsonElement report, Dictionary<string, object?>? changes = null)
    {
        var values = report.GetProperty("blocks").EnumerateArray().SelectMany(b => b.GetProperty("indicators").EnumerateArray())
            .Where(i => i.GetProperty("type").GetString() != "Text")
            .ToDictionary(i => i.GetProperty("code").GetString()!,
                i => (object?)(i.GetProperty("value").ValueKind == JsonValueKind.Number ? i.GetProperty("value").GetDecimal() : 0m));
        foreach (var (k, v) in changes ?? []) values[k] = v;
        return values;
    }

    internal static async Task<JsonElement> SaveAsync(HttpClient c, string url, JsonElement report, Dictionary<string, object?>? changes,
        HttpStatusCode status = HttpStatusCode.OK) =>
        await (await c.SendIfMatchAsync(HttpMethod.Put, url, new { values = Values(report, changes) },
            report.GetProperty("version").GetInt32())).JsonAsync(status);

    internal static async Task<JsonElement> PostAsync(HttpClient c, string url, JsonElement report, object? body = null) =>
        await (await c.SendIfMatchAsync(HttpMethod.Post, url, body ?? new { }, report.GetProperty("version").GetInt32())).JsonAsync();

    [Fact]
    public async Task Prefilled_numbers_equal_the_units_records_and_a_returned_report_is_fixed_resubmitted_and_accepted()
    {
        app.Clock.Now = China(2017, 9, 13);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        await PlanAsync(staff);
        await (await OperationAsync(staff, w.UnitA.Id, "JointInspection", "2017-09-05T01:00:00Z", 3, 1)).JsonAsync(HttpStatusCode.Created);
        await (await OperationAsync(staff, w.UnitA.Id, "SpecialAction", "2017-07-01T00:00:00+08:00", 5, 2))
            .JsonAsync(HttpStatusCode.Created);
        await (await OperationAsync(staff, w.UnitA.Id, "SpecialAction", "2017-06-30T23:00:00+08:00", 7, 1))
            .JsonAsync(HttpStatusCode.Created);
        await (await OperationAsync(staff, w.UnitB.Id, "SpecialAction", "2017-09-05T01:00:00Z", 4, 1)).JsonAsync(HttpStatusCode.Created);

        var a = await w.ClientFor(w.LiaisonA);
        var url = $"{Quarterly}/units/{w.UnitA.Id}";
        var report = await (await a.GetAsync(url)).JsonAsync();
        Assert.Equal("NotStarted", report.GetProperty("status").GetString());
        Assert.Equal("2017-09-25", report.GetProperty("dueOn").GetString());
        Assert.Equal($"{w.Town.Name}2017年度第3季度打假重点区域整治情况报表", report.GetProperty("title").GetString());
        Assert.Equal(2, Indicator(report, "actions.operations").GetProperty("value").GetDecimal()); // June 30th is Q2
        Assert.Equal(1, Indicator(report, "actions.joint").GetProperty("value").GetDecimal());
        Assert.Equal(8, Indicator(report, "actions.personnel").GetProperty("prefilled").GetDecimal());
        Assert.Equal(3, Indicator(report, "actions.vehicles").GetProperty("value").GetDecimal());
        Assert.Equal("本单位牵头的执法行动出动人数", Indicator(report, "actions.personnel").GetProperty("source").GetString());
        var sources = await (await a.GetAsync($"{url}/sources/actions.personnel")).JsonAsync();
        Assert.Equal([3m, 5m], sources.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("value").GetDecimal()).Order());

        report = await SaveAsync(a, url, report, new() { ["actions.personnel"] = 9, ["publicity.events"] = 2, ["text.problems"] = "人手不足" });
        Assert.Equal("Draft", report.GetProperty("status").GetString());
        Assert.True(Indicator(report, "actions.personnel").GetProperty("edited").GetBoolean());
        Assert.False(Indicator(report, "actions.vehicles").GetProperty("edited").GetBoolean());
        Assert.Equal("人手不足", Indicator(report, "text.problems").GetProperty("text").GetString());
        report = await PostAsync(a, $"{url}/submit", report);
        Assert.Equal("OnTime", report.GetProperty("status").GetString());
        var changed = await a.SendIfMatchAsync(HttpMethod.Put, url, new { values = Values(report) },
            report.GetProperty("version").GetInt32());
        Assert.Equal("报表已提交，正等待镇打假办审核，不能修改",
            (await changed.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());

        var noReason = await staff.SendIfMatchAsync(HttpMethod.Post, $"{url}/return", new { reason = " " },
            report.GetProperty("version").GetInt32());
        Assert.Equal(["请填写退回理由"], (await noReason.ProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("reason"));
        report = await PostAsync(staff, $"{url}/return", report, new { reason = "宣传活动场次有误" });
        Assert.Equal("Returned", report.GetProperty("status").GetString());
        var twice = await staff.SendIfMatchAsync(HttpMethod.Post, $"{url}/accept", new { }, report.GetProperty("version").GetInt32());
        Assert.Equal("报表已退回，等待填报单位修改后重新提交，不能审核",
            (await twice.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());

        app.Clock.Now = China(2017, 9, 27); // after the due date: a returned report may still be fixed
        (a, staff) = (await w.ClientFor(w.LiaisonA), await w.ClientFor(w.Staff));
        report = await SaveAsync(a, url, report, new() { ["publicity.events"] = 3 });
        report = await PostAsync(a, $"{url}/submit", report);
        Assert.Equal("OnTime", report.GetProperty("status").GetString()); // the first submission met the duty
        Assert.Equal([2, 1], report.GetProperty("snapshots").EnumerateArray().Select(s => s.GetProperty("number").GetInt32()));
        Assert.Equal(2, report.GetProperty("snapshots")[1].GetProperty("values").GetProperty("numbers").GetProperty("publicity.events")
            .GetDecimal());
        report = await PostAsync(staff, $"{url}/accept", report);
        Assert.Equal("Accepted", report.GetProperty("status").GetString());
        foreach (var (action, body) in new[] { ("return", (object)new { reason = "再退回" }), ("accept", new { }) })
        {
            var again = await staff.SendIfMatchAsync(HttpMethod.Post, $"{url}/{action}", body, report.GetProperty("version").GetInt32());
            Assert.Equal("报表已审核通过，不能再审核或退回", (await again.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        }

        var matrix = await (await staff.GetAsync($"{Quarterly}/submissions")).JsonAsync();
        var rows = matrix.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("unitId").GetGuid());
        Assert.Equal("Accepted", rows[w.UnitA.Id].GetProperty("status").GetString());
        Assert.Equal("NotStarted", rows[w.UnitB.Id].GetProperty("status").GetString());
        Assert.True(rows[w.UnitB.Id].GetProperty("overdue").GetBoolean());
        Assert.Equal(50m, matrix.GetProperty("reportingRate").GetDecimal());
        Assert.Equal(50m, matrix.GetProperty("onTimeRate").GetDecimal());
        var total = await (await staff.GetAsync($"{Quarterly}/total")).JsonAsync();
        var personnel = total.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("code").GetString() == "actions.personnel");
        Assert.Equal(9m, personnel.GetProperty("total").GetDecimal());
        Assert.Equal(w.UnitA.Id, Assert.Single(personnel.GetProperty("units").EnumerateArray()).GetProperty("unitId").GetGuid());
    }

    [Fact]
    public async Task After_the_due_date_a_report_is_locked_until_the_office_allows_a_late_one_which_counts_as_late()
    {
        app.Clock.Now = China(2017, 9, 13);
        var w = await World.CreateAsync(app);
        await PlanAsync(await w.ClientFor(w.Staff));
        app.Clock.Now = China(2017, 9, 26);
        var (a, staff) = (await w.ClientFor(w.LiaisonA), await w.ClientFor(w.Staff));
        var url = $"{Quarterly}/units/{w.UnitA.Id}";
        var report = await (await a.GetAsync(url)).JsonAsync();
        Assert.True(report.GetProperty("locked").GetBoolean());
        var refused = await a.SendIfMatchAsync(HttpMethod.Put, url, new { values = Values(report) }, 0);
        Assert.Equal("已过报送截止日期，如需补报请联系镇打假办", (await refused.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        var past = await staff.PostAsJsonAsync($"{url}/allow-late", new { until = "2017-09-20" });
        Assert.Equal(["请填写补报截止日期（今天起一年内）"], (await past.ProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("until"));
        await (await a.PostAsJsonAsync($"{url}/allow-late", new { until = "2017-09-29" })).ProblemAsync(HttpStatusCode.Forbidden);

        report = await (await staff.PostAsJsonAsync($"{url}/allow-late", new { until = "2017-09-29" })).JsonAsync();
        Assert.False(report.GetProperty("locked").GetBoolean());
        report = await SaveAsync(a, url, report, null);
        report = await PostAsync(a, $"{url}/submit", report);
        Assert.Equal("Late", report.GetProperty("status").GetString());
        var matrix = await (await staff.GetAsync($"{Quarterly}/submissions")).JsonAsync();
        Assert.Equal(1, matrix.GetProperty("counts").GetProperty("Late").GetInt32());
        Assert.Equal(0m, matrix.GetProperty("onTimeRate").GetDecimal());
    }

    [Theory]
    [InlineData(false, "2017-12-10", "Late")]
    [InlineData(true, "2017-12-11", "OnTime")]
    public async Task An_annual_report_due_on_a_sunday_stays_due_then_or_moves_to_monday_as_the_plan_says(bool moves, string due,
        string status)
    {
        app.Clock.Now = China(2017, 9, 13);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        await PlanAsync(staff, moves);
        app.Clock.Now = China(2017, 12, 11); // Monday
        (staff, var a) = (await w.ClientFor(w.Staff), await w.ClientFor(w.LiaisonA));
        var url = $"/api/reports/key-area-annual/2017/units/{w.UnitA.Id}";
        var report = await (await a.GetAsync(url)).JsonAsync();
        Assert.Equal(due, report.GetProperty("dueOn").GetString());
        if (!moves)
        {
            Assert.True(report.GetProperty("locked").GetBoolean());
            report = await (await staff.PostAsJsonAsync($"{url}/allow-late", new { until = "2017-12-15" })).JsonAsync();
        }
        report = await SaveAsync(a, url, report, null);
        report = await PostAsync(a, $"{url}/submit", report);
        Assert.Equal(status, report.GetProperty("status").GetString());
    }
}

[Collection("Sqlite")]
public sealed class ReportingSqlite(SqliteFactory f) : ReportingTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class ReportingPostgres(PostgresFactory f) : ReportingTests(f.WithClockReset());

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Dajia.Tests.Reporting.ReportingTests;
using static Dajia.Tests.Reporting.ReportOfficeTests;

namespace Dajia.Tests.Reporting;

/// <summary>The year's matrix (statuses, rates, each unit's counts) and the ranking with its 通报 text, from a built town.</summary>
public abstract class ReportOfficeYearTests(DajiaFactory app)
{
    private static string[] Statuses(JsonElement unit) =>
        unit.GetProperty("cells").EnumerateArray().Select(c => c.GetProperty("status").GetString()!).ToArray();

    [Theory]
    [InlineData(false, "2017-03-25", "2017-06-25", "Late")]
    [InlineData(true, "2017-03-27", "2017-06-26", "OnTime")]
    public async Task The_year_matrix_shows_each_quarters_status_and_rates_with_sunday_due_dates_as_the_plan_says(bool moves,
        string q1Due, string q2Due, string aSecondQuarter)
    {
        app.Clock.Now = China(2017, 1, 5);
        var w = await World.CreateAsync(app);
        await PlanAsync(await w.ClientFor(w.Staff), moves);

        app.Clock.Now = China(2017, 3, 20);
        var staff = await w.ClientFor(w.Staff);
        var a1 = await FileAsync(staff, "2017Q1", w.UnitA.Id, new(2017, 3, 20));
        await PostAsync(staff, $"{UnitUrl("2017Q1", w.UnitA.Id)}/accept", a1);
        app.Clock.Now = China(2017, 6, 23); // Friday before the Sunday due date
        staff = await w.ClientFor(w.Staff);
        var b2 = await FileAsync(staff, "2017Q2", w.UnitB.Id, new(2017, 6, 23));
        await PostAsync(staff, $"{UnitUrl("2017Q2", w.UnitB.Id)}/return", b2, new { reason = "宣传数字有误" });
        app.Clock.Now = China(2017, 6, 26); // Monday: late unless the Sunday due date moved to it
        staff = await w.ClientFor(w.Staff);
        Assert.Equal(aSecondQuarter, (await FileAsync(staff, "2017Q2", w.UnitA.Id, new(2017, 6, 26))).GetProperty("status").GetString());
        app.Clock.Now = China(2017, 9, 13);
        staff = await w.ClientFor(w.Staff);
        var url3 = UnitUrl("2017Q3", w.UnitA.Id);
        await SaveAsync(staff, url3, await (await staff.GetAsync(url3)).JsonAsync(), null);

        var year = await (await (await w.ClientFor(w.Leader)).GetAsync($"{Form}/year/2017")).JsonAsync();
        Assert.Equal(["第1季度", "第2季度", "第3季度", "第4季度"],
            year.GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("label").GetString()));
        var units = year.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("unitId").GetGuid());
        var (a, b) = (units[w.UnitA.Id], units[w.UnitB.Id]);
        Assert.Equal(["Accepted", aSecondQuarter, "Draft", "NotStarted"], Statuses(a));
        Assert.Equal(["NotStarted", "Returned", "NotStarted", "NotStarted"], Statuses(b));
        Assert.Equal("已退回", b.GetProperty("cells")[1].GetProperty("statusLabel").GetString());
        Assert.Equal([q1Due, q2Due, "2017-09-25", "2017-12-25"],
            a.GetProperty("cells").EnumerateArray().Select(c => c.GetProperty("dueOn").GetString()));
        Assert.True(b.GetProperty("cells")[0].GetProperty("overdue").GetBoolean());
        Assert.False(b.GetProperty("cells")[2].GetProperty("overdue").GetBoolean()); // not due yet
        Assert.Equal((moves ? 2 : 1, moves ? 0 : 1, 0),
            (a.GetProperty("onTime").GetInt32(), a.GetProperty("late").GetInt32(), a.GetProperty("missing").GetInt32()));
        Assert.Equal((1, 0, 1),
            (b.GetProperty("onTime").GetInt32(), b.GetProperty("late").GetInt32(), b.GetProperty("missing").GetInt32()));
        var periods = year.GetProperty("periods").EnumerateArray().ToList();
        Assert.Equal([50m, 100m, 0m, 0m], periods.Select(p => p.GetProperty("reportingRate").GetDecimal()));
        Assert.Equal([50m, moves ? 100m : 50m, 0m, 0m], periods.Select(p => p.GetProperty("onTimeRate").GetDecimal()));

        var annual = await (await staff.GetAsync("/api/reports/key-area-annual/year/2017")).JsonAsync();
        Assert.Equal("全年", Assert.Single(annual.GetProperty("periods").EnumerateArray()).GetProperty("label").GetString());
    }

    [Fact]
    public async Task The_ranking_puts_on_time_before_late_before_missing_counts_working_days_and_writes_the_notice()
    {
        app.Clock.Now = China(2017, 9, 13);
        var w = await World.CreateAsync(app);
        var more = await MoreUnitsAsync(app, w, "z1", "d1", "e1");
        var (c, d, e) = (more[0], more[1], more[2]);
        await PlanAsync(await w.ClientFor(w.Staff));

        app.Clock.Now = China(2017, 9, 20); // Wednesday; both at the same instant: returns put z1 before scjg
        var staff = await w.ClientFor(w.Staff);
        var urlA = UnitUrl("2017Q3", w.UnitA.Id);
        var reportA = await FileAsync(staff, "2017Q3", w.UnitA.Id, new(2017, 9, 20));
        await FileAsync(staff, "2017Q3", c.Id, new(2017, 9, 20));
        reportA = await PostAsync(staff, $"{urlA}/return", reportA, new { reason = "出动人数有误" });
        reportA = await PostAsync(staff, $"{urlA}/submit", await SaveAsync(staff, urlA, reportA, null));
        await PostAsync(staff, $"{urlA}/accept", reportA);
        app.Clock.Now = China(2017, 9, 27);
        await FileAsync(await w.ClientFor(w.Staff), "2017Q3", w.UnitB.Id, new(2017, 9, 27));
        app.Clock.Now = China(2017, 9, 29); // Friday

        var ranking = await (await (await w.ClientFor(w.Leader)).GetAsync($"{Form}/2017Q3/ranking")).JsonAsync();
        var rows = ranking.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal([c.Id, w.UnitA.Id, w.UnitB.Id, d.Id, e.Id], rows.Select(r => r.GetProperty("unitId").GetGuid()));
        Assert.Equal([1, 2, 3, 4, 4], rows.Select(r => r.GetProperty("rank").GetInt32()));
        Assert.Equal(["OnTime", "OnTime", "Late", "Missing", "Missing"], rows.Select(r => r.GetProperty("group").GetString()));
        Assert.Equal(["按时报送", "按时报送", "逾期报送", "未报送", "未报送"], rows.Select(r => r.GetProperty("groupLabel").GetString()));
        Assert.Equal([0, 1, 0, 0, 0], rows.Select(r => r.GetProperty("returns").GetInt32()));
        int? Days(JsonElement r, string p) => r.GetProperty(p).ValueKind == JsonValueKind.Null ? null : r.GetProperty(p).GetInt32();
        Assert.Equal([3, 3, null, null, null], rows.Select(r => Days(r, "workingDaysEarly")));
        Assert.Equal([null, null, 2, 4, 4], rows.Select(r => Days(r, "workingDaysLate")));
        Assert.Equal($"关于{w.Town.Name}2017年度第3季度打假重点区域整治情况报表报送情况的通报：截至2017年9月29日，应报送单位5个，已报送3个，"
            + $"报送率60%，及时率40%。按时报送的单位有：{c.Name}、{w.UnitA.Name}；逾期报送的有：{w.UnitB.Name}；"
            + $"未报送的有：{d.Name}、{e.Name}。", ranking.GetProperty("notice").GetString());
    }
}

[Collection("Sqlite")]
public sealed class ReportOfficeYearSqlite(SqliteFactory f) : ReportOfficeYearTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class ReportOfficeYearPostgres(PostgresFactory f) : ReportOfficeYearTests(f.WithClockReset());

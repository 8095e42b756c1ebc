using System.Text.Json;
using Dajia.Web.Data.Demo;

namespace Dajia.Tests.Api;

/// <summary>The demo's report rounds (issue #14 item 9): 2017 as filed, the current year under way.</summary>
public abstract partial class DemoDataTests
{
    private const string Reports = "/api/reports/";

    private static async Task<Dictionary<string, JsonElement>> RowsAsync(HttpClient staff, string round)
    {
        var codes = (await (await staff.GetAsync("/api/units")).JsonAsync()).GetProperty("items").EnumerateArray()
            .ToDictionary(u => u.GetProperty("id").GetGuid(), u => S(u, "code"));
        var matrix = await (await staff.GetAsync(Reports + round + "/submissions")).JsonAsync();
        return matrix.GetProperty("units").EnumerateArray().ToDictionary(u => codes[u.GetProperty("unitId").GetGuid()]);
    }

    private static Dictionary<string, decimal> Figures(JsonElement values) =>
        values.GetProperty("numbers").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDecimal());

    /// <summary>The figures the office accepted from each unit: its last snapshot.</summary>
    private static async Task<Dictionary<string, decimal>> AcceptedAsync(HttpClient staff, string round, JsonElement row) =>
        Figures((await (await staff.GetAsync($"{Reports}{round}/units/{row.GetProperty("unitId").GetGuid()}")).JsonAsync())
            .GetProperty("snapshots")[0].GetProperty("values"));

    [Fact]
    public async Task The_2017_quarter_3_round_has_one_late_one_returned_and_filed_again_and_sijiusuo_missing()
    {
        var staff = await World.ClientFor(app, "office.staff", DemoSeeder.Password);
        const string round = "key-area-quarterly/2017Q3";
        var rows = await RowsAsync(staff, round);
        Assert.Equal(DemoSeeder.MemberUnits.Length, rows.Count);
        var missing = rows[DemoReports.MissingUnit];
        Assert.Equal(("NotStarted", true, 0), (S(missing, "status"), missing.GetProperty("overdue").GetBoolean(),
            missing.GetProperty("submissions").GetInt32()));
        Assert.All(rows.Where(r => r.Key != DemoReports.MissingUnit), r => Assert.Equal("Accepted", S(r.Value, "status")));
        Assert.All(rows.Values, r => Assert.Equal("2017-09-25", S(r, "dueOn")));
        var late = rows[DemoReports.LateUnit];
        Assert.StartsWith("2017-09-27", S(late, "firstSubmittedAt"));
        Assert.Equal(2, rows[DemoReports.ReturnedUnit].GetProperty("submissions").GetInt32());
        var matrix = await (await staff.GetAsync(Reports + round + "/submissions")).JsonAsync();
        Assert.Equal((90.9m, 81.8m), (matrix.GetProperty("reportingRate").GetDecimal(), matrix.GetProperty("onTimeRate").GetDecimal()));

        // Sent on the due date with the records of then, returned for the cases of the last week, filed again in full.
        var scjg = await (await staff.GetAsync($"{Reports}{round}/units/{rows[DemoReports.ReturnedUnit].GetProperty("unitId")}"))
            .JsonAsync();
        var snapshots = scjg.GetProperty("snapshots").EnumerateArray().ToList();
        Assert.Equal([2, 1], snapshots.Select(s => s.GetProperty("number").GetInt32()));
        Assert.StartsWith("2017-09-25", S(snapshots[1], "submittedAt"));
        Assert.Equal("liaison.scjg", S(snapshots[1], "submittedByAccount"));
        Assert.Equal((2m, 0m), (Figures(snapshots[1].GetProperty("values"))["cases.opened"],
            Figures(snapshots[1].GetProperty("values"))["cases.transfers"]));
        Assert.Equal((5m, 1m), (Figures(snapshots[0].GetProperty("values"))["cases.opened"],
            Figures(snapshots[0].GetProperty("values"))["cases.transfers"]));
        // What was accepted is what the records say now: no prefilled figure was typed over.
        var prefilled = scjg.GetProperty("blocks").EnumerateArray().SelectMany(b => b.GetProperty("indicators").EnumerateArray())
            .Where(i => i.GetProperty("prefilled").ValueKind == JsonValueKind.Number).ToList();
        Assert.Equal(18, prefilled.Count);
        Assert.All(prefilled, i => Assert.False(i.GetProperty("edited").GetBoolean(), S(i, "code")));
        var opened = await (await staff.GetAsync(
            $"{Reports}{round}/units/{rows[DemoReports.ReturnedUnit].GetProperty("unitId")}/sources/cases.opened")).JsonAsync();
        Assert.Equal(["AJ-2017-0001", "AJ-2017-0002", "AJ-2017-0003", "AJ-2017-0004", "AJ-2017-0005"],
            opened.GetProperty("items").EnumerateArray().Select(i => S(i, "number")).Order());

        // The town total is the sum of the accepted snapshots, unit by unit.
        var total = await (await staff.GetAsync(Reports + round + "/total")).JsonAsync();
        Assert.Equal(10, total.GetProperty("acceptedUnits").GetInt32());
        var accepted = new List<Dictionary<string, decimal>>();
        foreach (var row in rows.Values.Where(r => S(r, "status") == "Accepted")) accepted.Add(await AcceptedAsync(staff, round, row));
        foreach (var line in total.GetProperty("lines").EnumerateArray())
            Assert.Equal(accepted.Sum(a => a[S(line, "code")]), line.GetProperty("total").GetDecimal());
        var lines = total.GetProperty("lines").EnumerateArray().ToDictionary(l => S(l, "code"), l => l.GetProperty("total").GetDecimal());
        // 罚没: AJ-2017-0001's 4,000 (within 产品质量法第五十四条) and AJ-2017-0002's 20,000.
        Assert.Equal((5m, 1m, 5.42m, 2.4m), (lines["cases.opened"], lines["cases.closed"], lines["cases.value"], lines["cases.penalties"]));
    }

    [Fact]
    public async Task The_2017_annual_form_due_on_a_sunday_is_due_the_monday_after_and_each_year_is_its_quarters_added_up()
    {
        var staff = await World.ClientFor(app, "office.staff", DemoSeeder.Password);
        var annual = await RowsAsync(staff, "key-area-annual/2017");
        Assert.All(annual.Values, r => Assert.Equal(("2017-12-11", "Accepted"), (S(r, "dueOn"), S(r, "status"))));
        Assert.StartsWith("2017-12-11", S(annual[DemoReports.RestDayUnit], "firstSubmittedAt"));
        var matrix = await (await staff.GetAsync(Reports + "key-area-annual/2017/submissions")).JsonAsync();
        Assert.Equal(100m, matrix.GetProperty("onTimeRate").GetDecimal());
        // Quarters 1 and 2 as the plan dates them: 25 March, a Saturday, and 25 June, a Sunday, each moved to the Monday.
        var dues = new[] { "2017-03-27", "2017-06-26", "2017-09-25", "2017-12-25" };
        var quarters = new List<Dictionary<string, JsonElement>>();
        for (var q = 1; q <= 4; q++)
        {
            quarters.Add(await RowsAsync(staff, $"key-area-quarterly/2017Q{q}"));
            Assert.All(quarters[^1].Values, r => Assert.Equal(dues[q - 1], S(r, "dueOn")));
        }
        Assert.All(quarters.Where((_, i) => i != 2).SelectMany(q => q.Values), r => Assert.Equal("Accepted", S(r, "status")));
        foreach (var code in new[] { "scjg", "xcb" })
        {
            var year = await AcceptedAsync(staff, "key-area-annual/2017", annual[code]);
            var sum = new Dictionary<string, decimal>();
            for (var q = 1; q <= 4; q++)
                foreach (var (k, v) in await AcceptedAsync(staff, $"key-area-quarterly/2017Q{q}", quarters[q - 1][code]))
                    sum[k] = sum.GetValueOrDefault(k) + v;
            Assert.All(year.Where(p => p.Key != "cases.carriedIn"), p => Assert.Equal((p.Key, sum[p.Key]), (p.Key, p.Value)));
        }
        Assert.Equal(6m, (await AcceptedAsync(staff, "key-area-annual/2017", annual["scjg"]))["cases.opened"]);
    }

    [Fact]
    public async Task The_current_years_rounds_are_open_with_live_due_dates_a_few_drafts_and_one_submitted()
    {
        var staff = await World.ClientFor(app, "office.staff", DemoSeeder.Password);
        var now = await RowsAsync(staff, "key-area-quarterly/2026Q4");
        Assert.All(now.Values, r => Assert.Equal(("2026-12-25", false), (S(r, "dueOn"), r.GetProperty("overdue").GetBoolean())));
        Assert.Equal("OnTime", S(now[DemoReports.SubmittedNow], "status"));
        Assert.All(DemoReports.DraftsNow, code => Assert.Equal("Draft", S(now[code], "status")));
        Assert.Equal(DemoSeeder.MemberUnits.Length - 4, now.Values.Count(r => S(r, "status") == "NotStarted"));
        for (var q = 1; q <= 3; q++)
            Assert.All((await RowsAsync(staff, $"key-area-quarterly/2026Q{q}")).Values, r => Assert.Equal("Accepted", S(r, "status")));
        var annual = await RowsAsync(staff, "key-area-annual/2026");
        Assert.Equal(("2026-12-10", "Draft"), (S(annual["xcb"], "dueOn"), S(annual["xcb"], "status")));
        // The liaison sees the submitted quarter as sent and cannot change it until the office returns it.
        var liaison = await World.ClientFor(app, "liaison." + DemoReports.SubmittedNow, DemoSeeder.Password);
        var mine = await (await liaison.GetAsync(
            $"{Reports}key-area-quarterly/2026Q4/units/{now[DemoReports.SubmittedNow].GetProperty("unitId")}")).JsonAsync();
        Assert.Equal(("Submitted", 1), (S(mine, "state"), mine.GetProperty("snapshots").GetArrayLength()));
        Assert.DoesNotContain("edit", mine.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task The_2017_town_summary_is_drafted_from_the_demo_figures_in_chinese_and_edited_by_the_office()
    {
        var staff = await World.ClientFor(app, "office.staff", DemoSeeder.Password);
        var summary = await (await staff.GetAsync(Reports + "summary/2017")).JsonAsync();
        Assert.True(summary.GetProperty("saved").GetBoolean());
        Assert.Equal("大涌镇2017年度打假工作总结", S(summary, "title"));
        var revisions = summary.GetProperty("revisions").EnumerateArray().ToList();
        Assert.Equal([2, 1], revisions.Select(r => r.GetProperty("number").GetInt32()));
        Assert.Equal(["2017-12-15", "2017-12-13"], revisions.Select(r => S(r, "savedAt")[..10]));
        Assert.All(revisions, r => Assert.Equal(DemoReportKit.Office, S(r, "savedBy")));

        // What is saved is the draft the records give today, with the office's paragraph and signature added.
        var text = S(summary, "text");
        Assert.Equal(DemoTownSummary.Edited(S(summary, "draft")), text);
        Assert.StartsWith("2017年，镇打假办按照《", text);
        Assert.Contains(DemoTownSummary.OfficeParagraph, text);
        Assert.EndsWith(DemoTownSummary.Signature + "\n", text);
        Assert.DoesNotContain("TownSummary.", text);
        // The system holds nothing of 2016, so the figures stand alone rather than "compared" with zeros.
        Assert.Contains("# 二、主要工作成效\n", text);
        Assert.Contains("系统中没有2016年的记录，以下数字不与上年比较。", text);
        Assert.DoesNotContain("较上年", text);
        Assert.Contains("各成员单位均已报送年度报表。", text);

        // Its figures are the demo's: the year's cases as the units' accepted annual reports add them up, every line in the text.
        var figures = summary.GetProperty("figures").EnumerateArray().ToDictionary(f => S(f, "code"));
        var total = (await (await staff.GetAsync(Reports + "key-area-annual/2017/total")).JsonAsync()).GetProperty("lines")
            .EnumerateArray().ToDictionary(l => S(l, "code"), l => l.GetProperty("total").GetDecimal());
        Assert.Equal(total["cases.opened"], figures["CasesOpened"].GetProperty("value").GetDecimal());
        Assert.Equal(total["publicity.events"], figures["PublicityEvents"].GetProperty("value").GetDecimal());
        Assert.All(figures.Values, f => Assert.Contains(
            $"- {S(f, "label")}{f.GetProperty("value").GetDecimal():0.####}{S(f, "unit")}。", text));
    }
}

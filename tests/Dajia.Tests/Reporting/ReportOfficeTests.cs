using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dajia.Web.Data;
using Dajia.Web.Domain.Units;
using Microsoft.Extensions.DependencyInjection;
using static Dajia.Tests.Reporting.ReportingTests;

namespace Dajia.Tests.Reporting;

/// <summary>The office's views of 报表: closing and reopening a round, the year's matrix, the ranking (通报) and who sees them.</summary>
public abstract class ReportOfficeTests(DajiaFactory app)
{
    internal const string Form = "/api/reports/key-area-quarterly";

    internal static string UnitUrl(string period, Guid unit, string form = Form) => $"{form}/{period}/units/{unit}";

    /// <summary>Files a unit's report as the office would for it (saved, then submitted), after a late permit if it is locked.</summary>
    internal static async Task<JsonElement> FileAsync(HttpClient staff, string period, Guid unit, DateOnly today,
        Dictionary<string, object?>? changes = null)
    {
        var url = UnitUrl(period, unit);
        var report = await (await staff.GetAsync(url)).JsonAsync();
        if (report.GetProperty("locked").GetBoolean())
            report = await (await staff.PostAsJsonAsync($"{url}/allow-late", new { until = today.AddDays(3) })).JsonAsync();
        report = await SaveAsync(staff, url, report, changes);
        return await PostAsync(staff, $"{url}/submit", report);
    }

    /// <summary>Member units added to the world's town before its plan, so the plan gives them their duties too.</summary>
    internal static async Task<List<Unit>> MoreUnitsAsync(DajiaFactory app, World w, params string[] codes) =>
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var units = codes.Select(c => Unit.Create(w.Town.Id, new UnitDetails($"{c}单位{w.Tag}", null, c, UnitKind.Member,
                LeaderInCharge.None, null, 20, true))).ToList();
            db.AddRange(units);
            await db.SaveChangesAsync();
            return units;
        });

    private static async Task<string> DetailAsync(Task<HttpResponseMessage> call, HttpStatusCode status) =>
        (await (await call).ProblemAsync(status)).GetProperty("detail").GetString()!;

    [Fact]
    public async Task A_closed_round_refuses_saves_submissions_and_reviews_in_chinese_until_it_is_reopened()
    {
        app.Clock.Now = China(2017, 9, 13);
        var w = await World.CreateAsync(app);
        var (staff, a, b) = (await w.ClientFor(w.Staff), await w.ClientFor(w.LiaisonA), await w.ClientFor(w.LiaisonB));
        await PlanAsync(staff);
        var (urlA, urlB) = (UnitUrl("2017Q3", w.UnitA.Id), UnitUrl("2017Q3", w.UnitB.Id));
        var reportA = await PostAsync(a, $"{urlA}/submit", await SaveAsync(a, urlA, await (await a.GetAsync(urlA)).JsonAsync(), null));
        var reportB = await SaveAsync(b, urlB, await (await b.GetAsync(urlB)).JsonAsync(), new() { ["publicity.events"] = 2 });

        await (await a.PostAsync($"{Form}/2017Q3/close", null)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await (await w.ClientFor(w.Leader)).PostAsync($"{Form}/2017Q3/close", null)).ProblemAsync(HttpStatusCode.Forbidden);
        var closed = await (await staff.PostAsync($"{Form}/2017Q3/close", null)).JsonAsync();
        Assert.True(closed.GetProperty("closed").GetBoolean());
        Assert.Equal("本期报送已经关闭", await DetailAsync(staff.PostAsync($"{Form}/2017Q3/close", null), HttpStatusCode.Conflict));

        const string readOnly = "本期报送已结束，报表只读";
        var version = reportB.GetProperty("version").GetInt32();
        Assert.Equal(readOnly, await DetailAsync(b.SendIfMatchAsync(HttpMethod.Put, urlB,
            new { values = Values(reportB, new() { ["publicity.events"] = 5 }) }, version), HttpStatusCode.Conflict));
        Assert.Equal(readOnly, await DetailAsync(b.SendIfMatchAsync(HttpMethod.Post, $"{urlB}/submit", new { }, version),
            HttpStatusCode.Conflict));
        var versionA = reportA.GetProperty("version").GetInt32();
        Assert.Equal(readOnly, await DetailAsync(staff.SendIfMatchAsync(HttpMethod.Post, $"{urlA}/return", new { reason = "数字有误" },
            versionA), HttpStatusCode.Conflict));
        Assert.Equal(readOnly, await DetailAsync(staff.SendIfMatchAsync(HttpMethod.Post, $"{urlA}/accept", new { }, versionA),
            HttpStatusCode.Conflict));
        var unchanged = await (await b.GetAsync(urlB)).JsonAsync();
        Assert.Equal(version, unchanged.GetProperty("version").GetInt32());
        Assert.Equal("Draft", unchanged.GetProperty("status").GetString());
        Assert.Equal(2m, Indicator(unchanged, "publicity.events").GetProperty("value").GetDecimal());
        Assert.True(unchanged.GetProperty("locked").GetBoolean());
        Assert.Equal(readOnly, unchanged.GetProperty("lockReason").GetString());
        Assert.Equal("Submitted", (await (await a.GetAsync(urlA)).JsonAsync()).GetProperty("state").GetString());

        var audit = await (await (await w.ClientFor(w.Admin)).GetAsync("/api/audit?entityType=ReportRound")).JsonAsync();
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("fields").EnumerateArray().Any(f =>
            f.GetProperty("field").GetString() == "ClosedBy" && f.GetProperty("name").GetString() == "结束报送人"
            && f.GetProperty("after").GetString()!.Contains(w.Staff)));

        var reopened = await (await staff.PostAsync($"{Form}/2017Q3/reopen", null)).JsonAsync();
        Assert.False(reopened.GetProperty("closed").GetBoolean());
        Assert.Equal("本期报送尚未关闭，无需重新开放",
            await DetailAsync(staff.PostAsync($"{Form}/2017Q3/reopen", null), HttpStatusCode.Conflict));
        reportB = await SaveAsync(b, urlB, reportB, new() { ["publicity.events"] = 5 });
        Assert.Equal(5m, Indicator(reportB, "publicity.events").GetProperty("value").GetDecimal());
        Assert.Equal("Returned", (await PostAsync(staff, $"{urlA}/return", reportA, new { reason = "数字有误" })).GetProperty("status")
            .GetString());
    }

    [Fact]
    public async Task A_round_no_one_wrote_to_can_be_closed_and_bad_input_is_a_chinese_400_or_404()
    {
        app.Clock.Now = China(2017, 9, 13);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        await PlanAsync(staff);
        Assert.True((await (await staff.PostAsync($"{Form}/2017Q4/close", null)).JsonAsync()).GetProperty("closed").GetBoolean());
        var report = await (await (await w.ClientFor(w.LiaisonA)).GetAsync(UnitUrl("2017Q4", w.UnitA.Id))).JsonAsync();
        Assert.Equal("本期报送已结束，报表只读", report.GetProperty("lockReason").GetString());

        var bad = await (await staff.PostAsync($"{Form}/2017Q5/close", null)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(Http.HasChinese(Assert.Single(bad.ErrorsFor("period"))));
        Assert.Equal(["该报表按季度填报，报告期应写成如 2017Q3"],
            (await (await staff.GetAsync($"{Form}/2017/ranking")).ProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("period"));
        var year = await (await staff.GetAsync($"{Form}/year/二〇一七")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(Http.HasChinese(Assert.Single(year.ErrorsFor("year"))));
        await (await staff.GetAsync("/api/reports/no-such-form/year/2017")).ProblemAsync(HttpStatusCode.NotFound);
        await (await staff.PostAsync("/api/reports/no-such-form/2017Q3/close", null)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Liaisons_are_refused_and_another_town_sees_and_closes_only_its_own()
    {
        app.Clock.Now = China(2017, 9, 13);
        var w = await World.CreateAsync(app);
        var x = await w.NeighbourAsync();
        await PlanAsync(await w.ClientFor(w.Staff));
        var a = await w.ClientFor(w.LiaisonA);
        await (await a.GetAsync($"{Form}/year/2017")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await a.GetAsync($"{Form}/2017Q3/ranking")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await a.PostAsync($"{Form}/2017Q3/reopen", null)).ProblemAsync(HttpStatusCode.Forbidden);

        var other = await w.ClientFor(x.Admin);
        var year = await (await other.GetAsync($"{Form}/year/2017")).JsonAsync();
        Assert.DoesNotContain(year.GetProperty("units").EnumerateArray(), u => u.GetProperty("unitId").GetGuid() == w.UnitA.Id);
        var ranking = await (await other.GetAsync($"{Form}/2017Q3/ranking")).JsonAsync();
        Assert.DoesNotContain(ranking.GetProperty("rows").EnumerateArray(), u => u.GetProperty("unitId").GetGuid() == w.UnitA.Id);
        Assert.DoesNotContain(w.Tag, ranking.GetProperty("notice").GetString());
        await (await other.PostAsync($"{Form}/2017Q3/close", null)).JsonAsync();
        var ours = await (await (await w.ClientFor(w.Leader)).GetAsync($"{Form}/2017Q3/submissions")).JsonAsync();
        Assert.False(ours.GetProperty("closed").GetBoolean());
        var leaderYear = await (await (await w.ClientFor(w.Leader)).GetAsync($"{Form}/year/2017")).JsonAsync();
        Assert.Equal(2, leaderYear.GetProperty("units").GetArrayLength());
    }
}

[Collection("Sqlite")]
public sealed class ReportOfficeSqlite(SqliteFactory f) : ReportOfficeTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class ReportOfficePostgres(PostgresFactory f) : ReportOfficeTests(f.WithClockReset());

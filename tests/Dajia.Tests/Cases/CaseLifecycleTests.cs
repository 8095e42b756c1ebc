using System.Net;
using System.Net.Http.Json;

namespace Dajia.Tests.Cases;

/// <summary>立案 → pause → extensions → decision → late payment → publication → 结案, with every clock as the rules say.</summary>
public abstract class CaseLifecycleTests(DajiaFactory app)
{
    // Mon 18 Sep 2017, 10:00 in China.
    private static readonly DateTimeOffset Opened = new(2017, 9, 18, 2, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset China(int month, int day) => new(2017, month, day, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_case_runs_from_opening_to_closing_with_its_clocks()
    {
        var t = await CaseTown.CreateAsync(app, Opened);
        var c = await t.OpenAsync(t.LiaisonA);
        Assert.Matches(@"^AJ-2017-\d{4}$", c.GetProperty("number").GetString());
        Assert.Equal("Investigating", c.GetProperty("status").GetString());
        // 90 days from 18 Sep is Sun 17 Dec: a calendar-day limit ending on a rest day moves to Monday.
        Assert.Equal("2017-12-18", c.Clock("case.decision").Due());

        // Recorded within the week it began (a pause reaches at most 7 days back).
        await t.AtAsync(app, China(9, 25));
        c = await (await t.LiaisonA.ActAsync(c, "pause", new { kind = "Testing", from = "2017-09-20", reason = "送检鉴定真伪" })).JsonAsync();
        Assert.Equal("Paused", c.GetProperty("status").GetString());
        Assert.True(c.Clock("case.decision").GetProperty("paused").GetBoolean());

        await t.AtAsync(app, China(10, 9));
        c = await (await t.LiaisonA.ActAsync(c, "resume", new { to = "2017-09-29" })).JsonAsync();
        var decision = c.Clock("case.decision");
        Assert.Equal(10, decision.GetProperty("pausedDays").GetInt32());
        Assert.Equal("2017-12-27", decision.Due());

        // More time is the office's to approve; the rule allows one +30, then only a collective decision.
        await (await t.LiaisonA.ActAsync(c, "extend", new { reason = "案情复杂" })).ProblemAsync(HttpStatusCode.Forbidden);
        c = await (await t.Staff.ActAsync(c, "extend", new { reason = "案情复杂，负责人批准" })).JsonAsync();
        Assert.Equal("2018-01-26", c.Clock("case.decision").Due());
        var refused = await (await t.Staff.ActAsync(c, "extend", new { reason = "再次延长" })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.True(Http.HasChinese(refused.GetProperty("detail").GetString()!));
        Assert.Equal(c.GetProperty("version").GetInt32(), (await t.Staff.GetCaseAsync(c)).GetProperty("version").GetInt32());
        c = await (await t.Staff.ActAsync(c, "extend", new { reason = "负责人集体讨论决定", collective = true, days = 10 })).JsonAsync();
        Assert.Equal("2018-02-05", c.Clock("case.decision").Due());

        await t.AtAsync(app, China(10, 16));
        c = await (await t.LiaisonA.ActAsync(c, "decide", new
        {
            penalties = new[] { "Fine", "没收违法物品" }, fine = 5000m, summary = "罚款5000元，没收假冒牛仔裤120条",
        })).JsonAsync();
        Assert.Equal("Decided", c.GetProperty("status").GetString());
        Assert.Equal("MetOnTime", c.Clock("case.decision").GetProperty("state").GetString());
        Assert.Equal("2017-10-31", c.Clock("case.payment").Due());
        Assert.Equal("2017-11-13", c.Clock("penalty.publish").Due());
        await (await t.LiaisonA.ActAsync(c, "close", new { })).ProblemAsync(HttpStatusCode.Conflict);

        await t.AtAsync(app, China(11, 6));
        c = await (await t.LiaisonA.ActAsync(c, "payment", new { paidOn = "2017-11-03" })).JsonAsync();
        Assert.Equal(450m, c.GetProperty("lateFee").GetDecimal());
        Assert.Equal("MetLate", c.Clock("case.payment").GetProperty("state").GetString());
        c = await (await t.LiaisonA.ActAsync(c, "publish", new { publishedOn = "2017-11-06" })).JsonAsync();
        Assert.Equal("MetOnTime", c.Clock("penalty.publish").GetProperty("state").GetString());
        c = await (await t.LiaisonA.ActAsync(c, "close", new { note = "罚没款已缴清，物品已销毁" })).JsonAsync();
        Assert.Equal("Closed", c.GetProperty("status").GetString());
        Assert.Equal("2017-11-06", c.GetProperty("closedOn").GetString());
        Assert.Empty(c.GetProperty("allowedActions").EnumerateArray());
        var kinds = c.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["Opened", "Paused", "Resumed", "Extended", "Extended", "Notified", "StatementRecorded", "Decided", "Paid",
            "Published", "Closed"], kinds);
    }

    [Fact]
    public async Task The_late_fee_never_exceeds_the_fine()
    {
        var t = await CaseTown.CreateAsync(app, Opened);
        var c = await t.OpenAsync(t.LiaisonA);
        c = await (await t.LiaisonA.ActAsync(c, "decide", new { penalties = new[] { "Fine" }, fine = 1000m, summary = "罚款1000元" }))
            .JsonAsync();
        await t.AtAsync(app, China(12, 29));
        c = await (await t.LiaisonA.ActAsync(c, "payment", new { paidOn = "2017-12-28" })).JsonAsync();
        Assert.Equal(1000m, c.GetProperty("lateFee").GetDecimal());
    }

    [Fact]
    public async Task Steps_the_status_does_not_allow_answer_409_and_change_nothing()
    {
        var t = await CaseTown.CreateAsync(app, Opened);
        var c = await t.OpenAsync(t.LiaisonA);
        foreach (var (action, body) in new (string, object)[]
                 {
                     ("close", new { }), ("payment", new { paidOn = "2017-09-18" }), ("publish", new { }), ("resume", new { }),
                 })
        {
            var problem = await (await t.LiaisonA.ActAsync(c, action, body)).ProblemAsync(HttpStatusCode.Conflict);
            Assert.True(Http.HasChinese(problem.GetProperty("detail").GetString()!), action);
        }
        var after = await t.Staff.GetCaseAsync(c);
        Assert.Equal(c.GetProperty("version").GetInt32(), after.GetProperty("version").GetInt32());
        Assert.Single(after.GetProperty("events").EnumerateArray());
        // No pause on the opening day: the clock counts from the next day (CaseReviewTests).
        // Not yet told of a penalty (行政处罚法第四十四条): notified first, decided after.
        Assert.Equal(["edit", "extend", "notify"],
            after.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()).ToList());

        // A warning alone owes neither payment nor publication; a paused case cannot be decided.
        await t.AtAsync(app, China(9, 20));
        var paused = await (await t.LiaisonA.ActAsync(c, "pause", new { kind = "Hearing", reason = "当事人申请听证" })).JsonAsync();
        await (await t.LiaisonA.ActAsync(paused, "decide", new { penalties = new[] { "Warning" }, summary = "警告" }))
            .ProblemAsync(HttpStatusCode.Conflict);
        var resumed = await (await t.LiaisonA.ActAsync(paused, "resume", new { })).JsonAsync();
        var warned = await (await t.LiaisonA.ActAsync(resumed, "decide", new { penalties = new[] { "Warning" }, summary = "警告" }))
            .JsonAsync();
        Assert.DoesNotContain(warned.GetProperty("clocks").EnumerateArray(),
            x => x.GetProperty("ruleCode").GetString() is not ("case.decision" or "case.statement"));
        await (await t.LiaisonA.ActAsync(warned, "payment", new { })).ProblemAsync(HttpStatusCode.Conflict);
        await (await t.LiaisonA.ActAsync(warned, "publish", new { })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Closed", (await (await t.LiaisonA.ActAsync(warned, "close", new { })).JsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Two_officers_deciding_at_once_leave_exactly_one_decision()
    {
        for (var round = 0; round < 3; round++)
        {
            var t = await CaseTown.CreateAsync(app, Opened);
            var c = await t.OpenAsync(t.LiaisonA);
            var other = await t.W.ClientFor(t.W.LiaisonA);
            var answers = await Task.WhenAll(
                t.LiaisonA.ActAsync(c, "decide", new { penalties = new[] { "Fine" }, fine = 3000m, summary = "罚款3000元" }),
                other.ActAsync(c, "decide", new { penalties = new[] { "Warning" }, summary = "警告" }));
            Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
            await Assert.Single(answers, a => a.StatusCode != HttpStatusCode.OK).ProblemAsync(HttpStatusCode.Conflict);
            var after = await t.Staff.GetCaseAsync(c);
            Assert.Single(after.GetProperty("events").EnumerateArray(), e => e.GetProperty("kind").GetString() == "Decided");
            Assert.Single(after.GetProperty("clocks").EnumerateArray(), x => x.GetProperty("ruleCode").GetString() == "case.decision");
        }
    }

    [Fact]
    public async Task Numbers_are_unique_when_cases_are_opened_at_once()
    {
        var t = await CaseTown.CreateAsync(app, Opened);
        var clients = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => t.W.ClientFor(i % 2 == 0 ? t.W.Staff : t.W.LiaisonA)));
        var answers = await Task.WhenAll(clients.Select(c => c.PostAsJsonAsync("/api/cases", t.Body())));
        var numbers = new List<string>();
        foreach (var a in answers) numbers.Add((await a.JsonAsync(HttpStatusCode.Created)).GetProperty("number").GetString()!);
        Assert.Equal(6, numbers.Distinct().Count());
    }
}

[Collection("Sqlite")]
public sealed class CaseLifecycleSqlite(SqliteFactory f) : CaseLifecycleTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class CaseLifecyclePostgres(PostgresFactory f) : CaseLifecycleTests(f.WithClockReset());

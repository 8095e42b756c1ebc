using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dajia.Web.Data;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Cases;
using Dajia.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Cases;

/// <summary>
/// The case's stored nearest running due instant (<c>NextDueAt</c>) equals what its clocks say after every move, the
/// overdue view built on it keeps its scope and its rules, and cases stored before it get it on start.
/// </summary>
public abstract class CaseNextDueTests(DajiaFactory app)
{
    // Mon 18 Sep 2017, 10:00 in China.
    private static readonly DateTimeOffset Opened = new(2017, 9, 18, 2, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset China(int month, int day) => new(2017, month, day, 2, 0, 0, TimeSpan.Zero);

    /// <summary>The end of a due day in China, as a clock's DueAt.</summary>
    private static DateTimeOffset EndOf(int year, int month, int day) => new(year, month, day, 16, 0, 0, TimeSpan.Zero);

    /// <summary>Asserts the stored value is the one computed from the case's clocks now, and answers it.</summary>
    private Task<DateTimeOffset?> InStepAsync(JsonElement c) => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var id = c.GetProperty("id").GetGuid();
        var stored = await db.Unscoped<EnforcementCase>().Where(x => x.Id == id).Select(x => x.NextDueAt).SingleAsync();
        // The transfer's clocks (移送公安) are the case's duty too.
        var transfers = db.Unscoped<PoliceTransfer>().Where(x => x.CaseId == id).Select(x => x.Id);
        var clocks = await db.Unscoped<Deadline>().Where(d => (d.SubjectType == DeadlineSubjects.Case && d.SubjectId == id)
                || (d.SubjectType == DeadlineSubjects.PoliceTransfer && transfers.Contains(d.SubjectId)))
            .Include(d => d.Pauses).ToListAsync();
        // The party's 陈述申辩期 is not the office's to meet: never the case's next due.
        Assert.Equal(clocks.Where(d => d.IsOpen && !d.IsPaused && d.RuleCode != RuleCodes.CaseStatement)
            .Select(d => (DateTimeOffset?)d.DueAt).Min(), stored);
        return stored;
    });

    private static async Task<string[]> OverdueAsync(HttpClient client, string more = "")
    {
        var page = await (await client.GetAsync("/api/cases?overdue=true" + more)).JsonAsync();
        var numbers = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()!).ToArray();
        Assert.Equal(numbers.Length, page.GetProperty("total").GetInt32());
        return numbers;
    }

    private static string N(JsonElement c) => c.GetProperty("number").GetString()!;

    /// <summary>Unit B's two officers (a case needs two): the town's one and another.</summary>
    private static async Task<Guid[]> OfficersBAsync(CaseTown t)
    {
        var body = new { unitId = t.W.UnitB.Id, name = "吴执法", certificateNumber = "B2" + t.W.Tag };
        var other = await (await t.Staff.PostAsJsonAsync("/api/officers", body)).JsonAsync(HttpStatusCode.Created);
        return [t.OfficerB, other.GetProperty("id").GetGuid()];
    }

    [Fact]
    public async Task Every_move_of_a_case_keeps_its_nearest_running_due_instant_in_step()
    {
        var t = await CaseTown.CreateAsync(app, Opened);
        var c = await t.OpenAsync(t.LiaisonA);
        Assert.Equal(EndOf(2017, 12, 18), await InStepAsync(c));
        // A hand-over to another unit moves the clocks' duty, not their due dates.
        c = await (await t.Staff.SendIfMatchAsync(HttpMethod.Put, $"/api/cases/{c.GetProperty("id").GetGuid()}",
            new { handlingUnitId = t.W.UnitB.Id, officerIds = await OfficersBAsync(t) }, c.GetProperty("version").GetInt32())).JsonAsync();
        Assert.Equal(EndOf(2017, 12, 18), await InStepAsync(c));
        c = await (await t.Staff.SendIfMatchAsync(HttpMethod.Put, $"/api/cases/{c.GetProperty("id").GetGuid()}",
            new { handlingUnitId = t.W.UnitA.Id, officerIds = t.OfficersA }, c.GetProperty("version").GetInt32())).JsonAsync();

        await t.AtAsync(app, China(9, 25));
        c = await (await t.LiaisonA.ActAsync(c, "pause", new { kind = "Testing", from = "2017-09-20", reason = "送检鉴定真伪" })).JsonAsync();
        Assert.Null(await InStepAsync(c));
        await t.AtAsync(app, China(10, 9));
        c = await (await t.LiaisonA.ActAsync(c, "resume", new { to = "2017-09-29" })).JsonAsync();
        Assert.Equal(EndOf(2017, 12, 27), await InStepAsync(c));
        c = await (await t.Staff.ActAsync(c, "extend", new { reason = "案情复杂，负责人批准" })).JsonAsync();
        Assert.Equal(EndOf(2018, 1, 26), await InStepAsync(c));
        c = await (await t.Staff.ActAsync(c, "extend", new { reason = "负责人集体讨论决定", collective = true, days = 10 })).JsonAsync();
        Assert.Equal(EndOf(2018, 2, 5), await InStepAsync(c));

        // A refused step changes nothing, the stored value neither.
        await (await t.LiaisonA.ActAsync(c, "close", new { })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(EndOf(2018, 2, 5), await InStepAsync(c));

        // The notice's 陈述申辩期 (due sooner, 13 Oct) leaves the stored value at the decision clock's; it runs out unanswered.
        await t.AtAsync(app, China(10, 10));
        c = await (await t.LiaisonA.ActAsync(c, "notify", new { penalties = new[] { "Fine" }, fine = 5000m, text = "拟罚款5000元" }))
            .JsonAsync();
        Assert.Equal(EndOf(2018, 2, 5), await InStepAsync(c));

        await t.AtAsync(app, China(10, 16));
        c = await (await t.LiaisonA.ActAsync(c, "decide", new { penalties = new[] { "Fine" }, fine = 5000m, summary = "罚款5000元" }))
            .JsonAsync();
        // Payment (15 days) comes before publication (20 working days).
        Assert.Equal(EndOf(2017, 10, 31), await InStepAsync(c));
        await t.AtAsync(app, China(11, 6));
        c = await (await t.LiaisonA.ActAsync(c, "payment", new { paidOn = "2017-11-03" })).JsonAsync();
        Assert.Equal(EndOf(2017, 11, 13), await InStepAsync(c));
        // Publication stays owed after closing.
        c = await (await t.LiaisonA.ActAsync(c, "close", new { note = "罚没款已缴清" })).JsonAsync();
        Assert.Equal(EndOf(2017, 11, 13), await InStepAsync(c));
        c = await (await t.LiaisonA.ActAsync(c, "publish", new { publishedOn = "2017-11-06" })).JsonAsync();
        Assert.Null(await InStepAsync(c));
    }

    [Fact]
    public async Task A_transferred_case_keeps_it_in_step_through_every_transfer_step_and_its_closing()
    {
        var t = await CaseTown.CreateAsync(app, Opened);
        var c = await t.OpenAsync(t.Staff, new { caseValue = 60_000m });
        var id = c.GetProperty("id").GetGuid();
        await (await t.Staff.PostAsJsonAsync($"/api/cases/{id}/transfer", new { police = "中山市公安局大涌分局", note = "案值六万元" }))
            .JsonAsync(HttpStatusCode.Created);
        // The head's 3 days (Thu 21 Sep) come before the decision's 90.
        Assert.Equal(EndOf(2017, 9, 21), await InStepAsync(c));
        var head = await t.W.ClientFor(t.W.Admin);
        foreach (var (step, body, due) in new (string, object, DateTimeOffset)[]
                 {
                     ("approve", new { note = "同意移送" }, Opened.AddHours(24)), ("hand-over", new { note = "移送书已送达" }, EndOf(2017, 9, 21)),
                     ("police-decision", new { accepted = true, note = "立案决定书" }, EndOf(2017, 9, 21)),
                 })
        {
            await TransferStepAsync(step == "approve" ? head : t.Staff, id, step, body);
            Assert.Equal(due, await InStepAsync(c));
        }
        c = await t.Staff.GetCaseAsync(c);
        c = await (await t.Staff.ActAsync(c, "close-transferred", new { note = "公安机关已立案侦查，本案结案" })).JsonAsync();
        // Closed, the case still owes the police its goods: that clock stays its next due until they are handed over.
        Assert.Equal(EndOf(2017, 9, 21), await InStepAsync(c));
        await TransferStepAsync(t.Staff, id, "hand-over-exhibits", new { note = "移交清单" });
        Assert.Null(await InStepAsync(c));
    }

    /// <summary>Records a transfer step at its current version (the head's approval: the office's, not the reporter's).</summary>
    private static async Task<JsonElement> TransferStepAsync(HttpClient by, Guid id, string step, object body)
    {
        var view = await (await by.GetAsync($"/api/cases/{id}/transfer")).JsonAsync();
        return await (await by.SendIfMatchAsync(HttpMethod.Post, $"/api/cases/{id}/transfer/{step}", body,
            view.GetProperty("transfer").GetProperty("version").GetInt32())).JsonAsync();
    }

    [Fact]
    public async Task A_late_transfer_clock_puts_the_case_in_the_overdue_view_and_a_refusal_on_review_opens_no_new_term()
    {
        var t = await CaseTown.CreateAsync(app, Opened);
        var c = await t.OpenAsync(t.Staff, new { caseValue = 60_000m });
        var id = c.GetProperty("id").GetGuid();
        await (await t.Staff.PostAsJsonAsync($"/api/cases/{id}/transfer", new { police = "中山市公安局大涌分局", note = "案值六万元" }))
            .JsonAsync(HttpStatusCode.Created);
        await TransferStepAsync(await t.W.ClientFor(t.W.Admin), id, "approve", new { note = "同意移送" });
        await TransferStepAsync(t.Staff, id, "hand-over", new { note = "移送书已送达" });
        await TransferStepAsync(t.Staff, id, "police-decision", new { accepted = false, note = "不予立案通知书" });
        Assert.Equal(EndOf(2017, 9, 21), await InStepAsync(c));

        // Mon 25 Sep: the 3 days to ask for reconsideration ran out on Thursday; the decision's 90 days still run.
        await t.AtAsync(app, China(9, 25));
        Assert.Equal([N(c)], await OverdueAsync(t.Staff));
        Assert.Equal([N(c)], await OverdueAsync(t.LiaisonA));
        var row = (await (await t.Staff.GetAsync("/api/cases?overdue=true")).JsonAsync()).GetProperty("items")[0];
        Assert.Equal("不予立案的复议申请", row.GetProperty("dueRule").GetString());
        Assert.Equal("2017-09-21", row.GetProperty("dueOn").GetString());
        var page = await Pages.SignInAsync(app, t.W.Staff);
        var list = await (await page.GetAsync("/Cases?overdue=true")).Content.ReadAsStringAsync();
        Assert.Contains(N(c), list);
        Assert.Contains("不予立案的复议申请", list);

        // Asked late: the police's 复议决定 has its own 3 days; kept refused, there is nothing left to ask, so no term opens.
        await TransferStepAsync(t.Staff, id, "reconsider", new { note = "销售金额已达标准，提请复议" });
        Assert.Equal(EndOf(2017, 9, 28), await InStepAsync(c));
        Assert.Empty(await OverdueAsync(t.Staff));
        var kept = await TransferStepAsync(t.Staff, id, "police-decision", new { accepted = false, note = "复议决定维持不予立案" });
        Assert.Equal(["accept-refusal"], kept.GetProperty("nextSteps").EnumerateArray().Select(s => s.GetString()));
        var steps = kept.GetProperty("steps").EnumerateArray().ToList();
        Assert.True(steps[^1].GetProperty("review").GetBoolean());
        Assert.False(steps[^3].GetProperty("review").GetBoolean());
        Assert.Equal(EndOf(2017, 12, 18), await InStepAsync(c));
        var clocks = (await (await t.Staff.GetAsync($"/api/cases/{id}/transfer")).JsonAsync()).GetProperty("deadlines")
            .EnumerateArray().ToList();
        Assert.Single(clocks, d => d.GetProperty("ruleCode").GetString() == RuleCodes.TransferReconsider);
        Assert.Single(clocks, d => d.GetProperty("ruleCode").GetString() == RuleCodes.TransferPoliceDecision);
        Assert.NotEqual(JsonValueKind.Null,
            clocks.Single(d => d.GetProperty("ruleCode").GetString() == RuleCodes.TransferReview).GetProperty("metAt").ValueKind);
        var shown = await (await page.GetAsync($"/Cases/{id}")).Content.ReadAsStringAsync();
        Assert.Contains("公安机关复议决定：维持不予立案", shown);
        Assert.Contains("公安机关复议决定</td>", shown);
    }

    [Fact]
    public async Task The_overdue_view_leaves_out_paused_clocks_lists_a_case_late_twice_once_and_keeps_its_scope()
    {
        var t = await CaseTown.CreateAsync(app, Opened);
        var paused = await t.OpenAsync(t.Staff);
        var fined = await t.OpenAsync(t.Staff);
        var unitB = await t.OpenAsync(t.Staff, new { handlingUnitId = t.W.UnitB.Id, officerIds = await OfficersBAsync(t) });
        var elsewhere = await CaseTown.CreateAsync(app, Opened);
        var other = await elsewhere.OpenAsync(elsewhere.Staff);
        await t.AtAsync(app, China(9, 20));
        await (await t.Staff.ActAsync(paused, "pause", new { kind = "Appraisal", from = "2017-09-19", reason = "委托鉴定" })).JsonAsync();
        await (await t.Staff.ActAsync(fined, "decide", new { penalties = new[] { "Fine" }, fine = 1000m, summary = "罚款1000元" }))
            .JsonAsync();

        // A year on: the fine is neither paid nor published, unit B's and the other town's cases are past their 90 days.
        await t.AtAsync(app, new DateTimeOffset(2018, 9, 18, 2, 0, 0, TimeSpan.Zero));
        Assert.Equal([N(unitB), N(fined)], await OverdueAsync(t.Staff));
        Assert.Equal([N(fined)], await OverdueAsync(t.LiaisonA));
        Assert.Equal([N(unitB)], await OverdueAsync(t.Staff, $"&unitId={t.W.UnitB.Id}"));
        Assert.Equal([N(unitB)], await OverdueAsync(await t.W.ClientFor(t.W.LiaisonB)));
        Assert.Equal([N(fined)], await OverdueAsync(t.Staff, "&status=Decided"));
        Assert.Empty(await OverdueAsync(t.Staff, "&status=Paused"));
        var page = await (await t.Staff.GetAsync("/api/cases?overdue=true&page=2&pageSize=1")).JsonAsync();
        Assert.Equal(2, page.GetProperty("total").GetInt32());
        Assert.Equal(N(fined), N(page.GetProperty("items").EnumerateArray().Single()));
        await elsewhere.AtAsync(app, app.Clock.Now);
        Assert.Equal([N(other)], await OverdueAsync(elsewhere.Staff));

        // Resumed, the paused case is late too (its 90 days plus the paused ones are long gone).
        var resumed = await t.Staff.GetCaseAsync(paused);
        await (await t.Staff.ActAsync(resumed, "resume", new { to = "2017-10-18" })).JsonAsync();
        Assert.Equal([N(unitB), N(fined), N(paused)], await OverdueAsync(t.Staff));
    }

    [Fact]
    public async Task Cases_stored_before_it_existed_get_it_on_start()
    {
        var t = await CaseTown.CreateAsync(app, Opened);
        var c = await t.OpenAsync(t.Staff);
        var id = c.GetProperty("id").GetGuid();
        // A transferred case stored when only its own clocks counted: the decision's 90 days, not the head's 3.
        var transferred = await t.OpenAsync(t.Staff, new { caseValue = 60_000m });
        var tid = transferred.GetProperty("id").GetGuid();
        await (await t.Staff.PostAsJsonAsync($"/api/cases/{tid}/transfer", new { police = "中山市公安局大涌分局", note = "案值六万元" }))
            .JsonAsync(HttpStatusCode.Created);
        var old = EndOf(2017, 12, 18);
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"Cases\" SET \"NextDueAt\" = NULL WHERE \"Id\" = {id}");
            await db.Unscoped<EnforcementCase>().Where(x => x.Id == tid).ExecuteUpdateAsync(s => s.SetProperty(x => x.NextDueAt, old));
            await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM \"Counters\" WHERE \"Key\" = {CaseNextDueUpgrade.Key}");
            return 0;
        });
        // 1 Dec 2017: by the old values only nothing is late; the head's 3 days ran out in September.
        await t.AtAsync(app, new DateTimeOffset(2017, 12, 1, 2, 0, 0, TimeSpan.Zero));
        Assert.Empty(await OverdueAsync(t.Staff));
        Assert.True(await app.InScopeAsync(sp => CaseNextDueUpgrade.RunAsync(sp.GetRequiredService<AppDbContext>())) >= 1);
        Assert.Equal(EndOf(2017, 12, 18), await InStepAsync(c));
        Assert.Equal(EndOf(2017, 9, 21), await InStepAsync(transferred));
        Assert.Equal([N(transferred)], await OverdueAsync(t.Staff));
        await t.AtAsync(app, new DateTimeOffset(2018, 9, 18, 2, 0, 0, TimeSpan.Zero));
        Assert.Equal([N(transferred), N(c)], await OverdueAsync(t.Staff));
        Assert.Equal(0, await app.InScopeAsync(sp => CaseNextDueUpgrade.RunAsync(sp.GetRequiredService<AppDbContext>())));
    }
}

[Collection("Sqlite")]
public sealed class CaseNextDueSqlite(SqliteFactory f) : CaseNextDueTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class CaseNextDuePostgres(PostgresFactory f) : CaseNextDueTests(f.WithClockReset());

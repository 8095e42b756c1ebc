using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dajia.Web.Data;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Campaigns;
using Dajia.Web.Features.Campaigns;
using Dajia.Web.Features.Deadlines;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Deadlines;

/// <summary>
/// The one home of due dates: a plan's dates are each member unit's deadlines, moved with the plan in its own save;
/// 附件1's status is read from them; clue steps start, meet, hand over and end deadlines as the event table says.
/// </summary>
public abstract class DeadlineHomeTests(DajiaFactory app)
{
    private static object Plan(int year, string title, string liaisonDue, int[] months) => new
    {
        year, title, goals = "目标", tasks = "任务", fullText = "全文 " + title, liaisonTableDueOn = liaisonDue,
        quarterlyReportDueDay = 25, quarterlyReportMonths = months, annualSummaryDueOn = $"{year}-12-10",
    };

    private Task<List<Deadline>> DeadlinesOfAsync(Guid jurisdictionId) =>
        app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Deadlines.Include(d => d.History)
            .Where(d => d.JurisdictionId == jurisdictionId).ToListAsync());

    private static string? Status(JsonElement overview, Guid unitId) =>
        overview.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unitId").GetGuid() == unitId)
            .GetProperty("status").GetString();

    [Fact]
    public async Task A_plans_dates_are_each_member_units_deadlines_and_move_end_and_start_with_the_plan()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 1, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        var plan = await (await staff.PostAsJsonAsync("/api/campaigns", Plan(2017, "方案", "2017-09-19", [3, 6, 9, 12])))
            .JsonAsync(HttpStatusCode.Created);
        var id = plan.GetProperty("id").GetGuid();

        var all = await DeadlinesOfAsync(w.Town.Id);
        foreach (var unit in new[] { w.UnitA.Id, w.UnitB.Id })
        {
            var mine = all.Where(d => d.ResponsibleUnitId == unit).ToList();
            Assert.Equal(new DateOnly(2017, 9, 19), mine.Single(d => d.RuleCode == RuleCodes.LiaisonTable).DueOn);
            Assert.Equal(["2017-Q1", "2017-Q2", "2017-Q3", "2017-Q4"],
                mine.Where(d => d.RuleCode == RuleCodes.QuarterlyReport).Select(d => d.Period).Order());
            Assert.Equal(new DateOnly(2017, 9, 25), mine.Single(d => d.Period == "2017-Q3").DueOn);
            Assert.Equal(new DateOnly(2017, 12, 10), mine.Single(d => d.RuleCode == RuleCodes.AnnualSummary).DueOn);
            Assert.All(mine.Where(d => d.RuleCode != RuleCodes.LiaisonTable), d => Assert.Equal(id, d.SubjectId));
        }
        Assert.DoesNotContain(all, d => d.ResponsibleUnitId == w.Office.Id || d.ResponsibleUnitId == null);
        Assert.Equal(2 * 6, all.Count);

        // Two report months fewer and a later 附件1 date: the dropped quarters end, 附件1 moves, nothing new is doubled.
        await (await staff.PutAsJsonAsync($"/api/campaigns/{id}", Plan(2017, "方案", "2017-09-22", [6, 12]))).JsonAsync();
        all = await DeadlinesOfAsync(w.Town.Id);
        Assert.Equal(2 * 6, all.Count);
        var liaison = all.Where(d => d.RuleCode == RuleCodes.LiaisonTable).ToList();
        Assert.All(liaison, d => Assert.Equal(new DateOnly(2017, 9, 22), d.DueOn));
        Assert.All(liaison, d =>
            Assert.Contains(d.History, h => h.Kind == DeadlineChangeKind.Moved && h.DueBefore == new DateOnly(2017, 9, 19)));
        Assert.Equal(4, all.Count(d => d.Period is "2017-Q1" or "2017-Q3" && d.EndedAt is not null));
        Assert.Equal(4, all.Count(d => d.Period is "2017-Q2" or "2017-Q4" && d.IsOpen));
        var overview = await (await staff.GetAsync("/api/liaison-tables/2017")).JsonAsync();
        Assert.Equal("2017-09-22", overview.GetProperty("dueOn").GetString());

        // The liaison-table page moves the same date, and the plan follows it: one date, not two.
        await (await staff.PutAsJsonAsync("/api/liaison-tables/2017", new { dueOn = "2017-09-26" })).JsonAsync();
        Assert.Equal("2017-09-26",
            (await (await staff.GetAsync("/api/campaigns/2017")).JsonAsync()).GetProperty("liaisonTableDueOn").GetString());
        Assert.All((await DeadlinesOfAsync(w.Town.Id)).Where(d => d.RuleCode == RuleCodes.LiaisonTable),
            d => Assert.Equal(new DateOnly(2017, 9, 26), d.DueOn));
    }

    [Fact]
    public async Task Liaison_table_status_is_the_units_deadline_on_time_late_or_missing_and_follows_a_moved_date()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 1, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        await (await staff.PostAsJsonAsync("/api/campaigns", Plan(2017, "方案", "2017-09-19", [12]))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("Pending", Status(await (await staff.GetAsync("/api/liaison-tables/2017")).JsonAsync(), w.UnitA.Id));

        app.Clock.Now = new DateTimeOffset(2017, 9, 20, 2, 0, 0, TimeSpan.Zero); // the day after
        staff = await w.ClientFor(w.Staff); // signed in again: the earlier token has expired by now
        await (await (await w.ClientFor(w.LiaisonA)).PostAsync($"/api/units/{w.UnitA.Id}/liaison-submission?year=2017", null)).JsonAsync();
        var overview = await (await staff.GetAsync("/api/liaison-tables/2017")).JsonAsync();
        Assert.Equal("Late", Status(overview, w.UnitA.Id));
        Assert.Equal("Missing", Status(overview, w.UnitB.Id));
        var a = (await DeadlinesOfAsync(w.Town.Id)).Single(d => d.RuleCode == RuleCodes.LiaisonTable && d.ResponsibleUnitId == w.UnitA.Id);
        Assert.Equal(app.Clock.Now, a.MetAt);

        // The office gives everyone until the 22nd: A's submission is now on time and B is pending again.
        await (await staff.PutAsJsonAsync("/api/liaison-tables/2017", new { dueOn = "2017-09-22" })).JsonAsync();
        overview = await (await staff.GetAsync("/api/liaison-tables/2017")).JsonAsync();
        Assert.Equal("OnTime", Status(overview, w.UnitA.Id));
        Assert.Equal("Pending", Status(overview, w.UnitB.Id));
    }

    [Fact]
    public async Task A_save_that_fails_leaves_neither_the_plan_nor_any_deadline_half_changed()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 1, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        var id = (await (await staff.PostAsJsonAsync("/api/campaigns", Plan(2017, "方案", "2017-09-19", [9])))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var before = (await DeadlinesOfAsync(w.Town.Id)).Select(d => (d.Id, d.DueOn, d.EndedAt)).Order().ToList();

        // The plan's dates and its deadlines are changed on one context; someone else saves the plan first, so the
        // one SaveChanges is refused as a whole.
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var plan = await db.Campaigns.SingleAsync(c => c.Id == id);
        await (await staff.PutAsJsonAsync($"/api/campaigns/{id}", Plan(2017, "方案（修订）", "2017-09-19", [9]))).JsonAsync();
        plan.Update(new CampaignDetails(2017, "方案", null, null, "目标", "任务", "全文", null, new DateOnly(2017, 10, 9), 25, [6],
            new DateOnly(2017, 12, 10), null, null, null, null));
        await scope.ServiceProvider.GetRequiredService<PlanDeadlines>().SyncAsync(plan, new DateOnly(2017, 9, 19));
        Assert.Contains(db.ChangeTracker.Entries<Deadline>(), e => e.State == EntityState.Added);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());

        var after = (await DeadlinesOfAsync(w.Town.Id)).Select(d => (d.Id, d.DueOn, d.EndedAt)).Order().ToList();
        Assert.Equal(before, after);
        Assert.Equal("2017-09-19", (await (await staff.GetAsync("/api/liaison-tables/2017")).JsonAsync()).GetProperty("dueOn").GetString());
    }

    [Fact]
    public async Task Each_clue_step_starts_meets_hands_over_or_ends_deadlines_as_the_event_table_says()
    {
        app.Clock.Now = new DateTimeOffset(2021, 3, 1, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        await app.CreateClient().ReportAsync(new
        {
            kind = "Report", description = $"假冒运动鞋 {w.Tag}", anonymous = false, informantName = "陈某",
            informantMobile = "13912345678", jurisdictionId = w.Town.Id,
        });
        var staff = await w.ClientFor(w.Staff);
        var id = await staff.FindClueAsync(w.Tag);
        async Task<List<Deadline>> Of() => (await DeadlinesOfAsync(w.Town.Id)).Where(d => d.SubjectId == id).ToList();
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/accept", new { })).JsonAsync();

        await (await staff.PostAsJsonAsync($"/api/clues/{id}/assign", new { unitId = w.UnitA.Id })).JsonAsync();
        Assert.Equal(w.UnitA.Id, (await Of()).Single(d => d.RuleCode == RuleCodes.ClueVerify).ResponsibleUnitId);
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/assign", new { unitId = w.UnitB.Id })).JsonAsync();
        Assert.Equal(w.UnitB.Id, (await Of()).Single(d => d.RuleCode == RuleCodes.ClueVerify).ResponsibleUnitId);
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/pullback", new { reason = "改由打假办处理" })).JsonAsync();
        Assert.Null((await Of()).Single(d => d.RuleCode == RuleCodes.ClueVerify).ResponsibleUnitId);
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/assign", new { unitId = w.UnitA.Id })).JsonAsync();
        var verify = (await Of()).Single(d => d.RuleCode == RuleCodes.ClueVerify); // handed over again, not started twice
        Assert.Equal(w.UnitA.Id, verify.ResponsibleUnitId);

        var a = await w.ClientFor(w.LiaisonA);
        await (await a.PostAsJsonAsync($"/api/clues/{id}/take", new { })).JsonAsync();
        await (await a.PostAsJsonAsync($"/api/clues/{id}/verify", new { result = "True", notes = "查获假冒运动鞋" })).JsonAsync();
        // Found true: the 立案 decision is still owed, so the clock stays open until a case or the closing.
        Assert.True((await Of()).Single(d => d.RuleCode == RuleCodes.ClueVerify).IsOpen);
        // Telling the informant is the office's duty, though the unit's verification started it.
        var notify = (await Of()).Single(d => d.RuleCode == RuleCodes.InformantNotify);
        Assert.True(notify.IsOpen);
        Assert.Null(notify.ResponsibleUnitId);

        // Closing waits for the duty to the informant: refused until they were told, and nothing stays open afterwards.
        var close = new { notes = "办结", publicOutcome = "经核查，您反映的问题属实，已依法查处。" };
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/close", close)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.True((await Of()).Single(d => d.RuleCode == RuleCodes.InformantNotify).IsOpen);
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/notify", new { how = "电话告知" })).JsonAsync();
        var closed = await (await staff.PostAsJsonAsync($"/api/clues/{id}/close", close)).JsonAsync();
        Assert.All(closed.GetProperty("deadlines").EnumerateArray(), d => Assert.Equal("MetOnTime", d.GetProperty("state").GetString()));
        Assert.DoesNotContain(await Of(), d => d.IsOpen);
    }

    [Fact]
    public async Task Merging_a_pulled_back_clue_meets_the_complaint_decision_and_ends_its_verification()
    {
        app.Clock.Now = new DateTimeOffset(2021, 3, 1, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var reporter = app.CreateClient();
        await reporter.ReportAsync(
            new { kind = "Report", description = $"原线索 {w.Tag}", anonymous = true, jurisdictionId = w.Town.Id });
        var staff = await w.ClientFor(w.Staff);
        var original = await staff.FindClueAsync(w.Tag);
        var tag2 = w.Tag + "b";
        await reporter.ReportAsync(
            new { kind = "Report", description = $"重复线索 {tag2}", anonymous = true, jurisdictionId = w.Town.Id });
        var id = await staff.FindClueAsync(tag2);
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/accept", new { })).JsonAsync();
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/assign", new { unitId = w.UnitA.Id })).JsonAsync();
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/pullback", new { reason = "与原线索重复" })).JsonAsync();
        var merged = await (await staff.PostAsJsonAsync($"/api/clues/{id}/duplicate", new { duplicateOfId = original })).JsonAsync();
        Assert.Equal("Duplicate", merged.GetProperty("status").GetString());
        var verify = (await DeadlinesOfAsync(w.Town.Id)).Single(d => d.SubjectId == id && d.RuleCode == RuleCodes.ClueVerify);
        Assert.NotNull(verify.EndedAt);
        Assert.Null(verify.MetAt);
        Assert.Equal("Ended", merged.GetProperty("deadlines").EnumerateArray()
            .Single(d => d.GetProperty("ruleCode").GetString() == RuleCodes.ClueVerify).GetProperty("state").GetString());
    }

    [Fact]
    public async Task The_public_plan_is_the_named_towns_and_two_towns_in_one_year_are_never_picked_at_random()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 1, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var n = await w.NeighbourAsync();
        var year = 2040 + Math.Abs(w.Tag.GetHashCode() % 50);
        foreach (var (world, title) in new[] { (w, $"甲镇方案{w.Tag}"), (n, $"乙镇方案{n.Tag}") })
        {
            var staff = await world.ClientFor(world.Staff);
            var id = (await (await staff.PostAsJsonAsync("/api/campaigns", Plan(year, title, $"{year}-09-19", [12])))
                .JsonAsync(HttpStatusCode.Created))
                .GetProperty("id").GetGuid();
            await (await staff.PostAsync($"/api/campaigns/{id}/publish", null)).JsonAsync();
        }
        var anonymous = app.CreateClient();
        var unnamed = await (await anonymous.GetAsync($"/api/public/campaigns/{year}")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Single(unnamed.ErrorsFor("jurisdictionId"));
        var first = await (await anonymous.GetAsync($"/api/public/campaigns/{year}?jurisdictionId={w.Town.Id}")).JsonAsync();
        Assert.Equal($"甲镇方案{w.Tag}", first.GetProperty("title").GetString());
        Assert.Equal(w.Town.Name, first.GetProperty("town").GetString());
        var second = await (await anonymous.GetAsync($"/api/public/campaigns/{year}?jurisdictionId={n.Town.Id}")).JsonAsync();
        Assert.Equal($"乙镇方案{n.Tag}", second.GetProperty("title").GetString());

        var choose = await (await anonymous.GetAsync($"/Plan/{year}")).Content.ReadAsStringAsync();
        Assert.Contains($"/Plan/{year}?town={w.Town.Id}", choose);
        Assert.Contains($"/Plan/{year}?town={n.Town.Id}", choose);
        Assert.DoesNotContain("全文", choose);
        var page = await (await anonymous.GetAsync($"/Plan/{year}?town={n.Town.Id}")).Content.ReadAsStringAsync();
        Assert.Contains($"乙镇方案{n.Tag}", page);
        Assert.Contains(n.Town.Name, page);
        Assert.DoesNotContain($"甲镇方案{w.Tag}", page);
    }
}

/// <summary>The event table itself: every event has its reactions, and every rule it names is one the rule table has.</summary>
public sealed class DeadlineEventTableTests
{
    [Fact]
    public void Every_event_reacts_and_names_only_seeded_rules()
    {
        var seeded = Dajia.Web.Data.Calendar.DeadlineRuleSeed.Rules().Select(r => r.Code).ToHashSet();
        foreach (var e in Enum.GetValues<DeadlineEvent>())
        {
            Assert.True(DeadlineEvents.Table.TryGetValue(e, out var reactions) && reactions.Length > 0, $"{e} has no reactions");
            Assert.All(reactions.Where(r => r.RuleCode is not null), r => Assert.Contains(r.RuleCode!, seeded));
            Assert.All(reactions.Where(r => r.Effect == DeadlineEffect.StartOnce), r => Assert.NotNull(r.RuleCode));
        }
        Assert.All(seeded.Where(c => c.StartsWith("plan.")), c => Assert.Equal(TimeUnit.FixedDate,
            Dajia.Web.Data.Calendar.DeadlineRuleSeed.Rules().First(r => r.Code == c).TimeUnit));
    }
}

[Collection("Sqlite")]
public sealed class DeadlineHomeSqlite(SqliteFactory f) : DeadlineHomeTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class DeadlineHomePostgres(PostgresFactory f) : DeadlineHomeTests(f.WithClockReset());

using Dajia.Web.Data;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Campaigns;
using Dajia.Web.Domain.LiaisonTables;
using Dajia.Web.Domain.Units;
using Dajia.Web.Features.Calendar;

namespace Dajia.Web.Features.Deadlines;

/// <summary>
/// The plan's dated duties as deadlines: one per active member unit for 附件1 (subject: the year's liaison-table round),
/// each quarterly report and the annual summary (subject: the plan). Started, moved or ended on the caller's context,
/// so they are stored by the same SaveChanges as the plan's change.
/// </summary>
public sealed class PlanDeadlines(
    AppDbContext db, DeadlineService deadlines, CalendarStore calendars, TimeProvider time, IStringLocalizer<SharedResource> l)
{
    private static readonly string[] ReportRules = [RuleCodes.QuarterlyReport, RuleCodes.AnnualSummary];
    private static readonly string[] LiaisonRules = [RuleCodes.LiaisonTable];

    private sealed record Duty(string Rule, string Period, Guid Unit, DateOnly Due)
    {
        public bool Matches(Deadline d) => d.RuleCode == Rule && d.Period == Period && d.ResponsibleUnitId == Unit;
    }

    /// <summary>
    /// After a plan was created or edited. Its 附件1 date opens or moves the year's round; a plan without one leaves the
    /// round alone, unless it had one a moment ago (<paramref name="liaisonDueBefore"/>): then the round's duties end.
    /// </summary>
    public async Task SyncAsync(Campaign c, DateOnly? liaisonDueBefore, CancellationToken ct = default)
    {
        var units = await MemberUnitsAsync(c.JurisdictionId, ct);
        var duties = c.Duties(await calendars.GetAsync(ct)).ToList();
        var reports = duties.Where(d => d.RuleCode != RuleCodes.LiaisonTable)
            .SelectMany(d => units.Select(u => new Duty(d.RuleCode, d.Period, u, d.Due))).ToList();
        await SyncAsync(DeadlineSubjects.Campaign, c.Id, c.JurisdictionId, reports, ReportRules, [], ct);
        if (c.LiaisonTableDueOn is not null || liaisonDueBefore is not null)
            await SyncRoundAsync(c.JurisdictionId, c.Year, c.LiaisonTableDueOn, units, ct);
    }

    /// <summary>
    /// The office sets the year's 附件1 date on the liaison-table page: the round opens or its duties move, and the
    /// year's plan (if there is one) keeps the same date, so the two never disagree.
    /// </summary>
    public async Task<LiaisonTable> SetLiaisonTableDueAsync(Guid jurisdictionId, int year, DateOnly dueOn, CancellationToken ct = default)
    {
        var plan = await db.Unscoped<Campaign>().FirstOrDefaultAsync(c => c.JurisdictionId == jurisdictionId && c.Year == year, ct);
        plan?.SetLiaisonTableDueOn(dueOn);
        return (await SyncRoundAsync(jurisdictionId, year, dueOn, await MemberUnitsAsync(jurisdictionId, ct), ct))!;
    }

    private async Task<LiaisonTable?> SyncRoundAsync(Guid jurisdictionId, int year, DateOnly? due, List<Guid> units, CancellationToken ct)
    {
        var table = db.ChangeTracker.Entries<LiaisonTable>().Select(e => e.Entity)
                .FirstOrDefault(t => t.JurisdictionId == jurisdictionId && t.Year == year)
            ?? await db.Unscoped<LiaisonTable>().Include(t => t.Submissions)
                .FirstOrDefaultAsync(t => t.JurisdictionId == jurisdictionId && t.Year == year, ct);
        if (table is null && due is null) return null;
        if (table is null) db.Add(table = new LiaisonTable(jurisdictionId, year));
        var wanted = due is { } d ? units.Select(u => new Duty(RuleCodes.LiaisonTable, $"{year}", u, d)).ToList() : [];
        await SyncAsync(DeadlineSubjects.LiaisonTable, table.Id, jurisdictionId, wanted, LiaisonRules, table.Submissions, ct);
        return table;
    }

    private async Task SyncAsync(string subjectType, Guid subjectId, Guid jurisdictionId, List<Duty> wanted, string[] rules,
        IReadOnlyList<Domain.Rounds.RoundSubmission> submitted, CancellationToken ct)
    {
        var existing = await db.Unscoped<Deadline>()
            .Where(d => d.SubjectType == subjectType && d.SubjectId == subjectId && rules.Contains(d.RuleCode) && d.EndedAt == null)
            .Include(d => d.Pauses).Include(d => d.Extensions).Include(d => d.History).AsSplitQuery().ToListAsync(ct);
        var calendar = await calendars.GetAsync(ct);
        var now = time.GetUtcNow();
        var note = l["Deadline.PlanChanged"].Value;
        foreach (var w in wanted)
        {
            var have = existing.FirstOrDefault(w.Matches);
            if (have is not null)
            {
                have.MoveTo(w.Due, now, calendar, deadlines.By, note);
                continue;
            }
            // Plans from before the rule's basis have no such duty.
            if (await deadlines.RuleInForceAsync(w.Rule, w.Due, ct) is not { } rule) continue;
            var d = Deadline.StartFixed(subjectType, subjectId, jurisdictionId, rule, w.Period, w.Due, now, calendar, deadlines.By, w.Unit);
            // A unit that submitted before its duty existed (it joined after the round opened) has met it then.
            if (submitted.Where(s => s.UnitId == w.Unit).MinBy(s => s.Number) is { } s) d.Meet(s.SubmittedAt, s.By.Signature);
            db.Add(d);
        }
        foreach (var d in existing.Where(d => d.IsOpen && !wanted.Any(w => w.Matches(d)))) d.End(now, deadlines.By, note);
    }

    // The plan binds the town's member units: the office is the one asking, and inactive units answer for nothing.
    private Task<List<Guid>> MemberUnitsAsync(Guid jurisdictionId, CancellationToken ct) =>
        db.Unscoped<Unit>().Where(u => u.JurisdictionId == jurisdictionId && u.Active && u.Kind == UnitKind.Member)
            .Select(u => u.Id).ToListAsync(ct);
}

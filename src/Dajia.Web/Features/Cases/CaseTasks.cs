using Dajia.Web.Data;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Cases;
using Dajia.Web.Features.Calendar;

namespace Dajia.Web.Features.Cases;

/// <summary>
/// One open case clock that wants attention: late, due within <see cref="CaseTasks.SoonDays"/> days, or paused (中止) for
/// more than <see cref="CaseTasks.LongPauseDays"/> days (<paramref name="PausedFrom"/> set).
/// </summary>
public sealed record CaseTask(
    Guid CaseId, string Number, string Title, string RuleCode, string RuleName, DateOnly DueOn, DeadlineState State,
    DateOnly? PausedFrom, bool Paused = false);

/// <summary>
/// The case clocks of the home page's to-do list: the decision, payment, publication and each transfer step, for the cases
/// the reader may see (the office and leaders the town's, a liaison their unit's), late first, then by due date. A party's
/// period shows while it runs and leaves once it lapsed (<see cref="DeadlineState.Lapsed"/>): it is nobody's task then.
/// </summary>
public sealed class CaseTasks(AppDbContext db, CurrentUser user, TimeProvider time, CalendarStore calendars)
{
    /// <summary>A payment is due 15 days after the decision: the whole term is "near".</summary>
    public const int SoonDays = 15;

    /// <summary>A pause for testing or appraisal that has lasted this long is worth asking about.</summary>
    public const int LongPauseDays = 60;

    /// <summary>A pause begun on or before this day has lasted more than <see cref="LongPauseDays"/> days (home and case page).</summary>
    public static DateOnly LongPauseSince(DateOnly today) => today.AddDays(-LongPauseDays);

    public const int MaxItems = 30;

    private static readonly string[] Subjects = [DeadlineSubjects.Case, DeadlineSubjects.PoliceTransfer];

    public async Task<IReadOnlyList<CaseTask>> ForMeAsync(CancellationToken ct = default)
    {
        if (!(user.IsOffice || user.IsLeader || user.IsLiaison)) return [];
        var now = time.GetUtcNow();
        var today = ChinaTime.DateOf(now);
        var (horizon, longAgo) = (today.AddDays(SoonDays), LongPauseSince(today));
        var clocks = await db.Visible<Deadline>(user)
            .Where(d => Subjects.Contains(d.SubjectType) && d.MetAt == null && d.EndedAt == null && !(d.PartyPeriod && d.DueAt < now)
                && (d.DueOn <= horizon || d.Pauses.Any(p => p.To == null && p.From <= longAgo)))
            .Include(d => d.Pauses).OrderBy(d => d.DueOn).Take(MaxItems).ToListAsync(ct);
        if (clocks.Count == 0) return [];
        var transferIds = clocks.Where(d => d.SubjectType == DeadlineSubjects.PoliceTransfer).Select(d => d.SubjectId).ToList();
        var transfers = await db.Visible<PoliceTransfer>(user).Where(t => transferIds.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, t => t.CaseId, ct);
        Guid? CaseOf(Deadline d) =>
            d.SubjectType == DeadlineSubjects.Case ? d.SubjectId : transfers.TryGetValue(d.SubjectId, out var c) ? c : (Guid?)null;
        var caseIds = clocks.Select(CaseOf).OfType<Guid>().Distinct().ToList();
        var cases = await db.Visible<EnforcementCase>(user).Where(c => caseIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Number, c.Title }).ToDictionaryAsync(c => c.Id, ct);
        var ruleIds = clocks.Select(d => d.RuleId).Distinct().ToList();
        var rules = await db.DeadlineRules.Where(r => ruleIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var calendar = await calendars.GetAsync(ct);
        var tasks = new List<CaseTask>();
        foreach (var d in clocks)
        {
            if (CaseOf(d) is not { } id || !cases.TryGetValue(id, out var c)) continue;
            tasks.Add(new CaseTask(c.Id, c.Number, c.Title, d.RuleCode, rules.GetValueOrDefault(d.RuleId) ?? "", d.DueOn,
                d.StateAt(now, calendar), d.Pauses.FirstOrDefault(p => p.To == null && p.From <= longAgo)?.From,
                d.IsPaused));
        }
        return tasks
            .OrderBy(t => t.State == DeadlineState.Overdue ? 0 : 1).ThenBy(t => t.DueOn).ToList();
    }
}

using Dajia.Web.Data;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Features.Calendar;

namespace Dajia.Web.Features.Clues;

/// <summary>The date an assignment asks for, and the latest the verification rule allows.</summary>
public sealed record DueChoice(DateOnly? Default, DateOnly? Latest);

/// <summary>
/// The verification date an assignment (or a send-back) may ask for: by default the rule's date — or, for a
/// reassignment, the date the running verification already has — and never later than the rule allows.
/// The deadline itself then runs to the chosen date, so overdue means overdue against what the unit was told.
/// </summary>
public sealed class AssignmentTerms(AppDbContext db, DeadlineService deadlines, CalendarStore calendars, TimeProvider time)
{
    /// <param name="afresh">A send-back: verification starts again from today rather than continuing.</param>
    public async Task<DueChoice> ChoiceAsync(Guid clueId, bool afresh, CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(ct);
        if (!afresh && await OpenVerificationAsync(clueId, ct) is { } open)
            return new(open.DueOn, open.LatestUnderRule(await RuleAmountAsync(open, ct), calendar));
        var now = time.GetUtcNow();
        var today = ChinaTime.DateOf(now);
        if (await deadlines.RuleInForceAsync(RuleCodes.ClueVerify, today, ct) is not { } rule) return new(null, null);
        DateOnly? due = rule.TimeUnit switch
        {
            TimeUnit.WorkingDays => calendar.AddWorkingDays(today, rule.Amount).Date,
            TimeUnit.CalendarDays => calendar.AddCalendarDays(today, rule.Amount).Date,
            TimeUnit.Hours => ChinaTime.DateOf(now.AddHours(rule.Amount)),
            _ => null,
        };
        return new(due, due);
    }

    /// <summary>The date to use (the default when none was chosen), or the field error that refuses the chosen one.</summary>
    public async Task<(DateOnly? Due, FieldError? Error)> ChooseAsync(Guid clueId, DateOnly? chosen, bool afresh, CancellationToken ct)
    {
        var choice = await ChoiceAsync(clueId, afresh, ct);
        var due = chosen ?? choice.Default;
        if (due is not { } d) return (null, null);
        if (d <= ChinaTime.Today(time)) return (null, new("dueOn", "Validation.Clue.DueInPast"));
        if (choice.Latest is { } latest && d > latest)
            return (null, new("dueOn", "Validation.Clue.DueAfterRule", latest.ToString("yyyy-MM-dd")));
        if (d != choice.Default && !(await calendars.GetAsync(ct)).IsWorkingDay(d))
            return (null, new("dueOn", "Validation.Clue.DueNotWorkingDay"));
        return (d, null);
    }

    /// <summary>After the event table started or handed over the verification: it runs to the chosen date.</summary>
    public async Task ApplyAsync(Guid clueId, DateOnly due, CancellationToken ct)
    {
        if (await OpenVerificationAsync(clueId, ct) is not { } open) return;
        open.SetDueOn(due, await RuleAmountAsync(open, ct), time.GetUtcNow(), await calendars.GetAsync(ct), deadlines.By);
    }

    private Task<int> RuleAmountAsync(Deadline d, CancellationToken ct) =>
        db.DeadlineRules.Where(r => r.Id == d.RuleId).Select(r => r.Amount).FirstAsync(ct);

    // The clue was found in scope; its verification goes with it whoever answers for it (as in DeadlineEffects).
    private async Task<Deadline?> OpenVerificationAsync(Guid clueId, CancellationToken ct) =>
        db.ChangeTracker.Entries<Deadline>().Select(e => e.Entity)
            .FirstOrDefault(d => d.SubjectId == clueId && d.RuleCode == RuleCodes.ClueVerify && d.IsOpen)
        ?? await db.Unscoped<Deadline>()
            .Where(d => d.SubjectType == DeadlineSubjects.Clue && d.SubjectId == clueId && d.RuleCode == RuleCodes.ClueVerify
                && d.MetAt == null && d.EndedAt == null)
            .Include(d => d.Pauses).Include(d => d.Extensions).Include(d => d.History).AsSplitQuery().FirstOrDefaultAsync(ct);
}

using System.Linq.Expressions;
using Dajia.Web.Domain.Access;

namespace Dajia.Web.Domain.Calendar;

/// <summary>
/// A time limit attached to any item (clue, case, report …): the terms of its rule as they were when it started,
/// pauses (检测/鉴定, 听证: the clock stops), approved extensions, and when it was met. The due date is always
/// derived from these and the calendar, so a calendar edit can recompute it. A duty with a given date (the plan's
/// 附件1 date) keeps that date in <see cref="FixedDueOn"/>; pauses and extensions then count from it.
/// </summary>
public sealed class Deadline : AggregateRoot, IScoped<Deadline>
{
    public static Expression<Func<Deadline, bool>> SharedWith(Guid unitId) => d => d.ResponsibleUnitId == unitId;

    private readonly List<DeadlinePause> _pauses = [];
    private readonly List<DeadlineExtension> _extensions = [];
    private readonly List<DeadlineChange> _history = [];

    private Deadline() { }

    public string SubjectType { get; private set; } = "";
    public Guid SubjectId { get; private set; }

    /// <summary>Which occurrence of a recurring duty of the subject ("2017-Q3"); null for one-off duties.</summary>
    public string? Period { get; private set; }

    /// <summary>Whose deadline it is: reads are scoped by it like every other record.</summary>
    public Guid JurisdictionId { get; private set; }

    /// <summary>The member unit that must act in time (a clue's verification); null for the office's own duties.</summary>
    public Guid? ResponsibleUnitId { get; private set; }
    public Guid RuleId { get; private set; }
    public string RuleCode { get; private set; } = "";
    public TimeUnit TimeUnit { get; private set; }
    public int Amount { get; private set; }
    public int ExtensionAmount { get; private set; }
    public int MaxExtensions { get; private set; }

    /// <summary>The rule's <see cref="DeadlineRule.PartyPeriod"/> when it started: running out is no lateness.</summary>
    public bool PartyPeriod { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public DateOnly StartedOn { get; private set; }
    public DateOnly DueOn { get; private set; }

    /// <summary>The instant the time runs out: the end of the due day in China, or start + hours.</summary>
    public DateTimeOffset DueAt { get; private set; }
    public bool Estimated { get; private set; }
    public DateTimeOffset? MetAt { get; private set; }

    /// <summary>The given due date of a fixed-date duty; null when the rule counts from the start.</summary>
    public DateOnly? FixedDueOn { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }
    public IReadOnlyList<DeadlinePause> Pauses => _pauses;
    public IReadOnlyList<DeadlineExtension> Extensions => _extensions;
    public IReadOnlyList<DeadlineChange> History => _history;

    public bool IsOpen => MetAt is null && EndedAt is null;

    /// <summary>Whether the rule still allows an extension its approver may grant alone (needs Extensions loaded).</summary>
    public bool CanExtendWithoutCollectiveDecision =>
        ExtensionAmount > 0 && _extensions.Count(e => !e.Collective) < MaxExtensions;
    public bool IsPaused => _pauses.Any(p => p.To is null);

    /// <summary>An open party's period past its end (<see cref="DeadlineState.Lapsed"/>): nobody's task any more.</summary>
    public bool HasLapsed(DateTimeOffset now) => PartyPeriod && IsOpen && now > DueAt;

    public static Deadline Start(string subjectType, Guid subjectId, Guid jurisdictionId, DeadlineRule rule,
        DateTimeOffset startedAt, WorkCalendar calendar, string by, Guid? responsibleUnitId = null)
    {
        if (rule.TimeUnit == TimeUnit.FixedDate) throw new DomainException("Deadline.FixedDateRule", rule.Code);
        return Begin(subjectType, subjectId, jurisdictionId, rule, startedAt, calendar, by, responsibleUnitId, null, null);
    }

    /// <summary>A duty due on a given day (a plan's date) rather than N days from an event.</summary>
    public static Deadline StartFixed(string subjectType, Guid subjectId, Guid jurisdictionId, DeadlineRule rule, string? period,
        DateOnly dueOn, DateTimeOffset startedAt, WorkCalendar calendar, string by, Guid? responsibleUnitId)
    {
        if (rule.TimeUnit != TimeUnit.FixedDate) throw new DomainException("Deadline.NotFixedDateRule", rule.Code);
        return Begin(subjectType, subjectId, jurisdictionId, rule, startedAt, calendar, by, responsibleUnitId, period, dueOn);
    }

    private static Deadline Begin(string subjectType, Guid subjectId, Guid jurisdictionId, DeadlineRule rule, DateTimeOffset startedAt,
        WorkCalendar calendar, string by, Guid? responsibleUnitId, string? period, DateOnly? fixedDueOn)
    {
        var d = new Deadline
        {
            SubjectType = subjectType,
            SubjectId = subjectId,
            Period = period,
            JurisdictionId = jurisdictionId,
            ResponsibleUnitId = responsibleUnitId,
            RuleId = rule.Id,
            RuleCode = rule.Code,
            TimeUnit = rule.TimeUnit,
            Amount = rule.Amount,
            ExtensionAmount = rule.ExtensionAmount,
            MaxExtensions = rule.MaxExtensions,
            PartyPeriod = rule.PartyPeriod,
            StartedAt = startedAt,
            StartedOn = ChinaTime.DateOf(startedAt),
            FixedDueOn = fixedDueOn,
        };
        d.Compute(calendar, ChinaTime.DateOf(startedAt));
        d.Record(startedAt, by, DeadlineChangeKind.Started, null, null);
        return d;
    }

    /// <summary>The duty moves with the subject (a clue handed to another unit, or pulled back to the office).</summary>
    public void HandTo(Guid? unitId) => ResponsibleUnitId = unitId;

    public void Pause(DateOnly from, string reason, DateTimeOffset now, WorkCalendar calendar, string by)
    {
        if (!IsOpen) throw new DomainException("Deadline.Closed");
        if (IsPaused) throw new DomainException("Deadline.AlreadyPaused");
        if (from <= StartedOn || _pauses.Any(p => p.To >= from)) throw new DomainException("Deadline.PauseOverlaps");
        if (from > DueOn) throw new DomainException("Deadline.PauseAfterDue");
        _pauses.Add(new DeadlinePause(Id, from, reason));
        Change(now, by, DeadlineChangeKind.Paused, reason, calendar);
    }

    /// <summary>Ends the open pause; <paramref name="to"/> is the pause's last day (the clock runs again the day after).</summary>
    public void Resume(DateOnly to, DateTimeOffset now, WorkCalendar calendar, string by)
    {
        var open = _pauses.SingleOrDefault(p => p.To is null) ?? throw new DomainException("Deadline.NotPaused");
        if (to < open.From) throw new DomainException("Deadline.ResumeBeforePause");
        open.End(to);
        Change(now, by, DeadlineChangeKind.Resumed, null, calendar);
    }

    /// <summary>
    /// An approved extension of the rule's extension amount. Past the rule's count only a collective decision
    /// (负责人集体讨论) may extend, and it then sets the amount itself.
    /// </summary>
    public void Extend(string requestedBy, string approvedBy, string reason, bool collective, int? amount, DateTimeOffset now,
        WorkCalendar calendar)
    {
        if (!IsOpen) throw new DomainException("Deadline.Closed");
        if (!collective && !CanExtendWithoutCollectiveDecision) throw new DomainException("Deadline.NoMoreExtensions");
        var days = collective ? amount ?? 0 : ExtensionAmount;
        if (days <= 0) throw new DomainException("Deadline.ExtensionAmount");
        _extensions.Add(new DeadlineExtension(Id, days, requestedBy, approvedBy, reason, collective, now));
        Change(now, approvedBy, DeadlineChangeKind.Extended, reason, calendar);
    }

    /// <summary>
    /// The latest due date the rule allows this deadline (its extensions and pauses counted): the date a chosen,
    /// earlier one (交办期限) may not pass. Only a working-day rule can be set to another date.
    /// </summary>
    public DateOnly LatestUnderRule(int ruleAmount, WorkCalendar calendar) =>
        TimeUnit == TimeUnit.WorkingDays && ruleAmount > Amount ? calendar.AddWorkingDays(DueOn, ruleAmount - Amount).Date : DueOn;

    /// <summary>The office chose an earlier due date than the rule's (or the rule's again): the term shortens to reach it.</summary>
    public void SetDueOn(DateOnly dueOn, int ruleAmount, DateTimeOffset now, WorkCalendar calendar, string by)
    {
        if (!IsOpen) throw new DomainException("Deadline.Closed");
        if (dueOn == DueOn) return;
        if (TimeUnit != TimeUnit.WorkingDays) throw new DomainException("Deadline.DateNotChosen");
        if (!calendar.IsWorkingDay(dueOn)) throw new DomainException("Deadline.NotWorkingDay");
        var amount = Amount + calendar.WorkingDaysBetween(DueOn, dueOn);
        if (amount < 1 || dueOn <= ChinaTime.DateOf(now)) throw new DomainException("Deadline.DueInPast");
        if (amount > ruleAmount)
            throw new DomainException("Deadline.AfterRule", LatestUnderRule(ruleAmount, calendar).ToString("yyyy-MM-dd"));
        Amount = amount;
        Change(now, by, DeadlineChangeKind.Moved, null, calendar);
    }

    public void Meet(DateTimeOffset at, string by)
    {
        if (!IsOpen) throw new DomainException("Deadline.Closed");
        if (IsPaused) _pauses.Single(p => p.To is null).End(ChinaTime.DateOf(at));
        MetAt = at;
        Record(at, by, DeadlineChangeKind.Met, null, null);
    }

    /// <summary>The duty is no longer owed (its subject ended first); kept, with its history, as ended rather than met.</summary>
    public void End(DateTimeOffset at, string by, string? note)
    {
        if (!IsOpen) throw new DomainException("Deadline.Closed");
        if (IsPaused) _pauses.Single(p => p.To is null).End(ChinaTime.DateOf(at));
        EndedAt = at;
        Record(at, by, DeadlineChangeKind.Ended, note, null);
    }

    /// <summary>
    /// The given date changed (the plan was edited). A met duty moves too, so whether it was met in time follows the
    /// date in force. True when the due date moved.
    /// </summary>
    public bool MoveTo(DateOnly dueOn, DateTimeOffset now, WorkCalendar calendar, string by, string? note)
    {
        if (FixedDueOn is null) throw new DomainException("Deadline.NotFixedDateRule", RuleCode);
        if (EndedAt is not null) throw new DomainException("Deadline.Closed");
        if (FixedDueOn == dueOn) return false;
        var before = DueOn;
        FixedDueOn = dueOn;
        Compute(calendar, ChinaTime.DateOf(now));
        Record(now, by, DeadlineChangeKind.Moved, note, before);
        return true;
    }

    /// <summary>Re-derives the due date (after a calendar edit); records the move in the history. True when it moved.</summary>
    public bool Recompute(WorkCalendar calendar, DateTimeOffset now, string reason, string by)
    {
        var before = DueOn;
        Compute(calendar, ChinaTime.DateOf(now));
        if (DueOn == before) return false;
        Record(now, by, DeadlineChangeKind.Recomputed, reason, before);
        return true;
    }

    public DeadlineState StateAt(DateTimeOffset now, WorkCalendar calendar)
    {
        if (EndedAt is not null) return DeadlineState.Ended;
        if (MetAt is { } met) return met <= DueAt ? DeadlineState.MetOnTime : DeadlineState.MetLate;
        if (now > DueAt) return PartyPeriod ? DeadlineState.Lapsed : DeadlineState.Overdue;
        if (IsPaused) return DeadlineState.Open;
        var soon = TimeUnit == TimeUnit.Hours
            ? DueAt - now <= TimeSpan.FromHours(6)
            : calendar.WorkingDaysBetween(ChinaTime.DateOf(now), DueOn) <= 2;
        return soon ? DeadlineState.DueSoon : DeadlineState.Open;
    }

    private void Change(DateTimeOffset now, string by, DeadlineChangeKind kind, string? note, WorkCalendar calendar)
    {
        var before = DueOn;
        Compute(calendar, ChinaTime.DateOf(now));
        Record(now, by, kind, note, before);
    }

    private void Record(DateTimeOffset at, string by, DeadlineChangeKind kind, string? note, DateOnly? before) =>
        _history.Add(new DeadlineChange(Id, _history.Count + 1, at, by, kind, note, before, DueOn));

    /// <summary>An open pause counts as running through <paramref name="today"/>; the due date then grows day by day.</summary>
    private void Compute(WorkCalendar calendar, DateOnly today)
    {
        try
        {
            ComputeWithin(calendar, today);
        }
        catch (ArgumentOutOfRangeException)
        {
            // A start near 2099 with a long rule, or a pause that reaches past the calendar: refused, not a fault.
            throw new DomainException("Validation.Calendar.PastEnd", WorkCalendar.Last.Year);
        }
    }

    private void ComputeWithin(WorkCalendar calendar, DateOnly today)
    {
        var total = Amount + _extensions.Sum(e => e.Amount);
        switch (TimeUnit)
        {
            case TimeUnit.WorkingDays:
                {
                    var paused = _pauses.Sum(p => calendar.WorkingDaysBetween(p.From.AddDays(-1), p.To ?? Max(today, p.From)));
                    SetDue(calendar.AddWorkingDays(StartedOn, total + paused));
                    break;
                }
            case TimeUnit.CalendarDays:
                {
                    var paused = _pauses.Sum(p => (p.To ?? Max(today, p.From)).DayNumber - p.From.DayNumber + 1);
                    SetDue(calendar.AddCalendarDays(StartedOn, total + paused));
                    break;
                }
            case TimeUnit.FixedDate:
                {
                    // The given day, moved by whole calendar days for each paused day and each extension day.
                    var paused = _pauses.Sum(p => (p.To ?? Max(today, p.From)).DayNumber - p.From.DayNumber + 1);
                    var due = FixedDueOn!.Value.AddDays(_extensions.Sum(e => e.Amount) + paused);
                    DueOn = due;
                    Estimated = false;
                    DueAt = ChinaTime.StartOf(due.AddDays(1));
                    break;
                }
            default:
                {
                    var paused = _pauses.Sum(p => (p.To ?? Max(today, p.From)).DayNumber - p.From.DayNumber + 1);
                    DueAt = StartedAt.AddHours(total).AddDays(paused);
                    DueOn = ChinaTime.DateOf(DueAt);
                    Estimated = false;
                    break;
                }
        }
    }

    private void SetDue(CalendarResult r)
    {
        DueOn = r.Date;
        Estimated = r.Estimated;
        DueAt = ChinaTime.StartOf(r.Date.AddDays(1));
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}

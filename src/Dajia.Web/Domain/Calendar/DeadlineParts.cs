namespace Dajia.Web.Domain.Calendar;

/// <summary>A stop of the clock, whole days From..To inclusive; To is null while the pause lasts.</summary>
public sealed class DeadlinePause : Entity
{
    private DeadlinePause() { }

    internal DeadlinePause(Guid deadlineId, DateOnly from, string reason)
    {
        DeadlineId = deadlineId;
        From = from;
        Reason = reason;
    }

    public Guid DeadlineId { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly? To { get; private set; }
    public string Reason { get; private set; } = "";

    internal void End(DateOnly to) => To = to;

    /// <summary>
    /// Days a pause from <paramref name="from"/> has stood still by <paramref name="today"/> (or until its last day
    /// <paramref name="to"/>), the first and the last counted as the clock counts them. Every page, the API and the print
    /// read this one count.
    /// </summary>
    public static int DaysOf(DateOnly from, DateOnly? to, DateOnly today) =>
        (to ?? (today > from ? today : from)).DayNumber - from.DayNumber + 1;

    public int DaysBy(DateOnly today) => DaysOf(From, To, today);
}

public sealed class DeadlineExtension : Entity
{
    private DeadlineExtension() { }

    internal DeadlineExtension(
        Guid deadlineId, int amount, string requestedBy, string approvedBy, string reason, bool collective, DateTimeOffset at)
    {
        DeadlineId = deadlineId;
        Amount = amount;
        RequestedBy = requestedBy;
        ApprovedBy = approvedBy;
        Reason = reason;
        Collective = collective;
        At = at;
    }

    public Guid DeadlineId { get; private set; }
    public int Amount { get; private set; }
    public string RequestedBy { get; private set; } = "";
    public string ApprovedBy { get; private set; } = "";
    public string Reason { get; private set; } = "";

    /// <summary>Decided by the 负责人集体讨论 beyond the rule's ordinary extensions.</summary>
    public bool Collective { get; private set; }
    public DateTimeOffset At { get; private set; }
}

public enum DeadlineChangeKind
{
    Started,
    Paused,
    Resumed,
    Extended,
    Met,
    Recomputed,

    /// <summary>A fixed-date duty's given date changed.</summary>
    Moved,
    Ended,
}

/// <summary>One line of a deadline's history: what happened, by whom, and how the due date moved.</summary>
public sealed class DeadlineChange : Entity
{
    private DeadlineChange() { }

    internal DeadlineChange(
        Guid deadlineId, int sequence, DateTimeOffset at, string by, DeadlineChangeKind kind, string? note, DateOnly? dueBefore,
        DateOnly dueAfter)
    {
        DeadlineId = deadlineId;
        Sequence = sequence;
        At = at;
        By = by;
        Kind = kind;
        Note = note;
        DueBefore = dueBefore;
        DueAfter = dueAfter;
    }

    public Guid DeadlineId { get; private set; }

    /// <summary>Order within the deadline: several changes can share one instant.</summary>
    public int Sequence { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string By { get; private set; } = "";
    public DeadlineChangeKind Kind { get; private set; }
    public string? Note { get; private set; }
    public DateOnly? DueBefore { get; private set; }
    public DateOnly DueAfter { get; private set; }
}

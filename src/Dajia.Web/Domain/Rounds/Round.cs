namespace Dajia.Web.Domain.Rounds;

/// <summary>Why a round refuses a change: a resource key of the "…报送已结束" family and its arguments.</summary>
public sealed record RoundRefusal(string Key, params object[] Args);

/// <summary>
/// One round of a periodic duty (附件1 for a year, 附件2 for a quarter, the annual form …): open until the office closes
/// it, or until it closes by itself if its kind says so. A closed round takes nothing: every kind asks
/// <see cref="Refusal"/> before any change, so the rule and its wording are the same everywhere. Due dates are not kept
/// here: each unit's duty is a <see cref="Calendar.Deadline"/>, the one home for due dates.
/// </summary>
public abstract class Round : AggregateRoot
{
    /// <summary>When the office closed the round by hand (null: open, unless it closes by itself).</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    public string? ClosedBy { get; private set; }

    public bool ClosedByOffice => ClosedAt is not null;

    /// <summary>Closed by the office, or by itself (<see cref="ClosesItself"/>) given today and the round's due date.</summary>
    public bool IsClosedOn(DateOnly today, DateOnly? dueOn) => ClosedByOffice || ClosesItself(today, dueOn);

    /// <summary>The one guard: null while the round takes changes, else the refusal to answer with (409).</summary>
    public RoundRefusal? Refusal(DateOnly today, DateOnly? dueOn) => IsClosedOn(today, dueOn) ? ClosedRefusal : null;

    /// <summary>A kind whose round ends with its period (附件1 when its year is over) says so here.</summary>
    protected virtual bool ClosesItself(DateOnly today, DateOnly? dueOn) => false;

    /// <summary>How this kind of round words "closed" (its name, e.g. the year).</summary>
    protected abstract RoundRefusal ClosedRefusal { get; }

    /// <summary>For the domain's own last line of defence: the same refusal as an exception.</summary>
    protected void EnsureNotClosedByOffice()
    {
        if (ClosedByOffice) throw new DomainException(ClosedRefusal.Key, ClosedRefusal.Args);
    }

    public void Close(DateTimeOffset at, string by)
    {
        if (ClosedAt is null) (ClosedAt, ClosedBy) = (at, by);
    }

    /// <summary>Undoes a close made by mistake; a round that closed by itself stays closed (the caller checks).</summary>
    public void Reopen() => (ClosedAt, ClosedBy) = (null, null);
}

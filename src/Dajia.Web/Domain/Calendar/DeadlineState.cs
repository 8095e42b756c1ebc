namespace Dajia.Web.Domain.Calendar;

public enum DeadlineState
{
    Open,
    DueSoon,
    MetOnTime,
    MetLate,
    Overdue,

    /// <summary>No longer owed: its subject ended (a clue closed or merged, a plan date removed) before it was met.</summary>
    Ended,

    /// <summary>A party's period (<see cref="DeadlineRule.PartyPeriod"/>) that ran out unanswered: the office may act now.</summary>
    Lapsed,
}

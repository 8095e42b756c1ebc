namespace Dajia.Web.Domain.Cases;

/// <summary>One line of a case's history: what happened, when, by whom (as text, like a clue's history).</summary>
public sealed class CaseEvent : Entity
{
    private CaseEvent() { }

    internal CaseEvent(Guid caseId, int sequence, CaseEventKind kind, DateTimeOffset at, string by, string? note) =>
        (CaseId, Sequence, Kind, At, By, Note) = (caseId, sequence, kind, at, by, note);

    public Guid CaseId { get; private set; }
    public int Sequence { get; private set; }
    public CaseEventKind Kind { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string By { get; private set; } = "";
    public string? Note { get; private set; }
}

/// <summary>An officer (执法人员, from the unit's pool) assigned to the case; at least two (程序规定第十九条).</summary>
public sealed class CaseOfficer : Entity
{
    private CaseOfficer() { }

    internal CaseOfficer(Guid caseId, Guid officerId) => (CaseId, OfficerId) = (caseId, officerId);

    public Guid CaseId { get; private set; }
    public Guid OfficerId { get; private set; }
}

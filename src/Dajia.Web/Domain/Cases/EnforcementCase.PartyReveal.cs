namespace Dajia.Web.Domain.Cases;

public sealed partial class EnforcementCase
{
    /// <summary>
    /// A natural-person party shown in full (on a 行政处罚决定书 printed to be served, which must name them): who, when
    /// and why go into the case's history, which the audit log keeps too. The identity itself is never written here.
    /// </summary>
    public void RecordPartyReveal(string reason, DateTimeOffset at, string by) =>
        Record(CaseEventKind.PartyRevealed, at, by, Required(reason));
}

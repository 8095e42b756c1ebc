namespace Dajia.Web.Domain.Clues;

/// <summary>
/// 立案: a clue found true (or partly true) opens a case with one action. The clue then shows the case's number; the case
/// keeps the clue's facts but never its informant.
/// </summary>
public sealed partial class Clue
{
    /// <summary>
    /// Verified as true or partly true (closed or not). One case per clue is the case table's to say (a unique index),
    /// since a typed reference at verification may name a paper case.
    /// </summary>
    public bool CanOpenCase => Status is ClueStatus.Verified or ClueStatus.Closed
        && Result is VerificationResult.True or VerificationResult.PartlyTrue;

    /// <summary>
    /// A case was opened from this clue (its events must be loaded): the verification it stands on is then final, so it is
    /// no longer sent back or verified again (the clue would read 不属实 beside 已立案 while the case cites it).
    /// </summary>
    public bool HasCase => _events.Any(e => e.Kind == ClueEventKind.CaseOpened);

    public void OpenedCase(string caseNumber, DateTimeOffset at, string by)
    {
        if (!CanOpenCase) throw new DomainException("Case.ClueNotVerified");
        CaseReference = caseNumber;
        Record(ClueEventKind.CaseOpened, at, by, caseNumber);
    }
}

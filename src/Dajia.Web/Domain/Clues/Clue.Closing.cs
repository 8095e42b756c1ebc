namespace Dajia.Web.Domain.Clues;

/// <summary>
/// 办结. A clue is closed with the outcome in words the office approves for the public (the tracking page shows them;
/// internal notes never leave the office), and only once a real-name informant or complainant was told — or the office
/// records why they cannot be (unreachable, declined to be told), so that the duty is ended rather than left to go overdue.
/// </summary>
public sealed partial class Clue
{
    /// <summary>The longest public outcome, untold reason or mediation note (the history's note holds as much).</summary>
    public const int OutcomeLength = 500;

    /// <summary>The outcome as the public reads it on the tracking page, approved by the office when it closed the clue.</summary>
    public string? PublicOutcome { get; private set; }

    /// <summary>Why a real-name informant was not told before closing (the office's record that the duty could not be met).</summary>
    public string? UntoldReason { get; private set; }

    /// <summary>A real-name informant or complainant who has not been told yet.</summary>
    public bool OwesFeedback => InformantId is not null && InformantNotifiedAt is null;

    /// <param name="publicOutcome">Checked by the caller (required, 5–500 characters): the words the public will read.</param>
    /// <param name="untold">Required when the informant was not told (checked by the caller): why they cannot be.</param>
    public void Close(string publicOutcome, string? note, Untold? untold, DateTimeOffset at, string by)
    {
        CheckClosable(untold is not null);
        var why = OwesFeedback ? untold ?? throw new DomainException(UntoldKey) : null;
        var closing = Optional(note);
        if (why is not null)
        {
            Record(ClueEventKind.InformantUntold, at, by, Required(why.Note));
            RecordUntold(why);
        }
        Move(ClueMove.Close, ClueStatus.Closed, ClueEventKind.Closed, at, by, closing);
        (PublicOutcome, UntoldReason) = (publicOutcome.Trim(), why?.Note.Trim());
    }

    /// <summary>Refuses closing now (409) before any input is checked: the wrong status, or nobody told and no reason why.</summary>
    public void CheckClosable(bool untoldGiven)
    {
        if (!ClueMoves.From[ClueMove.Close].Contains(Status))
            throw new DomainException("Clue.IllegalTransition", Status, ClueStatus.Closed);
        if (OwesFeedback && !untoldGiven) throw new DomainException(UntoldKey);
    }

    /// <summary>The refusal to close before a real-name informant (complainant) was told.</summary>
    private string UntoldKey => Kind == ClueKind.Complaint ? "Clue.ComplainantNotTold" : "Clue.InformantNotTold";
}

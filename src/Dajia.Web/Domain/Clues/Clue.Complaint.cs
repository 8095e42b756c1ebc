namespace Dajia.Web.Domain.Clues;

/// <summary>How a complaint's mediation ended (调解结果).</summary>
public enum MediationOutcome
{
    /// <summary>达成调解协议.</summary>
    Agreement,

    /// <summary>未达成调解协议 (e.g. within the rule's days).</summary>
    NoAgreement,

    /// <summary>终止调解: withdrawn, a party refused to mediate or to go on, the respondent closed down …</summary>
    Terminated,
}

/// <summary>
/// 投诉: a complaint seeks redress for the complainant, so it is mediated rather than verified — accepted, mediated
/// (agreement, no agreement, or terminated), the complainant told, closed (《市场监督管理投诉举报处理暂行办法》第十四、
/// 二十一条). A report is verified and never mediated.
/// </summary>
public sealed partial class Clue
{
    private static readonly ClueMove[] MediationMoves =
        [ClueMove.MediationStart, ClueMove.MediationAgreement, ClueMove.MediationNoAgreement, ClueMove.MediationTerminate];

    public MediationOutcome? Mediation { get; private set; }

    /// <summary>What was agreed, or why mediation ended without agreement (staff only; the public reads the closing text).</summary>
    public string? MediationNotes { get; private set; }

    /// <summary>A complaint goes to mediation, not to a unit's verification; only a complaint is mediated.</summary>
    private bool KindAllows(ClueMove move) => Kind == ClueKind.Complaint ? move != ClueMove.Assign : !MediationMoves.Contains(move);

    public void StartMediation(string? note, DateTimeOffset at, string by)
    {
        Guard(ClueMove.MediationStart, ClueStatus.Mediating);
        Move(ClueMove.MediationStart, ClueStatus.Mediating, ClueEventKind.MediationStarted, at, by, Optional(note));
    }

    /// <param name="terms">What the parties agreed (退货、赔偿 …).</param>
    public void RecordAgreement(string terms, DateTimeOffset at, string by) =>
        EndMediation(ClueMove.MediationAgreement, MediationOutcome.Agreement, ClueEventKind.MediationAgreed, terms, at, by);

    public void RecordNoAgreement(string notes, DateTimeOffset at, string by) =>
        EndMediation(ClueMove.MediationNoAgreement, MediationOutcome.NoAgreement, ClueEventKind.MediationFailed, notes, at, by);

    public void TerminateMediation(string reason, DateTimeOffset at, string by) =>
        EndMediation(ClueMove.MediationTerminate, MediationOutcome.Terminated, ClueEventKind.MediationTerminated, reason, at, by);

    private void EndMediation(ClueMove move, MediationOutcome outcome, ClueEventKind kind, string notes, DateTimeOffset at, string by)
    {
        Guard(move, ClueStatus.MediationEnded);
        var text = Required(notes);
        Move(move, ClueStatus.MediationEnded, kind, at, by, text);
        (Mediation, MediationNotes) = (outcome, text);
    }

    /// <summary>The move's own refusal (409), before its text is checked (400).</summary>
    private void Guard(ClueMove move, ClueStatus to)
    {
        if (!ClueMoves.From[move].Contains(Status)) throw new DomainException("Clue.IllegalTransition", Status, to);
        if (!KindAllows(move)) throw new DomainException(Kind == ClueKind.Complaint ? "Clue.ComplaintPath" : "Clue.ReportPath");
    }

    private static string? Optional(string? text) => text?.Trim() is { Length: > 0 } t ? Required(t) : null;
}

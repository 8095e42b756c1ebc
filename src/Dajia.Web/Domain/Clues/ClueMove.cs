namespace Dajia.Web.Domain.Clues;

/// <summary>Every step a clue can take; the API names them in kebab case (<c>approve-extension</c>).</summary>
public enum ClueMove
{
    Accept,
    Reject,
    Duplicate,
    Assign,
    PullBack,
    Take,
    Verify,
    Notify,
    Close,
    Extension,
    ApproveExtension,
    DeclineExtension,
    MediationStart,
    MediationAgreement,
    MediationNoAgreement,
    MediationTerminate,
    SendBack,
    Note,

    /// <summary>调整交办: co-operating units, 交办意见 or the date change; the lead unit stays.</summary>
    AdjustAssignment,
}

public static class ClueMoves
{
    /// <summary>The statuses each move starts from: the clue refuses any other, and lists only these as allowed.</summary>
    public static readonly IReadOnlyDictionary<ClueMove, ClueStatus[]> From = new Dictionary<ClueMove, ClueStatus[]>
    {
        [ClueMove.Accept] = [ClueStatus.Received],
        [ClueMove.Reject] = [ClueStatus.Received],
        [ClueMove.Duplicate] = [ClueStatus.Received, ClueStatus.Accepted],
        [ClueMove.Assign] = [ClueStatus.Accepted, ClueStatus.Assigned, ClueStatus.Verifying],
        [ClueMove.PullBack] = [ClueStatus.Assigned, ClueStatus.Verifying],
        [ClueMove.Take] = [ClueStatus.Assigned],
        [ClueMove.Verify] = [ClueStatus.Verifying],
        [ClueMove.Notify] = [ClueStatus.Verified, ClueStatus.Closed, ClueStatus.Rejected, ClueStatus.MediationEnded],
        [ClueMove.Close] = [ClueStatus.Verified, ClueStatus.MediationEnded],
        [ClueMove.Extension] = [ClueStatus.Assigned, ClueStatus.Verifying],
        [ClueMove.ApproveExtension] = [ClueStatus.Assigned, ClueStatus.Verifying],
        [ClueMove.DeclineExtension] = [ClueStatus.Assigned, ClueStatus.Verifying],
        // A complaint's own path (Clue.Complaint.cs): accepted, mediated, then closed. Terminating also covers a
        // respondent who refuses mediation before it starts.
        [ClueMove.MediationStart] = [ClueStatus.Accepted],
        [ClueMove.MediationAgreement] = [ClueStatus.Mediating],
        [ClueMove.MediationNoAgreement] = [ClueStatus.Mediating],
        [ClueMove.MediationTerminate] = [ClueStatus.Accepted, ClueStatus.Mediating],
        [ClueMove.SendBack] = [ClueStatus.Verified],
        [ClueMove.Note] = [ClueStatus.Assigned, ClueStatus.Verifying],
        [ClueMove.AdjustAssignment] = [ClueStatus.Assigned, ClueStatus.Verifying],
    };

    public static string ApiName(this ClueMove move) => move switch
    {
        ClueMove.PullBack => "pullback",
        ClueMove.ApproveExtension => "approve-extension",
        ClueMove.DeclineExtension => "decline-extension",
        ClueMove.MediationStart => "mediation/start",
        ClueMove.MediationAgreement => "mediation/agreement",
        ClueMove.MediationNoAgreement => "mediation/no-agreement",
        ClueMove.MediationTerminate => "mediation/terminate",
        ClueMove.SendBack => "send-back",
        ClueMove.AdjustAssignment => "adjust-assignment",
        _ => move.ToString().ToLowerInvariant(),
    };

    public static ClueMove? FromApiName(string name) =>
        Enum.GetValues<ClueMove>().Cast<ClueMove?>().FirstOrDefault(m => m!.Value.ApiName() == name);
}

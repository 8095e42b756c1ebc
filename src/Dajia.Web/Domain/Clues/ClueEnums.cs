namespace Dajia.Web.Domain.Clues;

public enum ClueKind
{
    /// <summary>投诉: seeks redress for the person complaining.</summary>
    Complaint,

    /// <summary>举报: alleges a violation.</summary>
    Report,
}

public enum ClueCategory
{
    FakeBrand,
    Substandard,
    NoOrigin,
    FalseLabel,
    Other,
}

public enum ClueSource
{
    PublicPortal,
    Hotline,
    Inspection,
    UndercoverVisit,
    Media,
    Referral,
    Other,
}

public enum ClueStatus
{
    Received,
    Accepted,
    Rejected,
    Assigned,
    Verifying,
    Verified,
    Closed,
    Duplicate,

    /// <summary>A complaint in mediation (调解中).</summary>
    Mediating,

    /// <summary>A complaint whose mediation ended: agreement, none, or terminated; it waits to be closed.</summary>
    MediationEnded,
}

/// <summary>属实 / 部分属实 / 不属实 / 无法核实.</summary>
public enum VerificationResult
{
    True,
    PartlyTrue,
    False,
    Unverifiable,
}

public enum ClueEventKind
{
    Received,
    Accepted,
    Rejected,
    MarkedDuplicate,
    Assigned,
    Reassigned,
    PulledBack,
    Taken,
    Verified,
    InformantNotified,
    Closed,
    ExtensionRequested,
    ExtensionApproved,
    ExtensionDeclined,
    MediationStarted,
    MediationAgreed,
    MediationFailed,
    MediationTerminated,

    /// <summary>Closed without telling the real-name informant; the note says why they could not be told.</summary>
    InformantUntold,
    SentBack,
    Noted,

    /// <summary>补充材料: the person who reported added information or photos with the tracking code and key.</summary>
    InformationAdded,
    MatchConfirmed,
    MatchCorrected,

    /// <summary>调整交办: the co-operating units, instructions or date changed, the lead unit did not.</summary>
    AssignmentAdjusted,
    /// <summary>立案: a case was opened from the clue (the note is the case's number).</summary>
    CaseOpened,
}

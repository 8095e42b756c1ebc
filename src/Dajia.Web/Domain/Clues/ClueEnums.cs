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
    MatchConfirmed,
    MatchCorrected,
}

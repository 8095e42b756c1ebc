namespace Dajia.Web.Domain.Calendar;

/// <summary>Something that happened to a subject and may start, meet, pause, resume, hand over or end its deadlines.</summary>
public enum DeadlineEvent
{
    ComplaintReceived,
    ClueAccepted,

    /// <summary>A complaint accepted: its acceptance decision is met and mediation's time limit runs from today.</summary>
    ComplaintAccepted,

    /// <summary>A complaint's mediation ended (agreement, none, terminated): the complainant is owed the outcome.</summary>
    MediationEnded,
    ClueRejected,
    ClueMerged,
    ClueAssigned,
    CluePulledBack,

    /// <summary>Found not true or unverifiable: the verification and with it the 立案 decision (none) are made.</summary>
    ClueVerified,

    /// <summary>Found true or partly true: the verification is done, but the 立案 decision is still owed (a case, or 办结).</summary>
    ClueFoundTrue,
    InformantNotified,
    ClueClosed,
    ClueExtensionApproved,
    LiaisonTableSubmitted,
    ClueSentBack,
    TransferReported,
    TransferApproved,
    TransferRejected,
    TransferHandedOver,
    TransferPoliceAccepted,
    TransferPoliceRefused,
    TransferReconsiderationRequested,
    TransferRefusalAccepted,
    TransferExhibitsHandedOver,

    /// <summary>The police's 复议决定 (国务院令第310号第九条) is to open a case after all: the exhibits are owed.</summary>
    TransferReviewAccepted,

    /// <summary>The police's 复议决定 keeps the refusal: the one reconsideration is spent, no new term opens.</summary>
    TransferReviewRefused,

    /// <summary>立案: the decision clock (90 days) starts, the handling unit answers for it.</summary>
    CaseOpened,

    /// <summary>A case opened from the clue: the clue's 立案 decision is made, and a real-name informant is owed the news.</summary>
    CaseOpenedFromClue,
    CasePaused,
    CaseResumed,

    /// <summary>More time approved (负责人批准), or set by a recorded collective decision (the subject's days).</summary>
    CaseExtended,
    CaseDecided,

    /// <summary>行政处罚告知 served (its day is the event's): the party's 陈述申辩期 runs from it, a new notice starts it anew.</summary>
    CaseNotified,

    /// <summary>The party's 陈述、申辩 (or its waiver) received: the period is met.</summary>
    CaseStatementRecorded,
    FineImposed,

    /// <summary>An ordinary-procedure penalty other than a warning alone: published within 20 working days.</summary>
    PenaltyToPublish,
    FinePaid,
    PenaltyPublished,

    /// <summary>The case went to another unit: its open clocks go with it.</summary>
    CaseHandedOver,
}

public enum DeadlineEffect
{
    /// <summary>Starts the rule for the subject (with the event's unit responsible), unless one was ever started.</summary>
    StartOnce,
    Meet,
    Pause,
    Resume,

    /// <summary>The extension the rule allows, approved on the event's request.</summary>
    Extend,

    /// <summary>The open deadlines move to the subject's unit now (the event's unit; none = the office).</summary>
    HandOver,

    /// <summary>Ends what is still open: no longer owed.</summary>
    End,

    /// <summary>Starts the rule for the subject anew (with the event's unit responsible); earlier ones stay as they ended.</summary>
    Restart,
}

/// <summary>When a reaction applies beyond its event: only when the subject has a real-name informant, say.</summary>
public enum DeadlineCondition
{
    Always,
    HasInformant,
}

/// <summary>
/// One line of the table. <paramref name="RuleCode"/> null means "every open deadline of the subject";
/// <paramref name="UnitOnly"/> narrows to the deadline the event's unit answers for (its own 附件1, not another's);
/// <paramref name="OfficeDuty"/> starts a duty the office answers for whichever unit the event concerns.
/// </summary>
/// <paramref name="FromEventDay"/> starts a <see cref="DeadlineEffect.Restart"/> on the event's day rather than now (a notice
/// served yesterday).
public sealed record DeadlineReaction(
    DeadlineEffect Effect, string? RuleCode, DeadlineCondition When = DeadlineCondition.Always, bool UnitOnly = false,
    bool OfficeDuty = false, bool FromEventDay = false);

/// <summary>
/// Which events start, meet, pause, resume or end which deadlines. Services report events; one applier
/// (<c>DeadlineEffects</c>) reads this table, so a workflow never decides its own deadline side effects.
/// The plan's dated duties (附件1, quarterly reports, the annual summary) are not events: they follow the plan's dates.
/// </summary>
public static class DeadlineEvents
{
    private static DeadlineReaction R(DeadlineEffect e, string? rule, DeadlineCondition when = DeadlineCondition.Always) =>
        new(e, rule, when);

    public static readonly IReadOnlyDictionary<DeadlineEvent, DeadlineReaction[]> Table = new Dictionary<DeadlineEvent, DeadlineReaction[]>
    {
        [DeadlineEvent.ComplaintReceived] = [R(DeadlineEffect.StartOnce, RuleCodes.ComplaintAccept)],
        [DeadlineEvent.ClueAccepted] = [R(DeadlineEffect.Meet, RuleCodes.ComplaintAccept)],
        // Not accepting decides the complaint; nothing else is owed on a clue that goes no further.
        [DeadlineEvent.ClueRejected] = [R(DeadlineEffect.Meet, RuleCodes.ComplaintAccept), R(DeadlineEffect.End, null)],
        // 暂行办法第二十一条: mediation ends within 45 working days of acceptance (2014 rule: 60 days), so it starts here.
        [DeadlineEvent.ComplaintAccepted] =
        [
            R(DeadlineEffect.Meet, RuleCodes.ComplaintAccept),
            R(DeadlineEffect.StartOnce, RuleCodes.ComplaintMediation),
        ],
        [DeadlineEvent.MediationEnded] =
        [
            R(DeadlineEffect.Meet, RuleCodes.ComplaintMediation),
            new(DeadlineEffect.StartOnce, RuleCodes.ComplaintNotify, DeadlineCondition.HasInformant, OfficeDuty: true),
        ],
        // Merging decides on the complaint; whatever else was running (a verification pulled back) is no longer owed.
        [DeadlineEvent.ClueMerged] = [R(DeadlineEffect.Meet, RuleCodes.ComplaintAccept), R(DeadlineEffect.End, null)],
        // The first assignment starts verification; a later one (or one after a pull-back) hands the running one over.
        [DeadlineEvent.ClueAssigned] =
        [
            R(DeadlineEffect.StartOnce, RuleCodes.ClueVerify),
            R(DeadlineEffect.HandOver, RuleCodes.ClueVerify),
        ],
        [DeadlineEvent.CluePulledBack] = [R(DeadlineEffect.HandOver, RuleCodes.ClueVerify)],
        // Each result is told: a result verified again after a send-back owes the informant a telling of its own.
        [DeadlineEvent.ClueVerified] =
        [
            R(DeadlineEffect.Meet, RuleCodes.ClueVerify),
            new(DeadlineEffect.Restart, RuleCodes.InformantNotify, DeadlineCondition.HasInformant, OfficeDuty: true),
        ],
        // 程序规定第十八条 times the verification *and* the 立案 decision: a true finding keeps the clock open until a case is
        // opened from the clue or the clue is closed without one (不予立案).
        [DeadlineEvent.ClueFoundTrue] =
            [new(DeadlineEffect.Restart, RuleCodes.InformantNotify, DeadlineCondition.HasInformant, OfficeDuty: true)],
        [DeadlineEvent.InformantNotified] =
        [
            R(DeadlineEffect.Meet, RuleCodes.InformantNotify),
            R(DeadlineEffect.Meet, RuleCodes.ComplaintNotify),
        ],
        // A clue is closed only once its informant was told or the office recorded why they cannot be (Clue.Closing.cs):
        // nothing is owed afterwards, so whatever is still open ends rather than going overdue on a closed clue.
        // Closing a clue found true without a case is its 不予立案 decision: that meets the 立案 clock rather than ending it.
        [DeadlineEvent.ClueClosed] = [R(DeadlineEffect.Meet, RuleCodes.ClueVerify), R(DeadlineEffect.End, null)],
        [DeadlineEvent.ClueExtensionApproved] = [R(DeadlineEffect.Extend, RuleCodes.ClueVerify)],
        // 退回重查: the verification is owed again, counted afresh from the send-back; the one met stays in the history
        // (a true finding's, still open for the 立案 decision, is met on the day it was verified).
        // The withdrawn result is no longer to be told; the next one starts its own duty.
        [DeadlineEvent.ClueSentBack] =
        [
            R(DeadlineEffect.Meet, RuleCodes.ClueVerify),
            R(DeadlineEffect.Restart, RuleCodes.ClueVerify),
            R(DeadlineEffect.End, RuleCodes.InformantNotify),
        ],
        [DeadlineEvent.LiaisonTableSubmitted] = [new(DeadlineEffect.Meet, RuleCodes.LiaisonTable, UnitOnly: true)],
        // 移送公安 (国务院令第310号): each step meets the clock of the one before and starts its own.
        // A report the head refused may be made again: each report starts the head's 3 days anew.
        [DeadlineEvent.TransferReported] = [R(DeadlineEffect.Restart, RuleCodes.TransferApprove)],
        [DeadlineEvent.TransferApproved] =
            [R(DeadlineEffect.Meet, RuleCodes.TransferApprove), R(DeadlineEffect.StartOnce, RuleCodes.TransferHandover)],
        [DeadlineEvent.TransferRejected] = [R(DeadlineEffect.Meet, RuleCodes.TransferApprove)],
        [DeadlineEvent.TransferHandedOver] =
            [R(DeadlineEffect.Meet, RuleCodes.TransferHandover), R(DeadlineEffect.StartOnce, RuleCodes.TransferPoliceDecision)],
        [DeadlineEvent.TransferPoliceAccepted] =
            [R(DeadlineEffect.Meet, RuleCodes.TransferPoliceDecision), R(DeadlineEffect.StartOnce, RuleCodes.TransferExhibits)],
        // The first refusal may be contested once (第九条); the police's answer to it is their 复议决定, with its own 3 days,
        // and a refusal kept on review opens no new term: there is no second reconsideration to ask.
        [DeadlineEvent.TransferPoliceRefused] =
            [R(DeadlineEffect.Meet, RuleCodes.TransferPoliceDecision), R(DeadlineEffect.StartOnce, RuleCodes.TransferReconsider)],
        [DeadlineEvent.TransferReconsiderationRequested] =
            [R(DeadlineEffect.Meet, RuleCodes.TransferReconsider), R(DeadlineEffect.StartOnce, RuleCodes.TransferReview)],
        // A request made before the review had its own rule restarted the police's decision clock: that one is met too.
        [DeadlineEvent.TransferReviewAccepted] =
        [
            R(DeadlineEffect.Meet, RuleCodes.TransferReview), R(DeadlineEffect.Meet, RuleCodes.TransferPoliceDecision),
            R(DeadlineEffect.StartOnce, RuleCodes.TransferExhibits),
        ],
        [DeadlineEvent.TransferReviewRefused] =
            [R(DeadlineEffect.Meet, RuleCodes.TransferReview), R(DeadlineEffect.Meet, RuleCodes.TransferPoliceDecision)],
        // 可以提请复议: asking is a right, not a duty; accepting the refusal ends the term.
        [DeadlineEvent.TransferRefusalAccepted] = [R(DeadlineEffect.End, RuleCodes.TransferReconsider)],
        [DeadlineEvent.TransferExhibitsHandedOver] = [R(DeadlineEffect.Meet, RuleCodes.TransferExhibits)],
        [DeadlineEvent.CaseOpened] = [R(DeadlineEffect.StartOnce, RuleCodes.CaseDecision)],
        // 程序规定第十八条: the verification ends in the 立案 decision; 暂行办法第三十一条: tell the informant within 5 wd.
        [DeadlineEvent.CaseOpenedFromClue] =
        [
            R(DeadlineEffect.Meet, RuleCodes.ClueVerify),
            new(DeadlineEffect.StartOnce, RuleCodes.InformantNotify, DeadlineCondition.HasInformant, OfficeDuty: true),
        ],
        [DeadlineEvent.CasePaused] = [R(DeadlineEffect.Pause, RuleCodes.CaseDecision)],
        [DeadlineEvent.CaseResumed] = [R(DeadlineEffect.Resume, RuleCodes.CaseDecision)],
        [DeadlineEvent.CaseExtended] = [R(DeadlineEffect.Extend, RuleCodes.CaseDecision)],
        // The party's period is no duty of the office: a decision after it ran out ends it rather than meeting it late.
        [DeadlineEvent.CaseDecided] = [R(DeadlineEffect.Meet, RuleCodes.CaseDecision), R(DeadlineEffect.End, RuleCodes.CaseStatement)],
        // 行政处罚法第四十四条、第六十四条: the period counts from the notice; a new notice (a heavier penalty) gives a new one.
        [DeadlineEvent.CaseNotified] =
            [R(DeadlineEffect.End, RuleCodes.CaseStatement), new(DeadlineEffect.Restart, RuleCodes.CaseStatement, FromEventDay: true)],
        [DeadlineEvent.CaseStatementRecorded] = [R(DeadlineEffect.Meet, RuleCodes.CaseStatement)],
        [DeadlineEvent.FineImposed] = [R(DeadlineEffect.StartOnce, RuleCodes.CasePayment)],
        [DeadlineEvent.PenaltyToPublish] = [R(DeadlineEffect.StartOnce, RuleCodes.PenaltyPublish)],
        [DeadlineEvent.FinePaid] = [R(DeadlineEffect.Meet, RuleCodes.CasePayment)],
        [DeadlineEvent.PenaltyPublished] = [R(DeadlineEffect.Meet, RuleCodes.PenaltyPublish)],
        [DeadlineEvent.CaseHandedOver] = [R(DeadlineEffect.HandOver, null)],
    };
}

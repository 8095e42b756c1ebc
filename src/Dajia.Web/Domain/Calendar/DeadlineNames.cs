namespace Dajia.Web.Domain.Calendar;

/// <summary>The codes of the rule table (<c>DeadlineRule.Code</c>): every rule is named here, never by a literal.</summary>
public static class RuleCodes
{
    public const string ComplaintAccept = "complaint.accept";
    public const string ComplaintMediation = "complaint.mediation";

    /// <summary>Telling the complainant how mediation ended (暂行办法第二十一条: 7 working days).</summary>
    public const string ComplaintNotify = "complaint.notify";
    public const string ClueVerify = "clue.verify";
    public const string InformantNotify = "informant.notify";
    public const string CaseDecision = "case.decision";

    /// <summary>陈述申辩期: the party's days after the 行政处罚告知 before the decision may be made (行政处罚法第四十四条、第六十四条).</summary>
    public const string CaseStatement = "case.statement";

    /// <summary>Paying a fine: fifteen days from the decision (《行政处罚法》1996 第四十六条, 2021 第六十七条).</summary>
    public const string CasePayment = "case.payment";
    public const string PenaltyPublish = "penalty.publish";
    public const string PenaltyWithdraw = "penalty.withdraw";
    public const string EvidencePreservation = "evidence.preservation";
    public const string TransferApprove = "transfer.approve";
    public const string TransferHandover = "transfer.handover";
    public const string TransferPoliceDecision = "transfer.police-decision";
    public const string TransferReconsider = "transfer.reconsider";

    /// <summary>公安机关复议决定 (国务院令第310号第九条: three days from the request), after which nothing can be asked again.</summary>
    public const string TransferReview = "transfer.review";
    public const string TransferExhibits = "transfer.exhibits";

    /// <summary>附件1: each member unit reports its liaison by the plan's date.</summary>
    public const string LiaisonTable = "plan.liaison-table";

    /// <summary>附件2: each member unit's quarterly key-area report, by the plan's day of the plan's months.</summary>
    public const string QuarterlyReport = "plan.quarterly-report";

    /// <summary>Each member unit's annual written summary and report, by the plan's date.</summary>
    public const string AnnualSummary = "plan.annual-summary";
}

/// <summary>What a deadline is attached to (<c>Deadline.SubjectType</c>).</summary>
public static class DeadlineSubjects
{
    public const string Clue = "Clue";
    public const string Campaign = "Campaign";
    public const string LiaisonTable = "LiaisonTable";
    public const string PoliceTransfer = "PoliceTransfer";
    public const string Case = "Case";
}

namespace Dajia.Web.Domain.Cases;

/// <summary>
/// 不得以罚代刑 (《行政执法机关移送涉嫌犯罪案件的规定》第十一条): a case that crossed a 立案追诉标准, or was handed to the
/// police, may not be settled by a fine or a confiscation in place of the transfer. A warning, 责令停产停业 and 吊销许可证件
/// stand beside a transfer; the money is for the court (a fine already paid is offset against the criminal fine). Only
/// once the police refused to open a case and no reconsideration is pending does the administrative penalty go on whole.
/// <para>
/// A case whose figures once crossed a standard (<see cref="EnforcementCase.ReachedStandard"/>) stays barred after they
/// are lowered, until a transfer is reported and refused — not until the office's head approves the lowering. The head's
/// say is on a written transfer report, recorded with its reason (第五条), and the police judge whether there is a crime
/// (第八条, within three days) under the procuratorate's supervision (第十四条). The organ that would collect the fine is
/// the one interested in lower figures: its own head approving them outside that procedure would be the 以罚代刑 the rule
/// forbids (第十六条 holds the head answerable). A figure mistyped by a zero still costs a report the police refuse quickly.
/// </para>
/// </summary>
public static class TransferPenalties
{
    public const Penalties Monetary = Penalties.Fine | Penalties.ConfiscateGains | Penalties.ConfiscateGoods;

    public static readonly TransferPenaltyRule Free = new(~Penalties.None, null);

    /// <param name="flagged">Whether a transfer standard in force on the opening day flags the case.</param>
    /// <param name="status">The transfer's status, if one was reported.</param>
    /// <param name="reached">Whether the case's figures crossed a standard at some time (曾达到移送标准).</param>
    public static TransferPenaltyRule For(bool flagged, TransferStatus? status, bool reached = false) => status switch
    {
        TransferStatus.RefusalAccepted => Free,
        null or TransferStatus.NotApproved when !flagged && !reached => Free,
        TransferStatus.PoliceAccepted or TransferStatus.Completed => new(~Monetary, "Case.PenaltyPoliceTook"),
        _ => new(~Monetary, flagged ? "Case.PenaltyBeforeTransfer" : "Case.PenaltyOnceReached"),
    };
}

/// <summary>The penalties a decision may carry now, and the resource key of the reason when some are barred.</summary>
public sealed record TransferPenaltyRule(Penalties Allowed, string? Reason)
{
    public bool Allows(Penalties p) => (p & ~Allowed) == 0;
}

namespace Dajia.Web.Domain.Cases;

/// <summary>
/// 不得以罚代刑 (《行政执法机关移送涉嫌犯罪案件的规定》第十一条): a case that crossed a 立案追诉标准, or was handed to the
/// police, may not be settled by a fine or a confiscation in place of the transfer. A warning, 责令停产停业 and 吊销许可证件
/// stand beside a transfer; the money is for the court (a fine already paid is offset against the criminal fine). Only
/// once the police refused to open a case and no reconsideration is pending does the administrative penalty go on whole.
/// </summary>
public static class TransferPenalties
{
    public const Penalties Monetary = Penalties.Fine | Penalties.ConfiscateGains | Penalties.ConfiscateGoods;

    public static readonly TransferPenaltyRule Free = new(~Penalties.None, null);

    /// <param name="flagged">Whether a transfer standard in force on the opening day flags the case.</param>
    /// <param name="status">The transfer's status, if one was reported.</param>
    public static TransferPenaltyRule For(bool flagged, TransferStatus? status) => status switch
    {
        TransferStatus.RefusalAccepted => Free,
        null or TransferStatus.NotApproved when !flagged => Free,
        TransferStatus.PoliceAccepted or TransferStatus.Completed => new(~Monetary, "Case.PenaltyPoliceTook"),
        _ => new(~Monetary, "Case.PenaltyBeforeTransfer"),
    };
}

/// <summary>The penalties a decision may carry now, and the resource key of the reason when some are barred.</summary>
public sealed record TransferPenaltyRule(Penalties Allowed, string? Reason)
{
    public bool Allows(Penalties p) => (p & ~Allowed) == 0;
}

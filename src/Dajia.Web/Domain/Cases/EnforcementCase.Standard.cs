namespace Dajia.Web.Domain.Cases;

/// <summary>
/// 曾达到移送标准: the first time the case's figures crossed a 立案追诉标准 in force on its opening day, kept for good.
/// Lowering 案值/货值 or changing the type afterwards does not lift the 以罚代刑 bar (<see cref="TransferPenalties"/>).
/// </summary>
public sealed partial class EnforcementCase
{
    /// <summary>When the case was first known to cross a standard (立案 or the edit that crossed; for older cases the upgrade).</summary>
    public DateTimeOffset? StandardReachedAt { get; private set; }

    /// <summary>The standard it crossed then (<see cref="TransferThreshold.Code"/>).</summary>
    public string? StandardReachedCode { get; private set; }

    public decimal? StandardReachedCaseValue { get; private set; }
    public decimal? StandardReachedGoodsValue { get; private set; }

    public bool ReachedStandard => StandardReachedAt is not null;

    /// <summary>Records the first crossing with the figures of that moment; later crossings change nothing.</summary>
    public void NoteStandardReached(TransferThreshold? crossed, DateTimeOffset at)
    {
        if (crossed is null || ReachedStandard) return;
        (StandardReachedAt, StandardReachedCode, StandardReachedCaseValue, StandardReachedGoodsValue) =
            (at, crossed.Code, CaseValue, GoodsValue);
    }

    /// <summary>
    /// An edit that takes a case a standard flags below every standard: only with a written reason, recorded as its own
    /// line with the figures before and after (案值/货值调整至移送标准以下), never as a plain 修改案件信息.
    /// </summary>
    /// <param name="label">The type's name as officers read it (the history is Chinese text, like the other notes).</param>
    public void EditBelowStandard(CaseDetails d, CaseParty party, string? reason, Func<ViolationType, string> label, DateTimeOffset at,
        string by)
    {
        Guard(CaseMove.Edit);
        var why = Required(reason);
        var (type, sales, goods) = (ViolationType, CaseValue, GoodsValue);
        Apply(d, party);
        var typeNote = type == ViolationType ? "" : $"；类型 {label(type)} → {label(ViolationType)}";
        Record(CaseEventKind.AdjustedBelowStandard, at, by,
            $"案值 {sales:#,##0.00} → {CaseValue:#,##0.00}；货值 {goods:#,##0.00} → {GoodsValue:#,##0.00}{typeNote}；理由：{why}");
    }
}

namespace Dajia.Web.Domain.Cases;

/// <summary>
/// 罚款上限: the most a law lets a fine be for one violation type, in force from one day to another, with its article. The
/// maximum is <c>Multiple × base</c> once the base (案值 + 货值: 违法经营额 or 货值金额, sold and unsold goods together)
/// is above zero and reaches <see cref="MultipleFrom"/>, else <see cref="Otherwise"/> (商标法第六十条: ≥5万 → 5倍;
/// otherwise 25万), and never less than <see cref="Floor"/> (the sanity bound's fixed part).
/// </summary>
public sealed record FineLimit(
    string Code, ViolationType Type, decimal Multiple, decimal MultipleFrom, decimal Otherwise, string LegalBasis, DateOnly From,
    DateOnly? To = null, decimal Floor = 0)
{
    public bool AppliesOn(DateOnly day) => day >= From && (To is null || day <= To);

    public decimal MaxFor(decimal caseValue, decimal goodsValue)
    {
        var value = caseValue + goodsValue;
        return Math.Max(Floor, value > 0 && value >= MultipleFrom ? decimal.Round(Multiple * value, 2) : Otherwise);
    }
}

/// <summary>The maximum that binds a decision, and the rule that set it.</summary>
public sealed record FineCap(decimal Max, FineLimit Rule);

public static class FineLimits
{
    /// <summary>
    /// 从旧兼从轻 (行政处罚法 2021 第三十七条): the law in force when the violation happened (the case's 立案 day is the
    /// nearest day the case records), unless the law on the decision day punishes less. Null: no rule applies (a case
    /// older than every rule).
    /// </summary>
    public static FineCap? CapOf(IEnumerable<FineLimit> rules, ViolationType type, decimal caseValue, decimal goodsValue,
        DateOnly openedOn, DateOnly decidedOn)
    {
        var list = rules.Where(r => r.Type == type).ToList();
        var caps = new[] { openedOn, decidedOn }.Select(d => list.FirstOrDefault(r => r.AppliesOn(d))).OfType<FineLimit>()
            .Select(r => new FineCap(r.MaxFor(caseValue, goodsValue), r)).ToList();
        return caps.Count == 0 ? null : caps.MinBy(c => c.Max);
    }

    /// <summary>A fine above the cap: one error on <c>fine</c> stating the maximum and its basis; null when it fits.</summary>
    public static FieldError? Check(FineCap? cap, decimal? fine)
    {
        if (cap is null || fine is not { } f || f <= cap.Max) return null;
        var max = cap.Max.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture);
        return cap.Max == 0
            ? new FieldError("fine", "Validation.Case.FineNoBase", cap.Rule.LegalBasis)
            : new FieldError("fine", "Validation.Case.FineAboveMax", max, cap.Rule.LegalBasis);
    }
}

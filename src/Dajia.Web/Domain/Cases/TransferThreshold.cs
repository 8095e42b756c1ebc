namespace Dajia.Web.Domain.Cases;

/// <summary>The crime a case may amount to (刑法 articles), which decides the thresholds that apply to it.</summary>
public enum CriminalOffence
{
    /// <summary>刑法第一百四十条 生产、销售伪劣产品罪.</summary>
    SubstandardProducts,

    /// <summary>刑法第二百一十三条 假冒注册商标罪.</summary>
    CounterfeitTrademark,

    /// <summary>刑法第二百一十四条 销售假冒注册商标的商品罪.</summary>
    SellingCounterfeitGoods,

    /// <summary>刑法第二百一十五条 非法制造、销售非法制造的注册商标标识罪.</summary>
    IllegalTrademarkLabels,
}

/// <summary>
/// 立案追诉标准: one condition under which an administrative case must go to the police, as data, because the
/// standards change (2008, 2010, 2025). The condition is <c>SalesFactor × 案值 + GoodsFactor × 货值 ≥ Amount</c>:
/// 伪劣产品 sales ≥ 50,000 is (1, 0, 50000); 3 × sales + unsold goods ≥ 150,000 is (3, 1, 150000).
/// A case is judged by the standards in force on its date.
/// </summary>
public sealed class TransferThreshold : Entity
{
    private TransferThreshold() { }

    public TransferThreshold(string code, CriminalOffence offence, string name, int salesFactor, int goodsFactor, decimal amount,
        string legalBasis, DateOnly from, DateOnly? to)
    {
        (Code, Offence, Name, LegalBasis) = (code, offence, name, legalBasis);
        (SalesFactor, GoodsFactor, Amount) = (salesFactor, goodsFactor, amount);
        (EffectiveFrom, EffectiveTo) = (from, to);
    }

    public string Code { get; private set; } = "";
    public CriminalOffence Offence { get; private set; }
    public string Name { get; private set; } = "";
    public int SalesFactor { get; private set; }
    public int GoodsFactor { get; private set; }
    public decimal Amount { get; private set; }
    public string LegalBasis { get; private set; } = "";
    public DateOnly EffectiveFrom { get; private set; }
    public DateOnly? EffectiveTo { get; private set; }

    /// <summary>The crime a violation type may amount to; 三无产品, 虚假标注 and others have no figure: officers judge them.</summary>
    public static CriminalOffence? OffenceOf(ViolationType v) => v switch
    {
        ViolationType.CounterfeitTrademark => CriminalOffence.CounterfeitTrademark,
        ViolationType.SellingCounterfeitGoods => CriminalOffence.SellingCounterfeitGoods,
        ViolationType.IllegalTrademarkLabels => CriminalOffence.IllegalTrademarkLabels,
        ViolationType.Substandard => CriminalOffence.SubstandardProducts,
        _ => null,
    };

    /// <summary>The standard's legal citation as corrected (the seed's): the figures stay as they are.</summary>
    public void CiteAs(string legalBasis) => LegalBasis = legalBasis;

    public bool AppliesOn(DateOnly day) => day >= EffectiveFrom && (EffectiveTo is null || day <= EffectiveTo);

    public decimal Measure(decimal caseValue, decimal goodsValue) => SalesFactor * caseValue + GoodsFactor * goodsValue;

    public bool IsCrossedBy(decimal caseValue, decimal goodsValue) => Measure(caseValue, goodsValue) >= Amount;
}

/// <summary>Whether a case must be transferred, and the standard it crossed (a single figure before a combined one).</summary>
public sealed record TransferVerdict(bool MustTransfer, TransferThreshold? Crossed, IReadOnlyList<TransferThreshold> InForce)
{
    public static TransferVerdict Of(
        IEnumerable<TransferThreshold> all, CriminalOffence? offence, decimal caseValue, decimal goodsValue, DateOnly on)
    {
        var inForce = offence is null
            ? []
            : all.Where(t => t.Offence == offence && t.AppliesOn(on))
                .OrderBy(t => t.SalesFactor > 0 && t.GoodsFactor > 0).ThenBy(t => t.Code, StringComparer.Ordinal).ToList();
        var crossed = inForce.FirstOrDefault(t => t.IsCrossedBy(caseValue, goodsValue));
        return new(crossed is not null, crossed, inForce);
    }
}

using Dajia.Web.Domain.Cases;
using static Dajia.Web.Domain.Cases.CriminalOffence;

namespace Dajia.Web.Data.Cases;

/// <summary>
/// 立案追诉标准 of reference/domain.md §2.4, each version with its effective range and basis. Seeded once per
/// (code, effective from), like the deadline rules. 违法所得 and 标识件数 are not on a case, so the standards that count
/// them are not here: an officer still transfers such a case by hand.
/// </summary>
public static class TransferThresholdSeed
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private const string First = "《最高人民检察院、公安部关于公安机关管辖的刑事案件立案追诉标准的规定（一）》（2008）第十六条";
    private const string Second = "《最高人民检察院、公安部关于公安机关管辖的刑事案件立案追诉标准的规定（二）》（2010）";
    // The 2025 amounts come from published reports of the interpretation (新华社 and others), not yet checked against its
    // text (reference/domain.md §2.4, "exact figures UNCONFIRMED"; docs/cases.md says so). The basis is printed in the
    // 涉嫌犯罪案件移送书 to the police, so it is the legal citation only: the caveat is for those who maintain this seed.
    private const string Ip2025 = "《最高人民法院、最高人民检察院关于办理侵犯知识产权刑事案件适用法律若干问题的解释》（法释〔2025〕5号）";

    private static readonly DateOnly FirstFrom = D(2008, 6, 25);
    private static readonly DateOnly SecondFrom = D(2010, 5, 7);
    private static readonly DateOnly Ip2025From = D(2025, 4, 26);
    private static readonly DateOnly Ip2025To = D(2025, 4, 25);

    public static IReadOnlyList<TransferThreshold> Thresholds() =>
    [
        new("substandard.sales", SubstandardProducts, "伪劣产品销售金额五万元以上", 1, 0, 50_000m,
            First + "：销售金额五万元以上", FirstFrom, null),
        new("substandard.unsold", SubstandardProducts, "伪劣产品尚未销售，货值金额十五万元以上", 0, 1, 150_000m,
            First + "：伪劣产品尚未销售，货值金额十五万元以上", FirstFrom, null),
        new("substandard.combined", SubstandardProducts, "销售金额的三倍与尚未销售的货值金额合计十五万元以上", 3, 1, 150_000m,
            First + "：销售金额不满五万元，但将已销售金额乘以三倍后，与尚未销售的伪劣产品货值金额合计十五万元以上", FirstFrom, null),
        new("trademark.business", CounterfeitTrademark, "假冒注册商标，非法经营数额五万元以上", 1, 0, 50_000m,
            Second + "第六十九条：非法经营数额在五万元以上", SecondFrom, null),
        new("selling.sales", SellingCounterfeitGoods, "销售明知是假冒注册商标的商品，销售金额五万元以上", 1, 0, 50_000m,
            Second + "第七十条：销售金额在五万元以上", SecondFrom, Ip2025To),
        new("selling.unsold", SellingCounterfeitGoods, "尚未销售，货值金额十五万元以上", 0, 1, 150_000m,
            Second + "第七十条：尚未销售，货值金额在十五万元以上", SecondFrom, Ip2025To),
        new("selling.combined", SellingCounterfeitGoods, "已销售与尚未销售的货值金额合计十五万元以上", 1, 1, 150_000m,
            Second + "第七十条：销售金额不满五万元，但已销售金额与尚未销售的货值金额合计在十五万元以上", SecondFrom, Ip2025To),
        new("selling.sales", SellingCounterfeitGoods, "销售假冒注册商标的商品，销售金额五万元以上", 1, 0, 50_000m,
            Ip2025 + "：销售金额在五万元以上的，属于“数额较大”", Ip2025From, null),
        new("selling.unsold", SellingCounterfeitGoods, "尚未销售，货值金额十五万元以上（未遂）", 0, 1, 150_000m,
            Ip2025 + "：尚未销售，货值金额在十五万元以上的，以销售假冒注册商标的商品罪（未遂）定罪处罚", Ip2025From, null),
        new("labels.business", IllegalTrademarkLabels, "非法制造、销售注册商标标识，非法经营数额五万元以上", 1, 0, 50_000m,
            Second + "第七十一条：非法经营数额在五万元以上（标识二万件以上的，由执法人员判断）", SecondFrom, null),
    ];
}

public static class TransferThresholdSeeder
{
    /// <summary>
    /// Every start: any standard (code + effective from) the database lacks. A stored standard's figures are left alone;
    /// its legal basis follows the seed's citation (nobody edits a standard in the app), so a corrected citation (the
    /// 2025 one once carried an editorial note into the 移送书) reaches a database seeded before it, audited.
    /// </summary>
    public static async Task SeedAsync(AppDbContext db, CancellationToken ct = default)
    {
        var stored = await db.TransferThresholds.ToListAsync(ct);
        var seed = TransferThresholdSeed.Thresholds();
        foreach (var t in stored)
            if (seed.FirstOrDefault(x => x.Code == t.Code && x.EffectiveFrom == t.EffectiveFrom) is { } s && s.LegalBasis != t.LegalBasis)
                t.CiteAs(s.LegalBasis);
        var existing = stored.Select(t => (t.Code, t.EffectiveFrom)).ToHashSet();
        db.TransferThresholds.AddRange(seed.Where(t => !existing.Contains((t.Code, t.EffectiveFrom))));
        await db.SaveChangesAsync(ct);
    }
}

using Dajia.Web.Domain.Cases;
using static Dajia.Web.Domain.Cases.ViolationType;

namespace Dajia.Web.Data.Cases;

/// <summary>
/// 罚款上限 per violation type, each version with its effective range and article. The base is the case's 案值 + 货值:
/// 违法经营额 (商标法实施条例第七十八条 counts sold and unsold goods) and 货值金额 (产品质量法第四十九条: 包括已售出和未售出的产品).
/// Kept in code, not in a table: nobody edits them, and a decision reads them at once; a new law is a new row here.
/// </summary>
public static class FineLimitSeed
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private const string Trademark2014 = "《中华人民共和国商标法》（2013年修正，2014年5月1日起施行）第六十条第二款："
        + "违法经营额五万元以上的，可以处违法经营额五倍以下的罚款；没有违法经营额或者违法经营额不足五万元的，可以处二十五万元以下的罚款";

    private const string Trademark2002 = "《中华人民共和国商标法实施条例》（2002）第五十二条："
        + "罚款数额为非法经营额3倍以下；非法经营额无法计算的，罚款数额为10万元以下";

    private const string Quality = "《中华人民共和国产品质量法》（2000年修正）";

    private static readonly DateOnly Quality2000 = D(2000, 9, 1);
    private static readonly DateOnly Trademark2002From = D(2002, 9, 15);
    private static readonly DateOnly Trademark2014From = D(2014, 5, 1);

    public static IReadOnlyList<FineLimit> Limits() =>
    [
        .. new[] { CounterfeitTrademark, SellingCounterfeitGoods, IllegalTrademarkLabels }.SelectMany(type => new FineLimit[]
        {
            new("trademark.2002", type, 3, 0, 100_000m, Trademark2002, Trademark2002From, Trademark2014From.AddDays(-1)),
            new("trademark.2014", type, 5, 50_000m, 250_000m, Trademark2014, Trademark2014From),
        }),
        // 第四十九条 (不符合保障人身、财产安全的标准) and 第五十条 (掺杂掺假、以假充真、以次充好、以不合格冒充合格) both end at
        // three times the 货值金额; neither has a fixed sum, so a case with no 货值 takes no fine until its value is known.
        new("quality.49-50", Substandard, 3, 0, 0, Quality + "第四十九条、第五十条：并处违法生产、销售产品货值金额三倍以下的罚款", Quality2000),
        new("quality.53", FalseLabel, 1, 0, 0,
            Quality + "第五十三条：伪造产品产地、伪造或者冒用他人厂名厂址、伪造或者冒用质量标志的，并处违法生产、销售产品货值金额等值以下的罚款",
            Quality2000),
        // 第五十四条 fines only 标识 under 第二十七条第（四）、（五）项 and only 情节严重; the other 三无 cases take 责令改正
        // alone. Whether a fine is due is the officers' judgement; this is its ceiling.
        new("quality.54", NoOrigin, 0.3m, 0, 0,
            Quality + "第五十四条：产品标识不符合本法第二十七条规定，情节严重的，并处违法生产、销售产品货值金额百分之三十以下的罚款",
            Quality2000),
        // Not a statute: 其他 spans many laws (食品安全法第一百二十三条 up to 30 × 货值金额, 反不正当竞争法第二十一条 up to
        // 500万, 广告法第五十五条 up to 200万 …) and the case does not say which. A bound no lawful fine of those reaches, so
        // only a typing error (100亿 on a 500-yuan case) is refused; the officers answer for the article they cite.
        new("other.sanity", Other, 30, 0, 5_000_000m,
            "其他违法类型：适用的单行法律各不相同，以决定引用的条款为准（食品安全法第一百二十三条为货值金额三十倍、反不正当竞争法第二十一条为五百万元等）；"
                + "超过货值金额三十倍与五百万元中的较高者的，按录入错误退回核对",
            D(1990, 1, 1), Floor: 5_000_000m),
    ];
}

namespace Dajia.Web.Features.Cases.Print;

/// <summary>
/// Which texts a penalty decision cites, by the rules in force on the decision day. Each edition's sentences are resources
/// (<c>Print.Decision.Payment.*</c>, <c>Print.Decision.Publication.*</c>) naming their articles.
/// </summary>
public static class DecisionLaw
{
    // 行政处罚法 2021 (effective 2021-07-15): pay within 15 days 第六十七条, 3 % a day 第七十二条, no suspension 第七十三条.
    // Before: the 1996 text, 第四十六条, 第五十一条, 第四十五条. The 3 % per day is capped at the fine (2021 第七十二条).
    public static readonly DateOnly PenaltyLaw2021 = new(2021, 7, 15);

    // 总局令第45号《市场监督管理行政处罚信息公示规定》 since 2021-09-01; before, 工商总局令第71号 (2014).
    public static readonly DateOnly Samr45 = new(2021, 9, 1);

    public static string PaymentKey(DateOnly decidedOn) =>
        "Print.Decision.Payment." + (decidedOn >= PenaltyLaw2021 ? "Law2021" : "Law1996");

    public static string PublicationKey(DateOnly decidedOn) =>
        "Print.Decision.Publication." + (decidedOn >= Samr45 ? "Samr45" : "Saic71");

    // 复议 60 days: 行政复议法 1999 第九条, 2023 第二十条. 诉讼 6 months: 行政诉讼法 (2014 修正, since 2015-05-01) 第四十六条.
    // Both periods count from receipt of the decision; the decisions this system prints are all later than 2015.
    public const string RightsKey = "Print.Decision.Rights";
}

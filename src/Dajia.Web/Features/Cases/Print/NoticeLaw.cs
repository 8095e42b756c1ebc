namespace Dajia.Web.Features.Cases.Print;

/// <summary>
/// Which articles a 行政处罚告知书 cites, by the law in force on the day it is served; each edition's sentences are the
/// resources <c>Print.Notice.Statement.*</c> and <c>Print.Notice.Hearing.*</c>.
/// </summary>
public static class NoticeLaw
{
    // 《工商行政管理机关行政处罚程序规定》(国家工商总局令第28号) from 2007-10-01: three working days to speak.
    public static readonly DateOnly Saic28 = new(2007, 10, 1);

    // 《市场监督管理行政处罚程序规定》(总局令第2号) from 2019-04-01: five working days to speak or ask for a hearing.
    public static readonly DateOnly Samr2 = new(2019, 4, 1);

    /// <summary>
    /// Law1996: 第三十一条、第三十二条、第四十二条 (three days for a hearing); Saic2007; Samr2019; Law2021: 第四十四条、第六十三条、
    /// 第六十四条 — the same terms as the <c>case.statement</c> rule rows.
    /// </summary>
    public static string Edition(DateOnly servedOn) =>
        servedOn >= DecisionLaw.PenaltyLaw2021 ? "Law2021" : servedOn >= Samr2 ? "Samr2019" : servedOn >= Saic28 ? "Saic2007" : "Law1996";
}

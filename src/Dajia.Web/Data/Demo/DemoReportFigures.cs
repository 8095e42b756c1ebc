using Dajia.Web.Domain.Reporting;
using Dajia.Web.Features.Shared;

namespace Dajia.Web.Data.Demo;

/// <summary>
/// What the units type on 附件2 because no record holds it (publicity, people handed to the police, stalls ordered to put
/// things right) and their written remarks. Invented but plausible for a town of this size; the same quarters each year.
/// Everything else on the form is the system's prefill from the demo's records.
/// </summary>
public static class DemoReportFigures
{
    /// <summary>Per unit and quarter: 宣传活动 场, 发放资料 份, 媒体报道 篇, 曝光典型案例 宗.</summary>
    private static readonly Dictionary<string, int[][]> Publicity = new()
    {
        ["xcb"] = [[1, 800, 2, 0], [1, 300, 1, 0], [2, 1200, 3, 1], [2, 1000, 2, 1]],
        ["scjg"] = [[1, 500, 0, 0], [0, 0, 0, 0], [1, 600, 1, 1], [1, 400, 1, 2]],
        ["zhzf"] = [[0, 0, 0, 0], [0, 0, 0, 0], [0, 200, 0, 0], [0, 150, 0, 0]],
        ["ltsq"] = [[0, 0, 0, 0], [0, 0, 0, 0], [1, 300, 0, 0], [1, 200, 0, 0]],
        ["ltbyc"] = [[0, 0, 0, 0], [0, 0, 0, 0], [1, 500, 0, 0], [1, 400, 0, 0]],
    };

    private static readonly string[] PublicityCodes = ["publicity.events", "publicity.materials", "publicity.media", "publicity.exposures"];

    /// <summary>
    /// 市场监管分局's quarter 3 joint inspection ordered two stalls to put things right and sent one person's case to the
    /// police; in quarter 4 one more stall was ordered to (the case of unlabelled cloth opened from a clue).
    /// </summary>
    private static int Rectifications(string unit, int quarter) => unit == "scjg" ? quarter switch { 3 => 2, 4 => 1, _ => 0 } : 0;

    private static int Persons(string unit, int quarter) => unit == "scjg" && quarter == 3 ? 1 : 0;

    private static readonly Dictionary<string, (string Problems, string NextSteps)> Remarks = new()
    {
        ["scjg"] = ("部分摊位经营者法律意识淡薄，无厂名厂址布料和假冒注册商标牛仔裤仍有流通；涉嫌犯罪案件线索多来自群众举报，主动发现不足。",
            "会同公安分局、综合执法局继续开展联合检查，加强对重点摊位的日常巡查和回访，落实整改。"),
        ["xcb"] = ("群众对举报渠道知晓率不高，宣传多集中在布业城，辐射周边社区不足。", "利用镇公众号和社区宣传栏持续宣传举报渠道，曝光典型案例。"),
        ["ltbyc"] = ("市场内流动摊贩较多，经营者更换频繁，台账更新不及时。", "完善摊位租赁登记，配合职能部门开展巡查。"),
    };

    /// <summary>A quarter's typed figures for a unit; the remarks from quarter 3 on, when the campaign was under way.</summary>
    public static ReportValues Quarter(string unit, int quarter)
    {
        var numbers = new Dictionary<string, decimal>
        {
            ["cases.transferredPersons"] = Persons(unit, quarter), ["cases.rectifications"] = Rectifications(unit, quarter),
        };
        var row = Publicity.TryGetValue(unit, out var rows) ? rows[quarter - 1] : [0, 0, 0, 0];
        for (var i = 0; i < PublicityCodes.Length; i++) numbers[PublicityCodes[i]] = row[i];
        var texts = new Dictionary<string, string>();
        if (quarter >= 3 && Remarks.TryGetValue(unit, out var r))
            (texts["text.problems"], texts["text.nextSteps"]) = (r.Problems, r.NextSteps);
        return new ReportValues(numbers, texts);
    }

    /// <summary>The year's typed figures are its four quarters added up, as the annual form's rule asks.</summary>
    public static ReportValues Year(string unit)
    {
        var quarters = Enumerable.Range(1, 4).Select(q => Quarter(unit, q)).ToList();
        var numbers = quarters.SelectMany(q => q.Numbers).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Sum(p => p.Value));
        return new ReportValues(numbers, quarters[3].Texts);
    }

    public static ReportValues For(string unit, Period p) => p.Quarter is { } q ? Quarter(unit, q) : Year(unit);
}

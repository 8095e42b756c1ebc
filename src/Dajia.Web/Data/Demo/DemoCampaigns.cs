using Dajia.Web.Domain.Campaigns;
using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.MarketEntities;

namespace Dajia.Web.Data.Demo;

/// <summary>The 2017 Dayong plan as written, and a current-year plan derived from it so the demo has live deadlines.</summary>
public static class DemoCampaigns
{
    public const string Goals = "结合实际，将岚田布业城作为打假重点区域，采取“镇区打假办+职能部门”的上下联动模式，通过日常监管和统一专项行动，使重点区域的打假形势明显好转，问题得到有效整治，有效遏制制假售假势头，切实保障广大人民群众的身体健康。";
    public const string Tasks = "由镇打假办牵头，开展打击生产销售假冒伪劣商品专项整治行动，各有关职能部门配合。2017年度大涌镇重点整治区域：岚田布业城。";

    private static readonly (string Name, int FromMonth, int ToMonth, string Expectations)[] Stages =
    [
        ("组织、排查阶段", 7, 8, "制定工作方案，做好思想发动和组织动员；通过监督检查、发动群众举报、组织暗访摸查等方式，积极开展线索排查。"),
        ("打击整治阶段", 9, 10, "分析研究、调查核实线索，边摸查边查处；组织联合执法检查，开展集中打击整治联合行动，查办一批案件，打击处理一批违法制假售假人员。"),
        ("总结验收阶段", 11, 12, "对集中整治行动进行评估验收，总结经验，查找突出问题，进一步制定长效监管机制。"),
    ];

    /// <summary>Adds the plans to the context and returns them, so their dates can become deadlines once units are stored.</summary>
    public static List<Campaign> Seed(AppDbContext db, Jurisdiction town, KeyArea area, DateOnly today, DateOnly currentLiaisonDue)
    {
        var plan2017 = new Campaign(town.Id, new CampaignDetails(2017, "2017年大涌镇打假工作方案", null, new DateOnly(2017, 9, 11), Goals, Tasks,
            FullText(), area.Id, new DateOnly(2017, 9, 19), 25, [3, 6, 9, 12], new DateOnly(2017, 12, 10),
            "任虹", "87866388", "87866383", "971214562@qq.com",
            // The town reads "12月10日前" on a Sunday as the Monday after, as it does for its other office deadlines.
            ReportDueMovesToWorkingDay: true));
        plan2017.SetStages(
            Stages.Select(s => (s.Name, new DateOnly(2017, s.FromMonth, 1), LastDay(2017, s.ToMonth), (string?)s.Expectations)));
        plan2017.Publish(true);
        db.Add(plan2017);
        if (today.Year == 2017) return [plan2017];

        var y = today.Year;
        var current = new Campaign(town.Id, new CampaignDetails(y, $"{y}年大涌镇打假工作方案", null, new DateOnly(y, 6, 20),
            Goals.Replace("2017", y.ToString()), Tasks.Replace("2017", y.ToString()), DerivedText(y), area.Id,
            currentLiaisonDue, 25, [3, 6, 9, 12], new DateOnly(y, 12, 10), "何雪梅", "0760-87112345", "0760-87112346", "dy-djb@example.com",
            ReportDueMovesToWorkingDay: true));
        current.SetStages(Stages.Select(s => (s.Name, new DateOnly(y, s.FromMonth, 1), LastDay(y, s.ToMonth), (string?)s.Expectations)));
        // The year's plan is public like 2017's was: the portal links it, and 2017 stays readable as history.
        current.Publish(true);
        db.Add(current);
        return [plan2017, current];
    }

    /// <summary>The 2017 text with this year's dates and the demo's generated contacts instead of the real ones.</summary>
    private static string DerivedText(int year) => FullText().Replace("2017", year.ToString())
        .Replace("王军军", "黄志远").Replace("任虹", "何雪梅").Replace("87866388", "0760-87112345")
        .Replace("87866383", "0760-87112346").Replace("971214562@qq.com", "dy-djb@example.com");

    private static DateOnly LastDay(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    private static string FullText()
    {
        using var stream = typeof(DemoCampaigns).Assembly.GetManifestResourceStream("Dajia.Demo.plan-2017.txt")!;
        return new StreamReader(stream).ReadToEnd();
    }
}

using System.Globalization;
using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.Reporting;
using Dajia.Web.Features.Reporting.Annual;

namespace Dajia.Web.Data.Demo;

/// <summary>
/// The office's 2017 town summary (镇年度打假工作总结): drafted from the year's records and the units' annual reports as the
/// page drafts it (<see cref="TownFacts"/>, <see cref="TownSummaryText"/>), saved once the annual round was in, then edited
/// by the office: a paragraph of its own after the opening, and the signature. So every figure in it is the demo's.
/// </summary>
public static class DemoTownSummary
{
    public const int Year = 2017;
    public static readonly DateTimeOffset DraftedAt = new(2017, 12, 13, 9, 30, 0, ChinaTime.Offset);
    public static readonly DateTimeOffset EditedAt = new(2017, 12, 15, 16, 10, 0, ChinaTime.Offset);

    public const string OfficeParagraph = "全年，镇打假办坚持每季度通报各成员单位报表报送情况，会同市场监管、公安、烟草等部门开展联合执法检查，"
        + "重点整治岚田布业城及周边区域，做到线索有登记、核查有结果、案件有跟踪。";

    public const string Signature = "大涌镇打假办\n2017年12月15日";

    public static async Task SeedAsync(AppDbContext db, Jurisdiction town, IStringLocalizer l, CancellationToken ct)
    {
        // The draft is Chinese whatever culture the seeding process runs under (the resources' neutral language is zh-CN).
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        try
        {
            var draft = TownSummaryText.Draft(await new TownFacts(db, DemoReportKit.OfficeUser(town)).YearAsync(Year, ct), l);
            var summary = new TownSummary(town.Id, Year);
            summary.Save(draft, DraftedAt, DemoReportKit.Office);
            summary.Save(Edited(draft), EditedAt, DemoReportKit.Office);
            db.Add(summary);
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    /// <summary>The office's edit of the draft: its own paragraph after the opening one, and the signature at the end.</summary>
    public static string Edited(string draft)
    {
        var lines = draft.TrimEnd().Split('\n').ToList();
        lines.Insert(1, "");
        lines.Insert(2, OfficeParagraph);
        return string.Join('\n', lines) + "\n\n" + Signature + "\n";
    }
}

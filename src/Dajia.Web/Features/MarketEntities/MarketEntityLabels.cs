using Dajia.Web.Domain.MarketEntities;

namespace Dajia.Web.Features.MarketEntities;

/// <summary>The words of the entity workbook's columns and cells: the file layout, fixed like 附件1's headers.</summary>
public static class MarketEntityLabels
{
    public static readonly string[] Columns =
        ["名称", "统一社会信用代码", "类型", "类别", "重点区域", "摊位号", "地址", "经营者姓名", "经营者身份证号", "联系电话", "风险等级", "状态"];

    public static readonly IReadOnlyDictionary<MarketEntityKind, string> Kinds = new Dictionary<MarketEntityKind, string>
    {
        [MarketEntityKind.Enterprise] = "企业", [MarketEntityKind.IndividualBusiness] = "个体工商户", [MarketEntityKind.Stall] = "摊位",
    };

    public static readonly IReadOnlyDictionary<MarketEntityCategory, string> Categories = new Dictionary<MarketEntityCategory, string>
    {
        [MarketEntityCategory.Fabric] = "布料", [MarketEntityCategory.Garments] = "服装", [MarketEntityCategory.Accessories] = "辅料",
        [MarketEntityCategory.RedwoodFurniture] = "红木家具", [MarketEntityCategory.Other] = "其他",
    };

    public static readonly IReadOnlyDictionary<RiskLevel, string> Risks = new Dictionary<RiskLevel, string>
    {
        [RiskLevel.Low] = "低", [RiskLevel.Medium] = "中", [RiskLevel.High] = "高",
    };

    public static readonly IReadOnlyDictionary<MarketEntityStatus, string> Statuses = new Dictionary<MarketEntityStatus, string>
    {
        [MarketEntityStatus.Operating] = "在营", [MarketEntityStatus.Suspended] = "停业", [MarketEntityStatus.Closed] = "注销",
    };

    /// <summary>A cell's word back to the enum's name (the API's spelling); blank stays blank; unknown stays as typed.</summary>
    public static string? ToName<T>(IReadOnlyDictionary<T, string> labels, string? cell) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(cell)) return null;
        var text = cell.Trim();
        foreach (var (value, label) in labels)
            if (label == text) return value.ToString();
        return text;
    }
}

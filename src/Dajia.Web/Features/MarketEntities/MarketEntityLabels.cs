using Dajia.Web.Domain.MarketEntities;
using Dajia.Web.Features.Shared.Xlsx;

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

    /// <summary>The export's columns, in <see cref="Columns"/> order, so an exported file imports back.</summary>
    public static List<ListColumn<MarketEntity>> ListColumns(IReadOnlyDictionary<Guid, string> areas) =>
    [
        new(Columns[0], e => e.Name, 30), new(Columns[1], e => e.CreditCode, 22), new(Columns[2], e => Kinds[e.Kind], 12),
        new(Columns[3], e => Categories[e.Category], 10),
            new(Columns[4], e => e.KeyAreaId is { } k ? areas.GetValueOrDefault(k) : null, 16),
        new(Columns[5], e => e.StallNumber, 10), new(Columns[6], e => e.Address, 30), new(Columns[7], e => e.OperatorName, 12),
        new(Columns[8], e => e.OperatorIdMasked, 20), new(Columns[9], e => e.ContactPhone, 16), new(Columns[10], e => Risks[e.Risk], 8),
        new(Columns[11], e => Statuses[e.Status], 8),
    ];

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

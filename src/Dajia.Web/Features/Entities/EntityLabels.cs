using Dajia.Web.Domain.Entities;

namespace Dajia.Web.Features.Entities;

/// <summary>The words of the entity workbook's columns and cells: the file layout, fixed like 附件1's headers.</summary>
public static class EntityLabels
{
    public static readonly string[] Columns =
        ["名称", "统一社会信用代码", "类型", "类别", "重点区域", "摊位号", "地址", "经营者姓名", "经营者身份证号", "联系电话", "风险等级", "状态"];

    public static readonly IReadOnlyDictionary<EntityKind, string> Kinds = new Dictionary<EntityKind, string>
    {
        [EntityKind.Enterprise] = "企业", [EntityKind.IndividualBusiness] = "个体工商户", [EntityKind.Stall] = "摊位",
    };

    public static readonly IReadOnlyDictionary<EntityCategory, string> Categories = new Dictionary<EntityCategory, string>
    {
        [EntityCategory.Fabric] = "布料", [EntityCategory.Garments] = "服装", [EntityCategory.Accessories] = "辅料",
        [EntityCategory.RedwoodFurniture] = "红木家具", [EntityCategory.Other] = "其他",
    };

    public static readonly IReadOnlyDictionary<RiskLevel, string> Risks = new Dictionary<RiskLevel, string>
    {
        [RiskLevel.Low] = "低", [RiskLevel.Medium] = "中", [RiskLevel.High] = "高",
    };

    public static readonly IReadOnlyDictionary<EntityStatus, string> Statuses = new Dictionary<EntityStatus, string>
    {
        [EntityStatus.Operating] = "在营", [EntityStatus.Suspended] = "停业", [EntityStatus.Closed] = "注销",
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

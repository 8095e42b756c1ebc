using Dajia.Web.Domain.Units;
using Dajia.Web.Features.Shared.Xlsx;
using static Dajia.Web.Features.LiaisonTables.LiaisonTableLayout;

namespace Dajia.Web.Features.LiaisonTables;

/// <summary>Writes 附件1 as .xlsx: one row per liaison, the deputy (B角) on the row below its unit.</summary>
public static class LiaisonTableWorkbook
{
    public static byte[] Build(string title, IReadOnlyList<Unit> units, DateOnly filledOn)
    {
        var rows = new List<IReadOnlyList<object?>>();
        var number = 1;
        foreach (var unit in units)
        {
            rows.Add(Row(number, unit, unit.Current(LiaisonRole.Primary), isDeputy: false));
            if (unit.Current(LiaisonRole.Deputy) is { } deputy) rows.Add(Row(number, unit, deputy, isDeputy: true));
            number++;
        }
        var footer = new OfficialFooter($"{DatePrefix}：{filledOn:yyyy年M月d日}", 4, "填报单位（盖章）：", Mobile);
        return OfficialWorkbook.Build(Sheet, title, rows, footer);
    }

    private static object?[] Row(int number, Unit unit, Liaison? l, bool isDeputy) =>
    [
        number, unit.Name,
        isDeputy ? null : unit.Leader.Name, isDeputy ? null : unit.Leader.Title, isDeputy ? null : unit.Leader.Mobile,
        l?.Name, l?.Gender switch { Gender.Male => "男", Gender.Female => "女", _ => null },
        l?.Title, l?.OfficePhone, l?.Mobile, l?.Fax, l?.Email,
        isDeputy ? DeputyMark : l is null ? "未报送" : null,
    ];
}

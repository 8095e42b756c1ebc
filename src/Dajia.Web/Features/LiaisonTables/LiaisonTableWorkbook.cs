using Dajia.Web.Domain.LiaisonTables;
using Dajia.Web.Domain.Units;
using Dajia.Web.Features.Shared.Xlsx;
using static Dajia.Web.Features.LiaisonTables.LiaisonTableLayout;

namespace Dajia.Web.Features.LiaisonTables;

/// <summary>One unit's lines in the sheet: what it submitted (or its record today), and the day it submitted, if it did.</summary>
public sealed record TableLine(string UnitName, LiaisonTableContent? Content, DateOnly? SubmittedOn);

/// <summary>Writes 附件1 as .xlsx: one row per liaison, the deputy (B角) on the row below its unit.</summary>
public static class LiaisonTableWorkbook
{
    /// <summary>The units' records as they are today (the register, also the blank the units fill in).</summary>
    public static byte[] Build(string title, IReadOnlyList<Unit> units, DateOnly filledOn) =>
        Build(title, units.Select(u => new TableLine(u.Name, LiaisonTableContent.Of(u), null)).ToList(), filledOn);

    /// <summary>
    /// A round as submitted: each unit's kept table with its own 报送 day in 备注 (the import ignores it), and the round's
    /// 填报日期 the day of its latest submission.
    /// </summary>
    public static byte[] Build(string title, IReadOnlyList<TableLine> lines, DateOnly? filledOn)
    {
        var rows = new List<IReadOnlyList<object?>>();
        var number = 1;
        foreach (var line in lines)
        {
            var c = line.Content;
            rows.Add(Row(number, line.UnitName, c?.Leader, c?.Primary, c?.Primary is null ? "未报送" : Submitted(line.SubmittedOn)));
            if (c?.Deputy is { } deputy) rows.Add(Row(number, line.UnitName, null, deputy, DeputyMark));
            number++;
        }
        var footer = new OfficialFooter($"{DatePrefix}：{filledOn:yyyy年M月d日}", 4, "填报单位（盖章）：", Mobile);
        return OfficialWorkbook.Build(Sheet, title, rows, footer);
    }

    private static string? Submitted(DateOnly? on) => on is { } d ? $"{d:M月d日}报送" : null;

    private static object?[] Row(int number, string unitName, LeaderInCharge? leader, LiaisonDetails? l, string? remarks) =>
    [
        number, unitName, leader?.Name, leader?.Title, leader?.Mobile,
        l?.Name, l?.Gender switch { Gender.Male => "男", Gender.Female => "女", _ => null },
        l?.Title, l?.OfficePhone, l?.Mobile, l?.Fax, l?.Email, remarks,
    ];
}

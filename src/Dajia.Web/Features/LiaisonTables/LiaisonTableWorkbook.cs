using ClosedXML.Excel;
using Dajia.Web.Domain;
using static Dajia.Web.Features.LiaisonTables.LiaisonTableLayout;
using Dajia.Web.Domain.Units;

namespace Dajia.Web.Features.LiaisonTables;

/// <summary>Writes 附件1 as .xlsx: one row per liaison, the deputy (B角) on the row below its unit.</summary>
public static class LiaisonTableWorkbook
{
    private static readonly double[] Widths = [6, 28, 10, 14, 14, 12, 6, 18, 16, 14, 16, 24, 10];

    public static byte[] Build(string title, IReadOnlyList<Unit> units, DateOnly filledOn)
    {
        using var book = new XLWorkbook();
        var ws = book.AddWorksheet("联络员表");
        ws.Cell(TitleRow, 1).Value = title;
        var titleRange = ws.Range(TitleRow, 1, TitleRow, ColumnCount).Merge();
        titleRange.Style.Font.SetBold().Font.SetFontSize(16).Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);

        foreach (var (col, label) in Headers)
        {
            ws.Cell(HeaderRow, col).Value = label;
            if (col == LeaderName) ws.Range(HeaderRow, LeaderName, HeaderRow, LeaderMobile).Merge();
            else ws.Range(HeaderRow, col, SubHeaderRow, col).Merge();
        }
        foreach (var (col, label) in LeaderHeaders) ws.Cell(SubHeaderRow, col).Value = label;
        var header = ws.Range(HeaderRow, 1, SubHeaderRow, ColumnCount);
        header.Style.Font.SetBold().Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center)
            .Alignment.SetVertical(XLAlignmentVerticalValues.Center).Fill.SetBackgroundColor(XLColor.FromHtml("#EEF2F7"));

        var row = FirstDataRow;
        var number = 1;
        foreach (var unit in units)
        {
            WriteRow(ws, row++, number, unit, unit.Current(LiaisonRole.Primary), isDeputy: false);
            if (unit.Current(LiaisonRole.Deputy) is { } deputy) WriteRow(ws, row++, number, unit, deputy, isDeputy: true);
            number++;
        }
        var table = ws.Range(HeaderRow, 1, Math.Max(row - 1, SubHeaderRow), ColumnCount);
        table.Style.Border.SetOutsideBorder(XLBorderStyleValues.Thin).Border.SetInsideBorder(XLBorderStyleValues.Thin);
        // Phone numbers are text: a leading 0 must survive and Excel must not show 1.3E+10.
        ws.Range(FirstDataRow, LeaderMobile, Math.Max(row - 1, FirstDataRow), Fax).Style.NumberFormat.Format = "@";

        ws.Cell(row + 1, 1).Value = $"{DatePrefix}：{filledOn:yyyy年M月d日}";
        ws.Range(row + 1, 1, row + 1, 4).Merge();
        ws.Cell(row + 1, Mobile).Value = "填报单位（盖章）：";
        for (var i = 0; i < Widths.Length; i++) ws.Column(i + 1).Width = Widths[i];
        ws.SheetView.FreezeRows(SubHeaderRow);
        ws.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        ws.PageSetup.FitToPages(1, 0);

        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    private static void WriteRow(IXLWorksheet ws, int row, int number, Unit unit, Liaison? l, bool isDeputy)
    {
        void Text(int col, string? value) => ws.Cell(row, col).SetValue(value ?? "");
        ws.Cell(row, No).Value = number;
        Text(UnitName, unit.Name);
        if (!isDeputy)
        {
            Text(LeaderName, unit.Leader.Name);
            Text(LeaderTitle, unit.Leader.Title);
            Text(LeaderMobile, unit.Leader.Mobile);
        }
        Text(Name, l?.Name);
        Text(Sex, l?.Gender switch { Domain.Units.Gender.Male => "男", Domain.Units.Gender.Female => "女", _ => "" });
        Text(Title, l?.Title);
        Text(OfficePhone, l?.OfficePhone);
        Text(Mobile, l?.Mobile);
        Text(Fax, l?.Fax);
        Text(Email, l?.Email);
        Text(Remarks, isDeputy ? DeputyMark : l is null ? "未报送" : "");
    }
}

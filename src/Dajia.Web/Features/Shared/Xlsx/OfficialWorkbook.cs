using ClosedXML.Excel;

namespace Dajia.Web.Features.Shared.Xlsx;

/// <summary>The footer line under an official form: text at the left, and optionally at a given column.</summary>
public sealed record OfficialFooter(string Left, int LeftSpan = 4, string? Right = null, int RightColumn = 0);

/// <summary>Writes an <see cref="OfficialLayout"/> as .xlsx, bordered, landscape and one page wide, as it is printed.</summary>
public static class OfficialWorkbook
{
    public static byte[] Build(OfficialLayout layout, string title, IEnumerable<IReadOnlyList<object?>> rows, OfficialFooter footer)
    {
        using var book = new XLWorkbook();
        var ws = book.AddWorksheet(layout.SheetName);
        var n = layout.ColumnCount;
        ws.Cell(OfficialLayout.TitleRow, 1).Value = title;
        ws.Range(OfficialLayout.TitleRow, 1, OfficialLayout.TitleRow, n).Merge().Style.Font.SetBold().Font.SetFontSize(16)
            .Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
        WriteHeader(ws, layout);

        var row = layout.FirstDataRow;
        foreach (var values in rows)
        {
            for (var c = 0; c < n && c < values.Count; c++) Write(ws.Cell(row, c + 1), values[c], layout.Columns[c].Text);
            row++;
        }
        var lastRow = Math.Max(row - 1, layout.SubHeaderRow);
        ws.Range(OfficialLayout.HeaderRow, 1, lastRow, n).Style.Border.SetOutsideBorder(XLBorderStyleValues.Thin)
            .Border.SetInsideBorder(XLBorderStyleValues.Thin);

        ws.Cell(row + 1, 1).Value = footer.Left;
        ws.Range(row + 1, 1, row + 1, footer.LeftSpan).Merge();
        if (footer.Right is { } right) ws.Cell(row + 1, footer.RightColumn).Value = right;
        for (var c = 0; c < n; c++) ws.Column(c + 1).Width = layout.Columns[c].Width;
        ws.SheetView.FreezeRows(layout.SubHeaderRow);
        ws.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        ws.PageSetup.FitToPages(1, 0);
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    private static void WriteHeader(IXLWorksheet ws, OfficialLayout layout)
    {
        int header = OfficialLayout.HeaderRow, sub = layout.SubHeaderRow;
        for (var c = 1; c <= layout.ColumnCount; c++)
        {
            var column = layout.Columns[c - 1];
            if (column.Group is not { } group)
            {
                ws.Cell(header, c).Value = column.Header;
                if (sub > header) ws.Range(header, c, sub, c).Merge();
                continue;
            }
            ws.Cell(sub, c).Value = column.Header;
            if (layout.TopHeaderOf(c).Length == 0) continue;
            var last = c;
            while (last < layout.ColumnCount && layout.Columns[last].Group == group) last++;
            ws.Cell(header, c).Value = group;
            ws.Range(header, c, header, last).Merge();
        }
        ws.Range(header, 1, sub, layout.ColumnCount).Style.Font.SetBold().Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center)
            .Alignment.SetVertical(XLAlignmentVerticalValues.Center).Fill.SetBackgroundColor(XLColor.FromHtml("#EEF2F7"));
    }

    private static void Write(IXLCell cell, object? value, bool text)
    {
        if (text) cell.Style.NumberFormat.Format = "@";
        switch (value)
        {
            case null: return;
            case int i: cell.Value = i; return;
            case DateOnly d: cell.SetValue(d.ToDateTime(TimeOnly.MinValue)).Style.NumberFormat.Format = ListWorkbook.DateFormat; return;
            default: cell.SetValue(value.ToString() ?? ""); return;
        }
    }
}

using ClosedXML.Excel;

namespace Dajia.Web.Features.Shared.Xlsx;

/// <summary>
/// Every list export: a title row (the subject and the date), one header row, then one row per item with real dates
/// and numbers, column widths, the header frozen and filterable. A list that is read back in (the entity register)
/// has its header on <see cref="HeaderRow"/>.
/// </summary>
public static class ListWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const int TitleRow = 1;
    public const int HeaderRow = 2;
    public const string DateFormat = "yyyy-mm-dd";
    public const string InstantFormat = "yyyy-mm-dd hh:mm";

    /// <summary>The download name: the subject and the China date, e.g. 经营主体名录-2026-11-29.xlsx.</summary>
    public static string FileName(string subject, DateOnly on) => $"{subject}-{on:yyyy-MM-dd}.xlsx";

    public static byte[] Build<T>(string title, IReadOnlyList<ListColumn<T>> columns, IEnumerable<T> rows, string? sheetName = null)
    {
        using var book = new XLWorkbook();
        var ws = book.AddWorksheet(SheetName(sheetName ?? title));
        ws.Cell(TitleRow, 1).Value = title;
        ws.Range(TitleRow, 1, TitleRow, columns.Count).Merge().Style.Font.SetBold().Font.SetFontSize(14);
        for (var c = 0; c < columns.Count; c++)
        {
            ws.Cell(HeaderRow, c + 1).SetValue(columns[c].Header);
            ws.Column(c + 1).Width = columns[c].Width;
        }
        ws.Range(HeaderRow, 1, HeaderRow, columns.Count).Style.Font.SetBold().Fill.SetBackgroundColor(XLColor.FromHtml("#EEF2F7"));
        var r = HeaderRow;
        foreach (var row in rows)
        {
            r++;
            for (var c = 0; c < columns.Count; c++) Write(ws.Cell(r, c + 1), columns[c].Value(row));
        }
        ws.Range(HeaderRow, 1, Math.Max(r, HeaderRow), columns.Count).SetAutoFilter();
        ws.SheetView.FreezeRows(HeaderRow);
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Write(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null: return;
            case DateOnly d:
                cell.SetValue(d.ToDateTime(TimeOnly.MinValue)).Style.NumberFormat.Format = DateFormat;
                return;
            case DateTimeOffset at:
                cell.SetValue(ChinaTime.ToChina(at).DateTime).Style.NumberFormat.Format = InstantFormat;
                return;
            case int or long or decimal or double:
                cell.SetValue(
                Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)); return;
            default: cell.SetValue(value.ToString() ?? ""); return;
        }
    }

    /// <summary>A sheet name is at most 31 characters and may not hold : \ / ? * [ ].</summary>
    private static string SheetName(string text)
    {
        var clean = new string(text.Where(ch => ch is not (':' or '\\' or '/' or '?' or '*' or '[' or ']')).ToArray());
        return clean.Length > 31 ? clean[..31] : clean.Length == 0 ? "Sheet1" : clean;
    }
}

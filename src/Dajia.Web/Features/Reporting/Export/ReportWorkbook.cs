using ClosedXML.Excel;
using Dajia.Web.Domain.Reporting;
using static Dajia.Web.Features.Reporting.Export.ReportLayout;

namespace Dajia.Web.Features.Reporting.Export;

/// <summary>
/// Writes a <see cref="ReportBook"/> as .xlsx in the official layout: a merged title, the header lines, the bordered
/// indicator table (numbers as numbers, 万元 to four decimals), the text rows, the signature and seal area; A4 portrait,
/// one page wide, title and table header repeated on every page.
/// </summary>
public static class ReportWorkbook
{
    public static byte[] Build(ReportBook book)
    {
        using var workbook = new XLWorkbook();
        workbook.Style.Font.FontName = BodyFont;
        foreach (var sheet in book.Sheets) Write(workbook.AddWorksheet(sheet.SheetName), sheet);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Write(IXLWorksheet ws, ReportSheet s)
    {
        ws.Style.Font.FontName = BodyFont;
        ws.Style.Font.FontSize = 11;
        for (var c = 0; c < Columns; c++) ws.Column(c + 1).Width = Widths[c];
        Merge(ws, TitleRow, 1, Columns, s.Title).Style.Font.SetFontName(TitleFont).Font.SetBold().Font.SetFontSize(16)
            .Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center).Alignment.SetWrapText();
        ws.Row(TitleRow).Height = 36;
        Merge(ws, UnitRow, 1, 3, FilingUnit + s.FilingUnit);
        Merge(ws, UnitRow, 4, 5, ReportPeriod + s.PeriodText);
        Merge(ws, AreaRow, 1, Columns, KeyAreas + s.KeyAreas);
        Merge(ws, PeopleRow, 1, 2, FiledBy + s.FiledBy);
        ws.Cell(PeopleRow, 3).Value = Phone + s.Phone;
        Merge(ws, PeopleRow, 4, 5, ReviewedBy + s.ReviewedBy);
        ws.Range(UnitRow, 1, PeopleRow, Columns).Style.Font.SetFontName(LineFont).Font.SetFontSize(12);
        if (s.Mark is { } mark)
            Merge(ws, MarkRow, 1, Columns, mark).Style.Font.SetBold().Font.SetFontColor(XLColor.Red).Font.SetFontSize(14)
                .Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
        for (var c = 0; c < Columns; c++) ws.Cell(HeaderRow, c + 1).Value = c == 4 && s.SheetName == ReportExport.TownSheet
            ? Total : Headers[c];
        ws.Range(HeaderRow, 1, HeaderRow, Columns).Style.Font.SetBold().Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);

        var row = FirstLineRow;
        foreach (var block in s.Lines.GroupBy(x => x.Block.Code))
        {
            var first = row;
            foreach (var (number, b, i) in block)
            {
                ws.Cell(row, 1).Value = number;
                ws.Cell(row, 2).Value = b.Label;
                ws.Cell(row, 3).Value = i.Label;
                ws.Cell(row, 4).Value = i.Unit;
                if (s.Number(i.Code) is { } v) ws.Cell(row, 5).SetValue((double)v);
                ws.Cell(row, 5).Style.NumberFormat.Format = i.Type == IndicatorType.Count ? "0"
                    : i.Unit == ReportSheet.MoneyUnit ? "0.0000" : "General";
                row++;
            }
            ws.Range(first, 2, row - 1, 2).Merge().Style.Alignment.SetVertical(XLAlignmentVerticalValues.Center);
        }
        ws.Range(FirstLineRow, 1, row - 1, 4).Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
        ws.Range(FirstLineRow, 3, row - 1, 3).Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Left);
        foreach (var t in s.Texts)
        {
            Merge(ws, row, 1, 2, t.Label).Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center)
                .Alignment.SetVertical(XLAlignmentVerticalValues.Center);
            Merge(ws, row, 3, Columns, s.Values?.Text(t.Code) ?? "").Style.Alignment.SetWrapText()
                .Alignment.SetVertical(XLAlignmentVerticalValues.Top);
            ws.Row(row++).Height = 60;
        }
        ws.Range(HeaderRow, 1, row - 1, Columns).Style.Border.SetOutsideBorder(XLBorderStyleValues.Thin)
            .Border.SetInsideBorder(XLBorderStyleValues.Thin);
        if (s.Note is { } note)
        {
            Merge(ws, row, 1, Columns, note).Style.Alignment.SetWrapText().Alignment.SetVertical(XLAlignmentVerticalValues.Top);
            ws.Row(row++).Height = 45;
        }
        row++;
        Merge(ws, row, 1, 3, Head);
        Merge(ws, row, 4, 5, Seal).Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center)
            .Alignment.SetVertical(XLAlignmentVerticalValues.Bottom);
        ws.Row(row++).Height = 72;
        Merge(ws, row, 4, 5, FiledOn + ReportSheet.DateText(s.FiledOn));
        ws.Range(row - 1, 1, row, Columns).Style.Font.SetFontName(LineFont).Font.SetFontSize(12);
        PageSetup(ws, row);
    }

    private static IXLRange Merge(IXLWorksheet ws, int row, int from, int to, string text)
    {
        ws.Cell(row, from).Value = text;
        var range = ws.Range(row, from, row, to);
        if (to > from) range.Merge();
        return range;
    }

    private static void PageSetup(IXLWorksheet ws, int lastRow)
    {
        var p = ws.PageSetup;
        p.PaperSize = XLPaperSize.A4Paper;
        p.PageOrientation = XLPageOrientation.Portrait;
        p.FitToPages(1, 0);
        p.SetRowsToRepeatAtTop(TitleRow, HeaderRow);
        p.PrintAreas.Add(1, 1, lastRow, Columns);
        p.CenterHorizontally = true;
        p.Margins.Top = 0.9;
        p.Margins.Bottom = 0.8;
        p.Margins.Left = 0.7;
        p.Margins.Right = 0.6;
        p.Margins.Header = 0.3;
        p.Margins.Footer = 0.3;
        p.Footer.Center.AddText("第 ");
        p.Footer.Center.AddText(XLHFPredefinedText.PageNumber);
        p.Footer.Center.AddText(" 页，共 ");
        p.Footer.Center.AddText(XLHFPredefinedText.NumberOfPages);
        p.Footer.Center.AddText(" 页");
    }
}

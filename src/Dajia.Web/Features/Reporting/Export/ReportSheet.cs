using System.Globalization;
using Dajia.Web.Domain.Reporting;
using Dajia.Web.Features.Shared;

namespace Dajia.Web.Features.Reporting.Export;

/// <summary>
/// One printed copy of the form, as the Excel sheet and the print view both lay it out: the header lines, the figures
/// (null where the unit has nothing to count: not reported, not accepted), and the mark a copy carries when it is not
/// the accepted one (草稿, 未报送).
/// </summary>
public sealed record ReportSheet(
    string SheetName, string Title, string FilingUnit, string KeyAreas, string PeriodText, string? FiledBy, string? Phone,
    string? ReviewedBy, DateOnly? FiledOn, string? Mark, FormDefinition Form, ReportValues? Values, string? Note)
{
    /// <summary>The table's lines: every number of the form, numbered, with its block.</summary>
    public IReadOnlyList<(int Number, IndicatorBlock Block, Indicator Indicator)> Lines =>
        Form.Blocks.SelectMany(b => b.Indicators.Where(i => i.Type != IndicatorType.Text).Select(i => (Block: b, Indicator: i)))
            .Select((x, n) => (n + 1, x.Block, x.Indicator)).ToList();

    public IReadOnlyList<Indicator> Texts => Form.Indicators.Where(i => i.Type == IndicatorType.Text).ToList();

    public decimal? Number(string code) => Values?.Number(code);

    /// <summary>A figure as a person reads it: a count whole, 万元 with four decimals, another quantity (3 件) as it is.</summary>
    public static string Format(Indicator i, decimal? value) => value is not { } v ? ""
        : v.ToString(i.Type == IndicatorType.Count ? "0" : i.Unit == MoneyUnit ? "0.0000" : "0.####", CultureInfo.InvariantCulture);

    public const string MoneyUnit = "万元";

    /// <summary>2017年7月1日至9月30日 for a quarter, 2017年度 for a year.</summary>
    public static string PeriodOf(Period p) => p.Quarter is null ? $"{p.Year}年度"
        : $"{p.Year}年{p.Start.Month}月{p.Start.Day}日至{p.End.Month}月{p.End.Day}日";

    public static string DateText(DateOnly? d) => d is { } x ? $"{x.Year}年{x.Month}月{x.Day}日" : "";
}

/// <summary>A whole export: the file's name and its sheets, the town total first.</summary>
public sealed record ReportBook(string FileName, IReadOnlyList<ReportSheet> Sheets);

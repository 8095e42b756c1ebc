using System.Globalization;
using System.Text.Json;
using Dajia.Web.Domain.Reporting;

namespace Dajia.Web.Features.Reporting.Pages;

/// <summary>One figure of the 提交 summary: its value and whether it is the system's or the liaison's.</summary>
public sealed record SummaryLine(IndicatorDto Indicator, bool Empty);

/// <summary>How the form page reads what a browser posts, and words a report for its reader.</summary>
public static class ReportFormPage
{
    /// <summary>The name of an indicator's field in the page's form (a code has dots, so it is kept whole after "v.").</summary>
    public static string Field(string code) => "v." + code;

    /// <summary>The model-state key of an indicator's messages (the service's field "values.{code}").</summary>
    public static string ErrorKey(string code) => Infrastructure.Problems.FormKey("values." + code, "");

    /// <summary>Every indicator of the form as posted: numbers as the text typed (the service checks them), empty as none.</summary>
    public static ReportDraftInput Read(FormDefinition form, IFormCollection posted) => new(form.Indicators.ToDictionary(i => i.Code,
        i => JsonSerializer.SerializeToElement(posted[Field(i.Code)].ToString() is { Length: > 0 } s ? s.Trim() : null)));

    /// <summary>What the input shows: the text typed when the page comes back with messages, else the stored figure.</summary>
    public static string Shown(IndicatorDto i, IFormCollection? posted) =>
        posted is not null && posted.ContainsKey(Field(i.Code)) ? posted[Field(i.Code)].ToString()
        : i.Type == IndicatorType.Text ? i.Text ?? "" : Number(i.Value);

    public static string Number(decimal? v) => v is { } n ? n.ToString("0.####", CultureInfo.InvariantCulture) : "";

    /// <summary>2017Q3 → 2017年第3季度, 2017 → 2017年度.</summary>
    public static string PeriodName(string period, IStringLocalizer l) =>
        Shared.Period.TryParse(period, out var p)
            ? p.Quarter is { } q ? l["Reports.Quarter", p.Year, q] : l["Reports.Year", p.Year]
            : period;

    /// <summary>The AtMost rules as the page's script checks them: "left:right1,right2;…".</summary>
    public static string Rules(FormDefinition form) => string.Join(";", form.Rules.Where(r => r.Kind == FormRuleKind.AtMost)
        .Select(r => r.Left + ":" + string.Join(",", r.Right)));

    public static string Labels(FormDefinition form, IEnumerable<string> codes) =>
        string.Join("＋", codes.Select(c => form.Find(c)?.Label ?? c));
}

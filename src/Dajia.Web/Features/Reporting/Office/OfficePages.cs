using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Reporting.Office;

/// <summary>How the office's report pages answer what they load: the page, a 404, or the same page saying what was wrong.</summary>
public static class OfficePages
{
    /// <summary>Null when the value loaded; else the page's answer (a bad period is a 400 page naming it in Chinese).</summary>
    public static IActionResult? Refusal<T>(this PageModel page, ServiceResult<T> r, IStringLocalizer l)
    {
        switch (r.Outcome)
        {
            case Outcome.Ok: return null;
            case Outcome.NotFound: return page.NotFound();
            case Outcome.Forbidden: return page.Forbid();
            case Outcome.Invalid: page.ModelState.AddTo(r.Errors ?? [], l, ""); break;
            default: page.ModelState.AddModelError("", r.ConflictText(l)); break;
        }
        page.Response.StatusCode = StatusCodes.Status400BadRequest;
        return page.Page();
    }

    /// <summary>"2017年第3季度" or "2017年度".</summary>
    public static string PeriodLabel(string period, IStringLocalizer l) =>
        Period.TryParse(period, out var p)
            ? p.Quarter is { } q ? l["Report.Office.PeriodQuarter", p.Year, q] : l["Report.Office.PeriodYear", p.Year]
            : period;

    /// <summary>Money (万元) to four decimals, as the form is filled; a count as the whole number it is.</summary>
    public static string Figure(decimal value, string unit) =>
        value.ToString(unit == "万元" ? "0.0000" : "0.####", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The neighbouring period of the same kind, for the previous / next links.</summary>
    public static string Step(string period, int by)
    {
        if (!Period.TryParse(period, out var p)) return period;
        if (p.Quarter is not { } q) return (p.Year + by).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var n = p.Year * 4 + q - 1 + by;
        return new Period(n / 4, n % 4 + 1).ToString();
    }
}

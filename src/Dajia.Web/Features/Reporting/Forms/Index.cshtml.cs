using Dajia.Web.Domain.Reporting;
using Dajia.Web.Features.Reporting.Export;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Reporting.Forms;

/// <summary>
/// The report forms and their versions, and each recent period's official copies: the town's (office, leaders) or the
/// reader's unit's (a liaison).
/// </summary>
public sealed class IndexModel(FormVersions versions, CurrentUser user, TimeProvider time, IStringLocalizer<SharedResource> l)
    : PageModel
{
    public IReadOnlyList<FormDto> Forms { get; private set; } = [];

    public bool MayEdit => user.IsAdmin;

    /// <summary>The periods of this year so far and of last year, newest first.</summary>
    public IReadOnlyList<ExportLinks> PeriodsOf(FormDto form)
    {
        var today = ChinaTime.Today(time);
        var quarter = (today.Month - 1) / 3 + 1;
        var periods = form.Frequency == ReportFrequency.Annual
            ? new[] { today.Year, today.Year - 1 }.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : Enumerable.Range(0, quarter + 4).Select(n => (today.Year * 4 + quarter - 1) - n).Select(q => $"{q / 4}Q{q % 4 + 1}");
        var unit = user.IsLiaison ? user.UnitId : null;
        return periods.Select(p => new ExportLinks(form.Code, p, unit)).ToList();
    }

    /// <summary>2017年第3季度, 2017年度.</summary>
    public string Label(string period) => Period.TryParse(period, out var p) && p.Quarter is { } q
        ? l["ReportForms.QuarterLabel", p.Year, q] : l["ReportForms.YearLabel", p.Year];

    public async Task OnGetAsync(CancellationToken ct) => Forms = await versions.ListAsync(ct);
}

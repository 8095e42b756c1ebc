using Dajia.Web.Features.Reporting.Export;
using Dajia.Web.Features.Reporting.Pages;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Reporting.Forms;

/// <summary>
/// The report forms and their versions, and each period's official copies: the town's (office, leaders) or the reader's
/// unit's (a liaison).
/// </summary>
public sealed class IndexModel(FormVersions versions, ReportList list, CurrentUser user, IStringLocalizer<SharedResource> l)
    : PageModel
{
    private IReadOnlyList<ReportListRow> _rows = [];

    public IReadOnlyList<FormDto> Forms { get; private set; } = [];

    public bool MayEdit => user.IsAdmin;

    /// <summary>
    /// The periods that have due dates in the reader's town (the plan's duties, as /Reports lists them), newest first. A
    /// period of a year without a plan has no round and nothing to export, so it is not offered (2018–2025 in the demo).
    /// </summary>
    public IReadOnlyList<ExportLinks> PeriodsOf(FormDto form)
    {
        var unit = user.IsLiaison ? user.UnitId : null;
        return _rows.Where(r => r.Form == form.Code).Select(r => new ExportLinks(form.Code, r.Period, unit)).ToList();
    }

    /// <summary>2017年第3季度, 2017年度.</summary>
    public string Label(string period) => Period.TryParse(period, out var p) && p.Quarter is { } q
        ? l["ReportForms.QuarterLabel", p.Year, q] : l["ReportForms.YearLabel", p.Year];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Forms = await versions.ListAsync(ct);
        _rows = await list.RowsAsync(ct);
    }
}

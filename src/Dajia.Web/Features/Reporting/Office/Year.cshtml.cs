using Dajia.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Reporting.Office;

/// <summary>The year's matrix: each unit's status in each period, with the rates per period and the counts per unit.</summary>
[Authorize(Policy = Infrastructure.Auth.Policies.OfficeOrLeader)]
public sealed class YearModel(YearMatrix years, AppDbContext db, IStringLocalizer<SharedResource> l) : PageModel
{
    public string Form { get; private set; } = "";
    public int Year { get; private set; }
    public YearMatrixDto? Matrix { get; private set; }

    /// <summary>The other forms, so the annual one is a click away from the quarterly one and back.</summary>
    public IReadOnlyList<(string Code, string Name)> Forms { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string form, int year, CancellationToken ct)
    {
        (Form, Year) = (form, year);
        var r = await years.GetAsync(form, year.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
        if (this.Refusal(r, l) is { } refused) return refused;
        Matrix = r.Value;
        Forms = (await db.ReportForms.AsNoTracking().OrderBy(f => f.Code).Select(f => new { f.Code, f.Name }).ToListAsync(ct))
            .Select(f => (f.Code, f.Name)).ToList();
        return Page();
    }
}

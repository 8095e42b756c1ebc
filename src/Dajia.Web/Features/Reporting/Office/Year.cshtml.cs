using Dajia.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Reporting.Office;

/// <summary>The year's matrix: each unit's status in each period, with the rates per period and the counts per unit.</summary>
[Authorize(Policy = Infrastructure.Auth.Policies.OfficeOrLeader)]
public sealed class YearModel(YearMatrix years, AppDbContext db, CurrentUser user, IStringLocalizer<SharedResource> l) : PageModel
{
    public string Form { get; private set; } = "";
    public int Year { get; private set; }
    public YearMatrixDto? Matrix { get; private set; }

    /// <summary>The other forms, so the annual one is a click away from the quarterly one and back.</summary>
    public IReadOnlyList<(string Code, string Name)> Forms { get; private set; } = [];

    /// <summary>The units' short names: the sticky first column must leave a phone room for the periods.</summary>
    public IReadOnlyDictionary<Guid, string> ShortNames { get; private set; } = new Dictionary<Guid, string>();

    public string ShortName(YearUnitDto u) => ShortNames.TryGetValue(u.UnitId, out var s) && s.Length > 0 ? s : u.UnitName;

    public async Task<IActionResult> OnGetAsync(string form, int year, CancellationToken ct)
    {
        (Form, Year) = (form, year);
        var r = await years.GetAsync(form, year.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
        if (this.Refusal(r, l) is { } refused) return refused;
        Matrix = r.Value;
        Forms = (await db.ReportForms.AsNoTracking().OrderBy(f => f.Code).Select(f => new { f.Code, f.Name }).ToListAsync(ct))
            .Select(f => (f.Code, f.Name)).ToList();
        var ids = Matrix!.Units.Select(u => u.UnitId).ToList();
        ShortNames = await db.VisibleUnits(user).Where(u => ids.Contains(u.Id)).AsNoTracking()
            .ToDictionaryAsync(u => u.Id, u => u.ShortName, ct);
        return Page();
    }
}

using Dajia.Web.Domain;
using Dajia.Web.Features.LiaisonTables;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Dajia.Web.Domain.Units;

namespace Dajia.Web.Features.Units;

public sealed class DetailsModel(LiaisonService liaisons, LiaisonTableService tables, IStringLocalizer<SharedResource> l) : PageModel
{
    public Unit Unit { get; private set; } = null!;
    public IReadOnlyList<Liaison> History { get; private set; } = [];
    public UnitStatusRow? Status { get; private set; }
    public int Year { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var unit = await liaisons.FindVisibleAsync(id, ct);
        if (unit is null) return NotFound();
        Unit = unit;
        History = (await liaisons.HistoryAsync(id, ct)).Value ?? [];
        var overview = await tables.OverviewAsync(null, ct);
        Year = overview.Year;
        Status = overview.Rows.FirstOrDefault(r => r.Unit.Id == id && r.Status is not null);
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct) =>
        Finish(id, await liaisons.SubmitAsync(id, null, ct), "LiaisonTable.Submitted");

    public async Task<IActionResult> OnPostEndDeputyAsync(Guid id, CancellationToken ct) =>
        Finish(id, await liaisons.EndDeputyAsync(id, ct), "Liaison.DeputyEnded");

    private IActionResult Finish<T>(Guid id, ServiceResult<T> result, string okKey)
    {
        switch (result.Outcome)
        {
            case Outcome.NotFound: return NotFound();
            case Outcome.Forbidden: return Forbid();
            case Outcome.Conflict: TempData["Flash"] = l[result.ConflictKey!].Value; break;
            default: TempData["Flash"] = l[okKey].Value; break;
        }
        return Redirect($"/Units/{id}");
    }
}

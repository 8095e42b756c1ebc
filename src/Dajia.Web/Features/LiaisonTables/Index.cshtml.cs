using Dajia.Web.Features.Shared;
using Dajia.Web.Features.Units;
using Dajia.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Dajia.Web.Features.LiaisonTables;

[Authorize(Policy = Infrastructure.Auth.Policies.OfficeOrLeader)]
public sealed class IndexModel(
    LiaisonTableService tables, LiaisonService liaisons, LiaisonTableImporter importer, IStringLocalizer<SharedResource> l) : PageModel
{
    public TableOverview Overview { get; private set; } = null!;
    public IReadOnlyList<string> ImportMessages { get; private set; } = [];

    public async Task OnGetAsync(int? year, CancellationToken ct) => Overview = await tables.OverviewAsync(year, ct);

    public async Task<IActionResult> OnPostDueOnAsync(int year, DateOnly? dueOn, CancellationToken ct)
    {
        var r = await tables.SetDueOnAsync(year, dueOn, ct);
        if (r.Outcome == Outcome.Forbidden) return Forbid();
        if (r.Outcome == Outcome.Invalid)
        {
            ModelState.AddTo(r.Errors!, l, "");
            Overview = await tables.OverviewAsync(year, ct);
            return Page();
        }
        TempData["Flash"] = l["LiaisonTable.DueSaved"].Value;
        return Redirect($"/LiaisonTables?year={year}");
    }

    public async Task<IActionResult> OnPostOnBehalfAsync(Guid unitId, int year, CancellationToken ct)
    {
        var r = await liaisons.SubmitAsync(unitId, year, ct);
        if (r.Outcome == Outcome.Forbidden) return Forbid();
        TempData["Flash"] = r.Outcome switch
        {
            Outcome.Ok => l["LiaisonTable.Submitted"].Value,
            Outcome.Conflict => l[r.ConflictKey!].Value,
            _ => l["Problem.NotFound"].Value,
        };
        return Redirect($"/LiaisonTables?year={year}");
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, int year, bool markSubmitted, CancellationToken ct)
    {
        if (UploadLimits.CheckXlsx(file) is { } problem)
        {
            ImportMessages = [l[problem]];
        }
        else
        {
            await using var stream = file!.OpenReadStream();
            var r = await importer.ImportAsync(stream, markSubmitted ? year : null, ct);
            if (r.Outcome == Outcome.Forbidden) return Forbid();
            if (r.Value!.Applied is { } applied)
            {
                TempData["Flash"] = l["Import.Done", applied.UnitsUpdated, applied.LiaisonsChanged].Value;
                return Redirect($"/LiaisonTables?year={year}");
            }
            ImportMessages = ImportErrors.Messages(r.Value.Errors, l);
        }
        Overview = await tables.OverviewAsync(year, ct);
        return Page();
    }
}

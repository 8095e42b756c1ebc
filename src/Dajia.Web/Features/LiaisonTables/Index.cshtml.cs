using Dajia.Web.Features.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.LiaisonTables;

/// <summary>The year's 附件1 round: every unit for the office and leaders, a liaison's own unit for them.</summary>
[Authorize]
public sealed class IndexModel(
    LiaisonTableService tables, LiaisonService liaisons, LiaisonTableImporter importer, LiaisonRounds rounds, CurrentUser me,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public TableOverview Overview { get; private set; } = null!;
    public IReadOnlyList<string> ImportMessages { get; private set; } = [];

    /// <summary>Why the import was not even read (the round is closed).</summary>
    public string? ImportRefused { get; private set; }

    public async Task OnGetAsync(int? year, CancellationToken ct) => Overview = await tables.OverviewAsync(year, ct);

    public async Task<IActionResult> OnPostDueOnAsync(int year, DateOnly? dueOn, CancellationToken ct)
    {
        var r = await tables.SetDueOnAsync(year, dueOn, ct);
        return await this.AnswerAsync(r, l, _ => this.Done(l["LiaisonTable.DueSaved"], "/LiaisonTables/Index", new { year }),
            async () => Overview = await tables.OverviewAsync(year, ct));
    }

    public async Task<IActionResult> OnPostCloseAsync(int year, CancellationToken ct) =>
        this.AnswerByFlash(await tables.SetClosedAsync(year, true, ct), l, l["LiaisonTable.RoundClosed"], "/LiaisonTables/Index",
            new { year });

    public async Task<IActionResult> OnPostReopenAsync(int year, CancellationToken ct) =>
        this.AnswerByFlash(await tables.SetClosedAsync(year, false, ct), l, l["LiaisonTable.RoundReopened"], "/LiaisonTables/Index",
            new { year });

    public async Task<IActionResult> OnPostOnBehalfAsync(Guid unitId, int year, CancellationToken ct)
    {
        var r = await liaisons.SubmitAsync(unitId, year, ct);
        // A row's button: the unit may be gone from the list since it was shown, which the flash says rather than a 404 page.
        if (r.Outcome == Outcome.NotFound) return this.Done(l["Problem.NotFound"], "/LiaisonTables/Index", new { year });
        return this.AnswerByFlash(r, l, l["LiaisonTable.Submitted"], "/LiaisonTables/Index", new { year });
    }

    /// <summary>The form belongs to the year's page: a closed round takes no import, marked as submitted or not.</summary>
    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, int year, bool markSubmitted, CancellationToken ct)
    {
        if (!me.IsOffice) return Forbid();
        if (await rounds.IsClosedAsync(me.JurisdictionId, year, ct))
        {
            ImportRefused = l["LiaisonTable.Closed", year];
        }
        else if (UploadLimits.CheckXlsx(file) is { } problem)
        {
            ImportMessages = [l[problem]];
        }
        else
        {
            await using var stream = file!.OpenReadStream();
            var r = await importer.ImportAsync(stream, markSubmitted ? year : null, ct);
            if (r.Outcome == Outcome.Forbidden) return Forbid();
            if (r.Outcome == Outcome.Conflict) ImportRefused = l[r.ConflictKey!, r.ConflictArgs ?? []];
            else if (r.Value!.Applied is { } applied)
                return this.Done(l["Import.Done", applied.UnitsUpdated, applied.LiaisonsChanged], "/LiaisonTables/Index", new { year });
            else ImportMessages = ImportErrors.Messages(r.Value.Errors, l);
        }
        Overview = await tables.OverviewAsync(year, ct);
        return Page();
    }
}

using Dajia.Web.Domain.Units;
using Dajia.Web.Features.LiaisonTables;
using Dajia.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Units;

public sealed class DetailsModel(
    LiaisonService liaisons, LiaisonTableService tables, Shared.PeopleNames names, IStringLocalizer<SharedResource> l) : PageModel
{
    public Unit Unit { get; private set; } = null!;
    public IReadOnlyList<Liaison> History { get; private set; } = [];
    public UnitStatusRow? Status { get; private set; }
    public int Year { get; private set; }
    public Shared.People People { get; private set; } = Shared.People.None;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>The 文号前缀 (an administrator's); a refused prefix comes back under its field as typed.</summary>
    public async Task<IActionResult> OnPostDocumentPrefixAsync(Guid id, string? prefix, int? version,
        [FromServices] Cases.Documents.DocumentPrefixService prefixes, CancellationToken ct) =>
        await this.AnswerAsync(await prefixes.SetAsync(id, new(prefix), new Expected(version), ct), l,
            _ => this.Done(l["Units.DocumentPrefixSaved"], "/Units/Details", new { id }), () => LoadAsync(id, ct), "");

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var unit = await liaisons.FindVisibleAsync(id, ct);
        if (unit is null) return false;
        Unit = unit;
        History = (await liaisons.HistoryAsync(id, ct)).Value ?? [];
        var overview = await tables.OverviewAsync(null, ct);
        Year = overview.Year;
        Status = overview.Rows.FirstOrDefault(r => r.Unit.Id == id && (r.Status is not null || r.Submission is not null));
        People = await names.ResolveAsync(History.Select(h => h.RecordedBy), ct);
        return true;
    }

    public async Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct) =>
        Finish(id, await liaisons.SubmitAsync(id, null, ct), "LiaisonTable.Submitted");

    public async Task<IActionResult> OnPostEndDeputyAsync(Guid id, int? version, CancellationToken ct) =>
        Finish(id, await liaisons.EndDeputyAsync(id, ct, new Expected(version)), "Liaison.DeputyEnded");

    // The page is shown again by the redirect, so a refusal's reason comes back as the flash.
    private IActionResult Finish<T>(Guid id, ServiceResult<T> result, string okKey) =>
        this.AnswerByFlash(result, l, l[okKey], "/Units/Details", new { id });
}

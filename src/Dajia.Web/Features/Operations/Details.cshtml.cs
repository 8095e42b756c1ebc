using Dajia.Web.Features.MarketEntities;
using Dajia.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Dajia.Web.Features.Operations;

public sealed class DetailsModel(OperationService operations, MarketEntityService entities, IStringLocalizer<SharedResource> l) : PageModel
{
    public OperationDto Op { get; private set; } = null!;
    public IReadOnlyList<MarketEntityDto> Entities { get; private set; } = [];

    /// <summary>How many entities the area has; the list offers the first page of them and says so when there are more.</summary>
    public int EntitiesTotal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRespondAsync(Guid id, bool confirm, string? officers, CancellationToken ct) =>
        await FinishAsync(id, await operations.RespondAsync(id, new RespondInput(null, confirm, officers), ct), confirm ? "Operations.Confirmed" : "Operations.Declined", ct);

    public async Task<IActionResult> OnPostInspectAsync(Guid id, Guid? marketEntityId, string? result, string? notes, CancellationToken ct) =>
        await FinishAsync(id, await operations.InspectAsync(id, new InspectionInput(marketEntityId, result, notes), ct), "Operations.InspectionSaved", ct);

    public async Task<IActionResult> OnPostPhotoAsync(Guid id, IFormFile? file, [FromServices] FileStore files, CancellationToken ct)
    {
        if (FileStore.CheckImage(file) is { } problem)
        {
            ModelState.AddModelError("", l[problem]);
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
        return await FinishAsync(id, await operations.AddPhotoAsync(id, file!, files, ct), "Operations.PhotoSaved", ct);
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid inspectionId, CancellationToken ct) =>
        await FinishAsync(id, await operations.RemoveInspectionAsync(id, inspectionId, ct), "Operations.InspectionRemoved", ct);

    private async Task<IActionResult> FinishAsync(Guid id, ServiceResult<OperationDto> r, string okKey, CancellationToken ct)
    {
        switch (r.Outcome)
        {
            case Outcome.NotFound: return NotFound();
            case Outcome.Forbidden: return Forbid();
            case Outcome.Ok:
                TempData["Flash"] = l[okKey].Value;
                return Redirect($"/Operations/{id}");
            case Outcome.Conflict:
                ModelState.AddModelError("", l[r.ConflictKey!]);
                break;
            default:
                ModelState.AddTo(r.Errors!, l, "");
                break;
        }
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await operations.GetAsync(id, ct) is not { } op) return false;
        Op = op;
        var found = await entities.SearchAsync(new MarketEntityQuery(null, op.KeyAreaId, null, null, new(1, Shared.PageRequest.MaxSize)), ct);
        Entities = found.Items;
        EntitiesTotal = found.Total;
        return true;
    }
}

using Dajia.Web.Data;
using Dajia.Web.Domain.Cases;
using Dajia.Web.Domain.Operations;
using Dajia.Web.Features.MarketEntities;
using Dajia.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Operations;

/// <summary>A case opened from one of the operation's inspections, as its row shows it: late or not, goods seized or not.</summary>
public sealed record InspectionCase(Guid Inspection, Guid Id, string Number, CaseStatus Status, bool Overdue, bool Seized);

public sealed class DetailsModel(OperationService operations, EntitySearch entities, Cases.CaseService cases, AppDbContext db,
    TimeProvider time, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int HitsShown = 20;

    public OperationDto Op { get; private set; } = null!;

    /// <summary>Inspections a case was opened from, with the case's number: they cannot be removed.</summary>
    public IReadOnlyDictionary<Guid, string> CaseNumbers { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>The cases opened from these inspections that the reader may see.</summary>
    public IReadOnlyList<InspectionCase> Opened { get; private set; } = [];

    /// <summary>
    /// The tally by result, from the records where they say more than the row's one result: an inspection a case was opened
    /// from counts as 拟立案, and one whose case holds seized goods as 查扣商品 too.
    /// </summary>
    public IReadOnlyDictionary<InspectionResult, int> Tally => Enum.GetValues<InspectionResult>().ToDictionary(r => r,
        r => Op.Inspections.Count(i => i.Result == r
            || r == InspectionResult.CaseToOpen && Opened.Any(c => c.Inspection == i.Id)
            || r == InspectionResult.GoodsSeized && Opened.Any(c => c.Inspection == i.Id && c.Seized)));

    /// <summary>What the inspection form's search field holds: name, stall number or credit code.</summary>
    [BindProperty(SupportsGet = true)] public string? EntityQ { get; set; }
    public PagedList<EntityHitDto> Hits { get; private set; } = PagedList<EntityHitDto>.Empty(PageRequest.First);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    // Each form sends the version the page showed (hidden "version"): a change over someone else's later one is refused.
    public async Task<IActionResult> OnPostRespondAsync(Guid id, bool confirm, string? officers, int? version, CancellationToken ct) =>
        await FinishAsync(id, await operations.RespondAsync(id, new RespondInput(null, confirm, officers), ct, new Expected(version)),
            confirm ? "Operations.Confirmed" : "Operations.Declined", ct);

    public async Task<IActionResult> OnPostInspectAsync(Guid id, Guid? marketEntityId, string? result, string? notes, int? version,
        CancellationToken ct) =>
        await FinishAsync(id,
            await operations.InspectAsync(id, new InspectionInput(marketEntityId, result, notes), ct, new Expected(version)),
            "Operations.InspectionSaved", ct);

    public async Task<IActionResult> OnPostPhotoAsync(Guid id, IFormFile? file, int? version, [FromServices] FileStore files,
        CancellationToken ct)
    {
        if (FileStore.CheckImage(file) is { } problem)
        {
            ModelState.AddModelError("", l[problem]);
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
        var r = await operations.AddPhotoAsync(id, file!, files, ct, new Expected(version));
        return await FinishAsync(id, r, "Operations.PhotoSaved", ct);
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid inspectionId, int? version, CancellationToken ct) =>
        await FinishAsync(id, await operations.RemoveInspectionAsync(id, inspectionId, ct, new Expected(version)),
            "Operations.InspectionRemoved", ct);

    private async Task<IActionResult> FinishAsync(Guid id, ServiceResult<OperationDto> r, string okKey, CancellationToken ct) =>
        await this.AnswerAsync(r, l, _ => this.Done(l[okKey], "/Operations/Details", new { id }), () => LoadAsync(id, ct));

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await operations.GetAsync(id, ct) is not { } op) return false;
        Op = op;
        CaseNumbers = await operations.CaseNumbersAsync(op.Inspections.Select(i => i.Id).ToList(), ct);
        var ids = op.Inspections.Select(x => x.Id).ToList();
        var now = time.GetUtcNow();
        // The overdue view's test (the stored nearest running due), so the row says what /Cases?overdue=true says.
        Opened = await cases.Visible().Where(x => x.InspectionId != null && ids.Contains(x.InspectionId.Value))
            .Select(x => new InspectionCase(x.InspectionId!.Value, x.Id, x.Number, x.Status, x.NextDueAt < now,
                db.Exhibits.Any(e => e.CaseId == x.Id)))
            .ToListAsync(ct);
        if (EntityQ?.Trim() is { Length: > 0 } q)
            Hits = await entities.FindAsync(q.Length > EntitySearch.MaxQueryLength ? q[..EntitySearch.MaxQueryLength] : q, null,
                new(1, HitsShown), ct);
        return true;
    }
}

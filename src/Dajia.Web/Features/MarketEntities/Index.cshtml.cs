using Dajia.Web.Features.LiaisonTables;
using Dajia.Web.Features.Shared;
using Dajia.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Dajia.Web.Features.MarketEntities;

public sealed class IndexModel(
    MarketEntityService entities, KeyAreaService areas, MarketEntityWorkbook books, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? KeyAreaId { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;
    public MarketEntityPage Result { get; private set; } = new([], 1, 50, 0);
    public IReadOnlyList<KeyAreaDto> Areas { get; private set; } = [];
    public IReadOnlyList<string> ImportMessages { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (UploadLimits.CheckXlsx(file, UploadLimits.MaxEntityXlsxBytes) is { } problem) ImportMessages = [l[problem]];
        else
        {
            await using var stream = file!.OpenReadStream();
            var r = await books.ImportAsync(stream, ct);
            if (r.Outcome == Outcome.Forbidden) return Forbid();
            if (r.Value!.Errors.Count == 0)
                return this.Done(l["MarketEntities.Imported", r.Value.Created, r.Value.Updated], "/MarketEntities/Index");
            ImportMessages = r.Value.Errors.Take(200).Select(e => ImportErrors.Describe(e, l)).ToList();
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Areas = await areas.ListAsync(ct);
        Result = await entities.SearchAsync(new MarketEntityQuery(Q, KeyAreaId, null, null, PageNumber), ct);
    }
}

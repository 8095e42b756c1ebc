using Dajia.Web.Features.LiaisonTables;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Dajia.Web.Features.MarketEntities;

public sealed class IndexModel(
    MarketEntityService entities, KeyAreaService areas, MarketEntityWorkbook books, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? KeyAreaId { get; set; }
    [BindProperty(SupportsGet = true)] public string? PageNumber { get; set; }
    public PagedList<MarketEntityDto> Result { get; private set; } = PagedList<MarketEntityDto>.Empty(PageRequest.First);

    public Pager Pager => Pager.Of(Result, page => QueryHelpers.AddQueryString("/Entities", new Dictionary<string, string?>
    {
        ["q"] = Q, ["keyAreaId"] = KeyAreaId?.ToString(), ["pageNumber"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))));
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
            if (r.Value!.Applied is { } applied)
                return this.Done(l["MarketEntities.Imported", applied.Created, applied.Updated], "/MarketEntities/Index");
            ImportMessages = ImportErrors.Messages(r.Value.Errors, l);
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Areas = await areas.ListAsync(ct);
        Result = await entities.SearchAsync(new MarketEntityQuery(Q, KeyAreaId, null, null, Pager.Request(PageNumber, ModelState, l)), ct);
    }
}

using Dajia.Web.Domain;
using Dajia.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Dajia.Web.Features.MarketEntities;

public sealed class KeyAreasModel(KeyAreaService areas, IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<KeyAreaDto> Areas { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Areas = await areas.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(string? name, string? kind, string? address, string? years, string? description, CancellationToken ct)
    {
        var parsed = (years ?? "").Split([',', '，', ' ', '、'], StringSplitOptions.RemoveEmptyEntries)
            .Select(y => int.TryParse(y, out var v) ? v : -1).ToList();
        var r = await areas.SaveAsync(null, new KeyAreaInput(name, address, kind, description, parsed), ct);
        return await FinishAsync(r, ct);
    }

    public async Task<IActionResult> OnPostStatusAsync(Guid id, string? status, CancellationToken ct) =>
        await FinishAsync(await areas.MoveAsync(id, status, ct), ct);

    private async Task<IActionResult> FinishAsync(ServiceResult<KeyAreaDto> r, CancellationToken ct)
    {
        if (r.Outcome == Outcome.Forbidden) return Forbid();
        if (r.Outcome == Outcome.NotFound) return NotFound();
        if (r.Outcome == Outcome.Ok)
        {
            TempData["Flash"] = l["KeyAreas.Saved"].Value;
            return Redirect("/KeyAreas");
        }
        if (r.Outcome == Outcome.Conflict) ModelState.AddModelError("", l[r.ConflictKey!]);
        else ModelState.AddTo(r.Errors ?? [], l, "");
        Areas = await areas.ListAsync(ct);
        return Page();
    }
}

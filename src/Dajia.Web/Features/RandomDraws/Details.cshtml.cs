using Dajia.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Dajia.Web.Features.RandomDraws;

public sealed class DetailsModel(RandomDrawService draws, TimeProvider time, IStringLocalizer<SharedResource> l) : PageModel
{
    public DrawDto Draw { get; private set; } = null!;
    public VerifyDto? Verify { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostVerifyAsync(Guid id, CancellationToken ct)
    {
        var r = await draws.VerifyAsync(id, ct);
        if (r.Outcome != Outcome.Ok) return NotFound();
        Verify = r.Value;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostPlanAsync(Guid id, CancellationToken ct)
    {
        var r = await draws.PlanAsync(id, time.GetUtcNow(), ct);
        if (r.Outcome == Outcome.Forbidden) return Forbid();
        if (r.Outcome != Outcome.Ok) return NotFound();
        TempData["Flash"] = l["RandomDraw.Planned"].Value;
        return Redirect($"/Operations/{r.Value}");
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct)
    {
        var r = await draws.PublishAsync(id, ct);
        if (r.Outcome == Outcome.Forbidden) return Forbid();
        if (r.Outcome != Outcome.Ok) return NotFound();
        TempData["Flash"] = l["RandomDraw.PublishedDone"].Value;
        return Redirect($"/RandomDraws/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await draws.GetAsync(id, ct: ct) is not { } d) return false;
        Draw = d;
        return true;
    }
}

using Dajia.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.RandomDraws;

public sealed class DetailsModel(RandomDrawService draws, TimeProvider time, IStringLocalizer<SharedResource> l) : PageModel
{
    public DrawDto Draw { get; private set; } = null!;
    public VerifyDto? Verify { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostVerifyAsync(Guid id, CancellationToken ct)
    {
        var r = await draws.VerifyAsync(id, ct);
        Verify = r.Value;
        return await LoadAsync(id, ct) ? await this.AnswerAsync(r, l, _ => Page()) : NotFound();
    }

    /// <summary>The hidden version is the one the page showed: planning or publishing over a later change is refused (409).</summary>
    public async Task<IActionResult> OnPostPlanAsync(Guid id, int? version, CancellationToken ct) =>
        await this.AnswerAsync(await draws.PlanAsync(id, time.GetUtcNow(), ct, new Expected(version)), l,
            op => this.Done(l["RandomDraw.Planned"], "/Operations/Details", new { id = op }), () => LoadAsync(id, ct));

    public async Task<IActionResult> OnPostPublishAsync(Guid id, int? version, CancellationToken ct) =>
        await this.AnswerAsync(await draws.PublishAsync(id, ct, new Expected(version)), l,
            _ => this.Done(l["RandomDraw.PublishedDone"], "/RandomDraws/Details", new { id }), () => LoadAsync(id, ct));

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await draws.GetAsync(id, ct: ct) is not { } d) return false;
        Draw = d;
        return true;
    }
}

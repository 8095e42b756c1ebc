using Dajia.Web.Domain;
using Dajia.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Dajia.Web.Features.Campaigns;

/// <summary>The plan as a timeline: today's stage, what is due next, progress per stage.</summary>
public sealed class IndexModel(CampaignService campaigns, TimeProvider time, IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<CampaignDto> All { get; private set; } = [];
    public CampaignDto? Plan { get; private set; }

    public async Task OnGetAsync(int? year, CancellationToken ct)
    {
        All = await campaigns.ListAsync(ct);
        var y = year ?? ChinaTime.Today(time).Year;
        Plan = All.FirstOrDefault(c => c.Year == y) ?? (year is null ? All.FirstOrDefault() : null);
    }

    public async Task<IActionResult> OnPostCopyAsync(Guid id, CancellationToken ct) =>
        Finish(await campaigns.CopyAsync(id, ct), "Campaigns.Copied");

    public async Task<IActionResult> OnPostPublishAsync(Guid id, bool published, CancellationToken ct) =>
        Finish(await campaigns.PublishAsync(id, published, ct), published ? "Campaigns.PublishedDone" : "Campaigns.UnpublishedDone");

    private IActionResult Finish(ServiceResult<CampaignDto> r, string okKey)
    {
        if (r.Outcome == Outcome.Forbidden) return Forbid();
        if (r.Outcome == Outcome.NotFound) return NotFound();
        TempData["Flash"] = r.Outcome == Outcome.Ok ? l[okKey].Value : l[r.ConflictKey ?? "Problem.Conflict"].Value;
        return Redirect(r.Value is { } c ? $"/Campaigns/{c.Year}" : "/Campaigns");
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

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

    // The buttons sit on the timeline, which is shown again by a redirect: a conflict comes back as the flash.
    private IActionResult Finish(ServiceResult<CampaignDto> r, string okKey) =>
        this.AnswerByFlash(r, l, l[okKey], "/Campaigns/Index", r.Value is { } c ? new { year = c.Year } : null);
}

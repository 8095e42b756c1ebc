using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Campaigns;

/// <summary>The published plan on the public site: no sign-in.</summary>
[AllowAnonymous]
public sealed class PublicModel(CampaignService campaigns) : PageModel
{
    public CampaignDto Plan { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken ct)
    {
        var plan = await campaigns.PublishedAsync(year, ct);
        if (plan is null) return NotFound();
        Plan = plan;
        return Page();
    }
}

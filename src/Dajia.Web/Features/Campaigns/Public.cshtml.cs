using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Campaigns;

/// <summary>
/// The published plan on the public site: no sign-in. The address names the town (?town=…); when several towns
/// published a plan for the year and none is named, the page lists them instead of showing one at random.
/// </summary>
[AllowAnonymous]
public sealed class PublicModel(CampaignService campaigns) : PageModel
{
    public CampaignDto? Plan { get; private set; }
    public IReadOnlyList<PublishedTown> Towns { get; private set; } = [];
    public int Year { get; private set; }

    /// <summary>The town's other published plans (2017's beside the current one).</summary>
    public IReadOnlyList<int> OtherYears { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int year, Guid? town, CancellationToken ct)
    {
        Year = year;
        var r = await campaigns.PublishedAsync(year, town, ct);
        if (r.Outcome == Outcome.NotFound) return NotFound();
        if (r.Outcome == Outcome.Ok)
        {
            Plan = r.Value;
            OtherYears = (await campaigns.PublishedYearsAsync(Plan!.JurisdictionId, ct)).Where(y => y != year).ToList();
        }
        else Towns = await campaigns.PublishedTownsAsync(year, ct);
        return Page();
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Reporting.Office;

/// <summary>通报 for a period: the units ranked by when they reported, and the paragraph to copy into the notice.</summary>
[Authorize(Policy = Infrastructure.Auth.Policies.OfficeOrLeader)]
public sealed class RankingModel(ReportRanking ranking, IStringLocalizer<SharedResource> l) : PageModel
{
    public string Form { get; private set; } = "";
    public string Period { get; private set; } = "";
    public RankingDto? Ranking { get; private set; }

    public async Task<IActionResult> OnGetAsync(string form, string period, CancellationToken ct)
    {
        (Form, Period) = (form, period);
        var r = await ranking.GetAsync(form, period, ct);
        if (this.Refusal(r, l) is { } refused) return refused;
        Ranking = r.Value;
        return Page();
    }
}

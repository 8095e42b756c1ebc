using Dajia.Web.Domain;
using Dajia.Web.Features.LiaisonTables;
using Dajia.Web.Features.Units;
using Dajia.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Dashboard;

/// <summary>Home: the office and leaders see who is missing or late; a liaison sees their unit's tasks.</summary>
public sealed class IndexModel(LiaisonTableService tables, LiaisonService liaisons, Campaigns.CampaignService campaigns, CurrentUser me, TimeProvider time)
    : PageModel
{
    public Campaigns.CampaignDto? Plan { get; private set; }

    public TableOverview Overview { get; private set; } = null!;
    public Unit? MyUnit { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Overview = await tables.OverviewAsync(null, ct);
        Plan = await campaigns.GetAsync(ChinaTime.Today(time).Year, ct);
        if (me.IsLiaison && me.UnitId is { } unitId) MyUnit = await liaisons.FindVisibleAsync(unitId, ct);
    }
}

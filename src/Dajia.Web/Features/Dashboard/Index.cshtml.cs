using Dajia.Web.Domain.Units;
using Dajia.Web.Features.LiaisonTables;
using Dajia.Web.Features.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Dashboard;

/// <summary>
/// Home: the office and leaders see who is missing or late; a liaison sees their unit's tasks. A citizen who opens the
/// site sees the public home instead — whose site it is, where to report and follow a report — not the staff sign-in.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(
    LiaisonTableService tables, LiaisonService liaisons, Campaigns.CampaignService campaigns, Clues.ClueService clues, CurrentUser me,
        TimeProvider time, PublicPortal.PortalInfo portal, Cases.CaseTasks caseTasks)
    : PageModel
{
    /// <summary>Set for a visitor who is not signed in: the page shows the public home.</summary>
    public PublicPortal.PortalContact? Public { get; private set; }

    /// <summary>
    /// Clues waiting on the user: for the office those to triage, to assign or mediate (accepted) and to close (verified,
    /// mediation ended); for a liaison those to take or verify.
    /// </summary>
    public IReadOnlyList<Clues.ClueListItem> ClueTasks { get; private set; } = [];

    /// <summary>Late, near and long-paused case clocks of the cases the user may see (their unit's for a liaison).</summary>
    public IReadOnlyList<Cases.CaseTask> CaseTasks { get; private set; } = [];

    public DateOnly Today => ChinaTime.Today(time);

    public Campaigns.CampaignDto? Plan { get; private set; }

    public TableOverview Overview { get; private set; } = null!;
    public Unit? MyUnit { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!me.IsAuthenticated)
        {
            Public = await portal.ContactAsync(ct);
            return;
        }
        Overview = await tables.OverviewAsync(null, ct);
        Plan = await campaigns.GetAsync(ChinaTime.Today(time).Year, ct);
        var waiting = me.IsOffice
            ?
            [
                Domain.Clues.ClueStatus.Received, Domain.Clues.ClueStatus.Accepted, Domain.Clues.ClueStatus.Verified,
                Domain.Clues.ClueStatus.MediationEnded,
            ]
            : me.IsLiaison ? new[] { Domain.Clues.ClueStatus.Assigned, Domain.Clues.ClueStatus.Verifying } : [];
        var tasks = new List<Clues.ClueListItem>();
        foreach (var status in waiting)
            tasks.AddRange((await clues.ListAsync(new Clues.ClueQuery(null, status, null, null, null, false, new(1, 20)), ct)).Items);
        ClueTasks = tasks.OrderBy(t => t.DueOn ?? DateOnly.MaxValue).ToList();
        CaseTasks = await caseTasks.ForMeAsync(ct);
        if (me.IsLiaison && me.UnitId is { } unitId) MyUnit = await liaisons.FindVisibleAsync(unitId, ct);
    }
}

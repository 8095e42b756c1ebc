using Dajia.Web.Domain.Clues;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Clues;

public sealed class IndexModel(ClueService clues, ClueInsightService insight, TimeProvider time) : PageModel
{
    public HotSpotsDto? HotSpots { get; private set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public ClueStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;
    public CluePage Result { get; private set; } = new([], 1, 50, 0);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Result = await clues.ListAsync(new ClueQuery(Q, Status, null, null, null, Overdue, PageNumber), ct);
        var today = Domain.ChinaTime.Today(time);
        HotSpots = await insight.HotSpotsAsync(today.AddYears(-1), today, ct);
    }
}

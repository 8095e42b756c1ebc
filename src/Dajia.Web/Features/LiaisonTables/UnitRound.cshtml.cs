using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.LiaisonTables;

/// <summary>A unit's submissions in one round, as submitted, and what changed since: for the office, leaders and the unit.</summary>
[Authorize]
public sealed class UnitRoundModel(UnitRoundService rounds) : PageModel
{
    public UnitRound Round { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int year, Guid unitId, CancellationToken ct)
    {
        var r = await rounds.GetAsync(year, unitId, ct);
        if (r.Outcome != Outcome.Ok) return NotFound();
        Round = r.Value!;
        return Page();
    }
}

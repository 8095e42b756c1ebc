using Dajia.Web.Data;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Domain.Units;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Clues;

/// <summary>
/// 交办单: the assignment on one A4 page for the browser to print — the town office's heading, the clue's number and
/// what it is about, the units, instructions and dates, room for signature and seal. Never the informant.
/// </summary>
public sealed class AssignmentSheetModel(ClueService clues, AppDbContext db, CurrentUser user) : PageModel
{
    public ClueDto Clue { get; private set; } = null!;
    public string OfficeName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await clues.GetAsync(id, ct) is not { AssignedUnitId: not null } c) return NotFound();
        Clue = c;
        // The clue is in the user's scope; its town's office heads the sheet.
        var town = await clues.Visible().Where(x => x.Id == id).Select(x => x.JurisdictionId).FirstAsync(ct);
        OfficeName = await db.VisibleUnits(user).Where(u => u.JurisdictionId == town && u.Kind == UnitKind.Office)
            .OrderBy(u => u.Name).Select(u => u.Name).FirstOrDefaultAsync(ct) ?? "";
        return Page();
    }
}

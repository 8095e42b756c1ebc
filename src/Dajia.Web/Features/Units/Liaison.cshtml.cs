using Dajia.Web.Domain.Units;
using Dajia.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Units;

public sealed class LiaisonModel(LiaisonService liaisons, CurrentUser me, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public LiaisonInput Input { get; set; } = new(null, null, null, null, null, null, null);
    [BindProperty(SupportsGet = true)] public LiaisonRole Role { get; set; }

    /// <summary>The unit's version the form was read at: saving over someone else's later change is refused.</summary>
    [BindProperty] public int? Version { get; set; }
    public Guid Id { get; private set; }
    public string UnitName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var unit = await liaisons.FindVisibleAsync(id, ct);
        if (unit is null) return NotFound();
        if (!UnitPermissions.May(me, unit, UnitAction.SetLiaison)) return Forbid();
        (Id, UnitName, Version) = (unit.Id, unit.Name, unit.Version);
        if (unit.Current(Role) is { } current) Input = LiaisonInput.From(current.Details);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var result = await liaisons.SetAsync(id, Role, Input, ct, new Expected(Version));
        return await this.AnswerAsync(result, l, _ => this.Done(l["Liaison.Saved"], "/Units/Details", new { id }), async () =>
        {
            var unit = await liaisons.FindVisibleAsync(id, ct);
            (Id, UnitName) = (id, unit?.Name ?? "");
        }, "Input");
    }
}

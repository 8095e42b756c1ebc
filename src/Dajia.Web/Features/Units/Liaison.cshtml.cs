using Dajia.Web.Domain;
using Dajia.Web.Infrastructure;
using Dajia.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Dajia.Web.Domain.Units;

namespace Dajia.Web.Features.Units;

public sealed class LiaisonModel(LiaisonService liaisons, CurrentUser me, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public LiaisonInput Input { get; set; } = new(null, null, null, null, null, null, null);
    [BindProperty(SupportsGet = true)] public LiaisonRole Role { get; set; }
    public Guid Id { get; private set; }
    public string UnitName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var unit = await liaisons.FindVisibleAsync(id, ct);
        if (unit is null) return NotFound();
        if (!UnitPermissions.May(me, unit, UnitAction.SetLiaison)) return Forbid();
        (Id, UnitName) = (unit.Id, unit.Name);
        if (unit.Current(Role) is { } current) Input = LiaisonInput.From(current.Details);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var result = await liaisons.SetAsync(id, Role, Input, ct);
        switch (result.Outcome)
        {
            case Outcome.NotFound: return NotFound();
            case Outcome.Forbidden: return Forbid();
            case Outcome.Invalid:
                ModelState.AddTo(result.Errors!, l);
                var unit = await liaisons.FindVisibleAsync(id, ct);
                (Id, UnitName) = (id, unit?.Name ?? "");
                return Page();
            default:
                TempData["Flash"] = l["Liaison.Saved"].Value;
                return Redirect($"/Units/{id}");
        }
    }
}

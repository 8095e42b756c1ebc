using Dajia.Web.Data;
using Dajia.Web.Domain;
using Dajia.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Dajia.Web.Domain.Jurisdictions;

namespace Dajia.Web.Features.Admin;

[Authorize(Policy = Infrastructure.Auth.Policies.Admin)]
public sealed class JurisdictionsModel(AppDbContext db, CurrentUser me, IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<JurisdictionDto> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await JurisdictionsApi.ListAsync(db, me, ct);

    public async Task<IActionResult> OnPostAsync(Guid parentId, string? name, JurisdictionLevel level, CancellationToken ct)
    {
        var parent = await db.VisibleJurisdictions(me).FirstOrDefaultAsync(j => j.Id == parentId, ct);
        name = name?.Trim() ?? "";
        if (parent is null) ModelState.AddModelError("", l["Validation.Jurisdiction.Parent"]);
        else if (parent.Level >= level) ModelState.AddModelError("", l["Validation.Jurisdiction.LevelOrder"]);
        if (name.Length is 0 or > 64) ModelState.AddModelError("", l["Validation.Jurisdiction.Name"]);
        else if (await db.Jurisdictions.AnyAsync(j => j.ParentId == parentId && j.Name == name, ct))
            ModelState.AddModelError("", l["Validation.Jurisdiction.NameTaken"]);
        if (!ModelState.IsValid)
        {
            Items = await JurisdictionsApi.ListAsync(db, me, ct);
            return Page();
        }
        db.Jurisdictions.Add(Jurisdiction.Create(name, level, parent));
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Jurisdictions.Saved"].Value;
        return Redirect("/Admin/Jurisdictions");
    }
}

using Dajia.Web.Domain.Clues;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Clues;

/// <summary>Staff record a clue that came by phone, inspection, undercover visit, media or referral.</summary>
[Authorize(Policy = Infrastructure.Auth.Policies.Office)]
public sealed class NewModel(ClueIntakeService reports, CurrentUser user, IStringLocalizer<SharedResource> l) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(ClueIntakeInput form, CancellationToken ct)
    {
        if (form.Source is null or nameof(ClueSource.PublicPortal)) ModelState.AddModelError("", l["Validation.Clue.Source"]);
        else
        {
            var r = await reports.SubmitAsync(form, null, ClueSource.Other, user.JurisdictionId, user.Signature, ct);
            return await this.AnswerAsync(r, l, c => this.Done(l["Clues.Recorded", c.Number], "/Clues/Details", new { id = c.ClueId }));
        }
        return Page();
    }
}

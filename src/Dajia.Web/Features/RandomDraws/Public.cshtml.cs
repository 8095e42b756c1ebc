using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.RandomDraws;

/// <summary>A published draw on the public site: no sign-in, and no staff account names.</summary>
[AllowAnonymous]
public sealed class PublicModel(RandomDrawService draws) : PageModel
{
    public PublicDrawDto Draw { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await draws.GetPublishedAsync(id, ct) is not { } d) return NotFound();
        Draw = d;
        return Page();
    }
}

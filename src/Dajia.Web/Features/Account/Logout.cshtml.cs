using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Account;

/// <summary>
/// Signing out ends the session (server-side) and removes the cookie. The antiforgery check is made here rather than by
/// the filter: a page left open past the idle time posts a token made for a user whose session has already ended, and
/// that person should land on the sign-in page, not on a 400.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class LogoutModel(SignInManager<AppUser> signIn, IAntiforgery antiforgery) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Dashboard/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            if (!await antiforgery.IsRequestValidAsync(HttpContext)) return BadRequest();
            await signIn.SignOutAsync();
        }
        return RedirectToPage("/Account/Login");
    }
}

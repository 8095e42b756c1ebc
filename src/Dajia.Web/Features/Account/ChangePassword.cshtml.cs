using Dajia.Web.Infrastructure.Auth.Sessions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Account;

public sealed class ChangePasswordModel(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, SessionStore sessions, IStringLocalizer<SharedResource> l)
    : PageModel
{
    [BindProperty] public string? CurrentPassword { get; set; }
    [BindProperty] public string? NewPassword { get; set; }
    [BindProperty] public string? ConfirmPassword { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (NewPassword != ConfirmPassword)
        {
            ModelState.AddModelError(nameof(ConfirmPassword), l["Password.Mismatch"]);
            return Page();
        }
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var result = await users.ChangePasswordAsync(user, CurrentPassword ?? "", NewPassword ?? "");
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors) ModelState.AddModelError(nameof(NewPassword), e.Description);
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        await sessions.RevokeAllAsync(user.Id, except: User.SessionId());
        return this.Done(l["Password.Changed"], "/Dashboard/Index");
    }
}

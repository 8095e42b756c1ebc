using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Account;

/// <summary>The second step of signing in, for an account with an authenticator app; the password was right.</summary>
[AllowAnonymous]
public sealed class LoginWith2faModel(SignInManager<AppUser> signIn, SignInThrottle throttle, IStringLocalizer<SharedResource> l)
    : PageModel
{
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? RecoveryCode { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return RedirectToPage("/Account/Login");
        if (string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(RecoveryCode))
        {
            ModelState.AddModelError("", l["TwoFactor.Required"]);
            return Page();
        }
        if (throttle.Enter(HttpContext, user.UserName) is { } wait) return LoginModel.TooMany(this, wait, l);
        var result = !string.IsNullOrWhiteSpace(Code)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(TwoFactor.CleanCode(Code), isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(TwoFactor.CleanRecovery(RecoveryCode!));
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        if (!result.IsLockedOut) throttle.Failed(HttpContext, user.UserName!);
        ModelState.AddModelError("", result.IsLockedOut ? l["Login.LockedOutDetail"] : l["TwoFactor.Wrong"]);
        return Page();
    }
}

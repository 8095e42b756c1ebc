using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Account;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<AppUser> signIn, SignInThrottle throttle, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError("", l["Login.Required"]);
            return Page();
        }
        var name = UserName.Trim();
        if (throttle.Enter(HttpContext, name) is { } wait) return TooMany(this, wait, l);
        var result = await signIn.PasswordSignInAsync(name, Password, isPersistent: false, lockoutOnFailure: false);
        var back = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
        if (result.Succeeded) return LocalRedirect(back);
        if (result.RequiresTwoFactor) return RedirectToPage("/Account/LoginWith2fa", new { ReturnUrl = back });
        if (!result.IsLockedOut && !result.IsNotAllowed) throttle.Failed(HttpContext, name);
        ModelState.AddModelError("", result.IsLockedOut ? l["Login.LockedOutDetail"]
            : result.IsNotAllowed ? l["Login.Disabled"] : l["Login.BadCredentials"]);
        return Page();
    }

    /// <summary>The page again, with 429, Retry-After and when to try again; what was typed stays (but the password).</summary>
    public static IActionResult TooMany(PageModel page, TimeSpan wait, IStringLocalizer l)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        page.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        page.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        page.ModelState.AddModelError("", AuthApi.TryAgainIn(seconds, l));
        return page.Page();
    }
}

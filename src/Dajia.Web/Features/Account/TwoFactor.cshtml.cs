using Dajia.Web.Infrastructure.Auth.Sessions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Account;

/// <summary>
/// Two-step sign-in with an authenticator app, for the office and leaders (who see informants and decide cases):
/// enrol with the key or its otpauth:// link, confirm with a code, keep the ten recovery codes shown once.
/// </summary>
[Authorize(Policy = Policies.OfficeOrLeader)]
public sealed class TwoFactorModel(
    UserManager<AppUser> users, IUserStore<AppUser> store, AppSignInManager signIn, SessionStore sessions,
    IStringLocalizer<SharedResource> l)
    : PageModel
{
    private const string Issuer = "Dajia";

    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? Password { get; set; }

    public bool Enabled { get; private set; }
    public string Key { get; private set; } = "";
    public string AuthenticatorUri { get; private set; } = "";
    public int RecoveryCodesLeft { get; private set; }
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? Challenge() : Page();

    public async Task<IActionResult> OnPostEnableAsync()
    {
        if (await LoadAsync() is not { } user) return Challenge();
        if (Enabled) return Page();
        var ok = !string.IsNullOrWhiteSpace(Code) &&
            await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, TwoFactor.CleanCode(Code));
        if (!ok)
        {
            ModelState.AddModelError(nameof(Code), l["TwoFactor.Wrong"]);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        // Enabling changes the security stamp; keep this sign-in rather than let the next stamp check end it, and end the
        // others now: they were made without the second step.
        await signIn.RefreshSignInAsync(user);
        await sessions.RevokeAllAsync(user.Id, except: User.SessionId());
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        if (await LoadAsync() is not { } user) return Challenge();
        if (!Enabled) return Page();
        if (!await PasswordOk(user)) return Page();
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (await LoadAsync() is not { } user) return Challenge();
        if (!Enabled) return Page();
        if (!await PasswordOk(user)) return Page();
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        return this.Done(l["TwoFactor.Disabled"], "/Account/TwoFactor");
    }

    private async Task<bool> PasswordOk(AppUser user)
    {
        if (!string.IsNullOrEmpty(Password) && await users.CheckPasswordAsync(user, Password)) return true;
        ModelState.AddModelError(nameof(Password), l["TwoFactor.PasswordWrong"]);
        return false;
    }

    private async Task<AppUser?> LoadAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return null;
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        RecoveryCodesLeft = Enabled ? await users.CountRecoveryCodesAsync(user) : 0;
        if (Enabled) return user;
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // Not ResetAuthenticatorKeyAsync: it changes the security stamp, so merely opening this page would end the
            // user's other sign-ins. Nothing is protected by a key that is not yet switched on.
            key = users.GenerateNewAuthenticatorKey();
            await ((IUserAuthenticatorKeyStore<AppUser>)store).SetAuthenticatorKeyAsync(user, key, HttpContext.RequestAborted);
            await users.UpdateAsync(user);
        }
        Key = TwoFactor.Grouped(key);
        AuthenticatorUri = TwoFactor.Uri(Issuer, user.UserName!, key);
        return user;
    }
}

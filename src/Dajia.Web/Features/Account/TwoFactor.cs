using Microsoft.AspNetCore.Identity;

namespace Dajia.Web.Features.Account;

/// <summary>The second step for an account with an authenticator app: a 6-digit code, or one of its recovery codes.</summary>
public static class TwoFactor
{
    public enum Refusal { Missing, Wrong }

    /// <summary>Null when the account needs no second step or the code is right; a wrong one counts towards lock-out.</summary>
    public static async Task<Refusal?> CheckAsync(UserManager<AppUser> users, AppUser user, string? code, string? recoveryCode)
    {
        if (!await users.GetTwoFactorEnabledAsync(user)) return null;
        if (string.IsNullOrWhiteSpace(code) && string.IsNullOrWhiteSpace(recoveryCode)) return Refusal.Missing;
        var ok = !string.IsNullOrWhiteSpace(code)
            ? await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, CleanCode(code))
            : (await users.RedeemTwoFactorRecoveryCodeAsync(user, CleanRecovery(recoveryCode!))).Succeeded;
        if (ok)
        {
            await users.ResetAccessFailedCountAsync(user);
            return null;
        }
        await users.AccessFailedAsync(user);
        return Refusal.Wrong;
    }

    /// <summary>Apps show "123 456"; people type what they see.</summary>
    public static string CleanCode(string code) => code.Replace(" ", "").Replace("-", "").Trim();

    public static string CleanRecovery(string code) => code.Replace(" ", "").Trim().ToUpperInvariant();

    /// <summary>The key in groups of four, as authenticator apps ask for it to be typed.</summary>
    public static string Grouped(string key) =>
        string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));

    /// <summary>The otpauth:// URI an authenticator app reads (Key Uri Format).</summary>
    public static string Uri(string issuer, string userName, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(issuer)}:{System.Uri.EscapeDataString(userName)}" +
        $"?secret={key}&issuer={System.Uri.EscapeDataString(issuer)}&digits=6";
}

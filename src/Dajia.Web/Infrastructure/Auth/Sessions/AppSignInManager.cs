using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dajia.Web.Infrastructure.Auth.Sessions;

/// <summary>
/// Identity's sign-in with three changes: every cookie sign-in starts a <see cref="UserSession"/> (sign-out ends it);
/// the password is checked before anything else about the account, so that a stranger cannot tell an unknown, a
/// disabled or a locked account from a wrong password; and an unknown name costs the same hashing work as a known one.
/// Wrong passwords are counted by <see cref="SignInThrottle"/>, not by Identity's lock-out (see docs/roles.md).
/// </summary>
public sealed class AppSignInManager(
    UserManager<AppUser> users, IHttpContextAccessor http, IUserClaimsPrincipalFactory<AppUser> claims,
    IOptions<IdentityOptions> options, ILogger<SignInManager<AppUser>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation, SessionStore sessions)
    : SignInManager<AppUser>(users, http, claims, options, logger, schemes, confirmation)
{
    private static readonly Lock DummyLock = new();
    private static string? _dummyHash;
    private bool _refreshing;

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is not null) return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        SpendHashWork(password);
        return SignInResult.Failed;
    }

    /// <summary>The user of that name and the password check's result; an unknown name is Failed after the same work.</summary>
    public async Task<(SignInResult Result, AppUser? User)> CheckCredentialsAsync(string userName, string password)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is not null) return (await CheckPasswordSignInAsync(user, password, lockoutOnFailure: false), user);
        SpendHashWork(password);
        return (SignInResult.Failed, null);
    }

    public override async Task<SignInResult> CheckPasswordSignInAsync(AppUser user, string password, bool lockoutOnFailure)
    {
        if (!await UserManager.CheckPasswordAsync(user, password)) return SignInResult.Failed;
        if (await PreSignInCheck(user) is { } refused) return refused;
        if (!await IsTwoFactorEnabledAsync(user)) await ResetLockout(user);
        return SignInResult.Success;
    }

    public override async Task SignInWithClaimsAsync(
        AppUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        // A refresh (after a password or 2FA change) re-issues the cookie of the same sign-in; anything else is a new one.
        var sid = _refreshing && Context.User.UserId() == user.Id ? Context.User.SessionId() : null;
        sid ??= (await sessions.StartAsync(user.Id, SessionKind.Cookie, SessionClaims.ClientOf(Context))).Id;
        Claim[] claims = [.. additionalClaims, new Claim(SessionClaims.Id, sid.Value.ToString())];
        await base.SignInWithClaimsAsync(user, authenticationProperties, claims);
    }

    public override async Task RefreshSignInAsync(AppUser user)
    {
        _refreshing = true;
        try
        {
            await base.RefreshSignInAsync(user);
        }
        finally
        {
            _refreshing = false;
        }
    }

    public override async Task SignOutAsync()
    {
        if (Context.User.SessionId() is { } sid) await sessions.RevokeAsync(sid);
        await base.SignOutAsync();
    }

    /// <summary>Verifies the password against a throw-away hash made by the same hasher, so the work is the same.</summary>
    private void SpendHashWork(string password)
    {
        var dummy = new AppUser();
        lock (DummyLock) _dummyHash ??= UserManager.PasswordHasher.HashPassword(dummy, Guid.NewGuid().ToString());
        UserManager.PasswordHasher.VerifyHashedPassword(dummy, _dummyHash, password);
    }
}

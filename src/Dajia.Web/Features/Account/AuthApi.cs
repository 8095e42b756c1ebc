using Dajia.Web.Infrastructure.Auth.Sessions;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dajia.Web.Features.Account;

public sealed record TokenRequest(string? UserName, string? Password, string? TwoFactorCode = null, string? RecoveryCode = null);

public sealed record RefreshRequest(string? RefreshToken);

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

public sealed record MeDto(Guid Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, Guid JurisdictionId, Guid? UnitId);

public static class AuthApi
{
    public static RouteGroupBuilder MapAuthApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/auth").WithTags("Auth");
        g.MapPost("/token", Token).AllowAnonymous().Produces<AccessTokenResponse>()
            .WithSummary("用户名和密码（及两步验证码）换取访问令牌（Bearer）");
        g.MapPost("/refresh", Refresh).AllowAnonymous().Produces<AccessTokenResponse>()
            .WithSummary("用刷新令牌换取新的访问令牌和刷新令牌（旧刷新令牌随即作废）");
        g.MapPost("/signout", EndSession).WithSummary("退出：结束本次登录会话，令牌立即失效");
        g.MapGet("/me", Me);
        g.MapPost("/password", ChangePassword).WithSummary("修改自己的密码（其他登录会话随即结束）");
        g.MapSessionsApi();
        return api;
    }

    private static async Task<Results<SignInHttpResult, ValidationProblem, ProblemHttpResult>> Token(
        TokenRequest body, AppSignInManager signIn, SessionStore sessions, SignInThrottle throttle, HttpContext ctx,
        IStringLocalizer<SharedResource> l)
    {
        if (string.IsNullOrWhiteSpace(body.UserName) || string.IsNullOrEmpty(body.Password))
            return Problems.Validation([new("userName", "Login.Required")], l);
        var name = body.UserName.Trim();
        if (throttle.Enter(ctx, name) is { } wait) return TooMany(ctx, wait, l);
        var (result, user) = await signIn.CheckCredentialsAsync(name, body.Password);
        if (result.IsLockedOut) return Locked(l);
        if (result.IsNotAllowed) return TypedResults.Problem(statusCode: 403, title: l["Login.Disabled"]);
        if (!result.Succeeded || user is null)
        {
            throttle.Failed(ctx, name);
            return BadCredentials(l);
        }
        if (await TwoFactor.CheckAsync(signIn.UserManager, user, body.TwoFactorCode, body.RecoveryCode) is { } refused)
        {
            if (refused != TwoFactor.Refusal.Missing) throttle.Failed(ctx, name);
            var title = l[refused == TwoFactor.Refusal.Missing ? "TwoFactor.Required" : "TwoFactor.Wrong"];
            return TypedResults.Problem(statusCode: 401, title: title,
                extensions: new Dictionary<string, object?> { ["twoFactorRequired"] = true });
        }
        var session = await sessions.StartAsync(user.Id, SessionKind.Token, SessionClaims.ClientOf(ctx));
        var principal = (await signIn.CreateUserPrincipalAsync(user)).WithSession(session.Id, session.RefreshId);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> Refresh(
        RefreshRequest body, AppSignInManager signIn, SessionStore sessions, SignInThrottle throttle, HttpContext ctx,
        IOptionsMonitor<BearerTokenOptions> options, TimeProvider time, IStringLocalizer<SharedResource> l)
    {
        if (throttle.Enter(ctx, null) is { } wait) return TooMany(ctx, wait, l);
        var ticket = options.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(body.RefreshToken);
        var invalid = TypedResults.Problem(statusCode: 401, title: l["Login.RefreshInvalid"]);
        if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires) return invalid;
        if (ticket.Principal.SessionId() is not { } sid || ticket.Principal.RefreshId() is not { } rid
            || ticket.Principal.UserId() is not { } uid) return invalid;
        if (await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { Disabled: false } user) return invalid;
        // An already-used refresh token is a copy in someone else's hands: RotateAsync ends the whole session.
        if (await sessions.RotateAsync(sid, uid, rid) is not { } next) return invalid;
        var principal = (await signIn.CreateUserPrincipalAsync(user)).WithSession(sid, next);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<NoContent> EndSession(HttpContext ctx, AppSignInManager signIn, SessionStore sessions)
    {
        if (ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            if (ctx.User.SessionId() is { } sid) await sessions.RevokeAsync(sid);
        }
        else await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    private static Ok<MeDto> Me(CurrentUser user, HttpContext ctx) => TypedResults.Ok(new MeDto(
        user.Id, user.UserName, user.DisplayName,
        Domain.Roles.All.Where(ctx.User.IsInRole).ToList(), user.JurisdictionId, user.UnitId));

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ChangePassword(
        ChangePasswordRequest body, CurrentUser current, UserManager<AppUser> users, SessionStore sessions, HttpContext ctx,
        IStringLocalizer<SharedResource> l)
    {
        var user = await users.FindByIdAsync(current.Id.ToString());
        if (user is null) return Problems.NotFound(l);
        var result = await users.ChangePasswordAsync(user, body.CurrentPassword ?? "", body.NewPassword ?? "");
        if (!result.Succeeded)
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["newPassword"] = result.Errors.Select(e => e.Description).ToArray() },
                title: l["Problem.Validation"]);
        await sessions.RevokeAllAsync(user.Id, except: ctx.User.SessionId());
        return TypedResults.NoContent();
    }

    /// <summary>429 with Retry-After in whole seconds and a Chinese word on when to try again.</summary>
    public static ProblemHttpResult TooMany(HttpContext ctx, TimeSpan wait, IStringLocalizer l)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        ctx.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(statusCode: 429, title: l["Login.TooMany"], detail: TryAgainIn(seconds, l));
    }

    public static string TryAgainIn(int seconds, IStringLocalizer l) =>
        seconds < 60 ? l["Login.TryAgainSeconds", seconds] : l["Login.TryAgainMinutes", (seconds + 59) / 60];

    private static ProblemHttpResult BadCredentials(IStringLocalizer l) =>
        TypedResults.Problem(statusCode: 401, title: l["Login.BadCredentials"]);

    private static ProblemHttpResult Locked(IStringLocalizer l) =>
        TypedResults.Problem(statusCode: 403, title: l["Login.LockedOut"], detail: l["Login.LockedOutDetail"]);
}

using Dajia.Web.Infrastructure;
using Dajia.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Dajia.Web.Features.Account;

public sealed record TokenRequest(string? UserName, string? Password);

public sealed record RefreshRequest(string? RefreshToken);

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

public sealed record MeDto(Guid Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, Guid JurisdictionId, Guid? UnitId);

public static class AuthApi
{
    public static RouteGroupBuilder MapAuthApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/auth").WithTags("Auth");
        g.MapPost("/token", Token).AllowAnonymous().Produces<AccessTokenResponse>()
            .WithSummary("用户名和密码换取访问令牌（Bearer）");
        g.MapPost("/refresh", Refresh).AllowAnonymous().Produces<AccessTokenResponse>();
        g.MapGet("/me", Me);
        g.MapPost("/password", ChangePassword).WithSummary("修改自己的密码");
        return api;
    }

    private static async Task<Results<SignInHttpResult, ValidationProblem, ProblemHttpResult>> Token(
        TokenRequest body, SignInManager<AppUser> signIn, IStringLocalizer<SharedResource> l)
    {
        if (string.IsNullOrWhiteSpace(body.UserName) || string.IsNullOrEmpty(body.Password))
            return Problems.Validation([new("userName", "Login.Required")], l);
        var user = await signIn.UserManager.FindByNameAsync(body.UserName.Trim());
        if (user is null) return BadCredentials(l);
        var result = await signIn.CheckPasswordSignInAsync(user, body.Password, lockoutOnFailure: true);
        if (result.IsLockedOut) return Locked(l);
        if (result.IsNotAllowed) return TypedResults.Problem(statusCode: 403, title: l["Login.Disabled"]);
        if (!result.Succeeded) return BadCredentials(l);
        return TypedResults.SignIn(await signIn.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> Refresh(
        RefreshRequest body, SignInManager<AppUser> signIn, IOptionsMonitor<BearerTokenOptions> options, TimeProvider time,
        IStringLocalizer<SharedResource> l)
    {
        var ticket = options.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(body.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { Disabled: false } user)
            return TypedResults.Problem(statusCode: 401, title: l["Login.RefreshInvalid"]);
        return TypedResults.SignIn(await signIn.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static Ok<MeDto> Me(CurrentUser user, HttpContext ctx) => TypedResults.Ok(new MeDto(
        user.Id, user.UserName, user.DisplayName,
        Domain.Roles.All.Where(ctx.User.IsInRole).ToList(), user.JurisdictionId, user.UnitId));

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ChangePassword(
        ChangePasswordRequest body, CurrentUser current, UserManager<AppUser> users, IStringLocalizer<SharedResource> l)
    {
        var user = await users.FindByIdAsync(current.Id.ToString());
        if (user is null) return Problems.NotFound(l);
        var result = await users.ChangePasswordAsync(user, body.CurrentPassword ?? "", body.NewPassword ?? "");
        if (!result.Succeeded)
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["newPassword"] = result.Errors.Select(e => e.Description).ToArray() },
                title: l["Problem.Validation"]);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult BadCredentials(IStringLocalizer l) =>
        TypedResults.Problem(statusCode: 401, title: l["Login.BadCredentials"]);

    private static ProblemHttpResult Locked(IStringLocalizer l) =>
        TypedResults.Problem(statusCode: 403, title: l["Login.LockedOut"], detail: l["Login.LockedOutDetail"]);
}

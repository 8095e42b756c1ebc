using System.Security.Claims;
using Dajia.Web.Domain;
using Microsoft.AspNetCore.Authorization;

namespace Dajia.Web.Infrastructure.Auth;

/// <summary>Named authorization policies; endpoints and pages refer to these, never to role strings for them.</summary>
public static class Policies
{
    /// <summary>
    /// National data (the working-day calendar, legal time-limit rules) moves every town's deadlines, so only an
    /// OfficeAdmin of a root jurisdiction (one without a parent) may change it.
    /// </summary>
    public const string RootAdmin = nameof(RootAdmin);

    public static void AddDajiaPolicies(this AuthorizationOptions o) =>
        o.AddPolicy(RootAdmin, p => p.RequireAuthenticatedUser().RequireRole(Roles.OfficeAdmin).AddRequirements(new RootJurisdictionRequirement()));

    /// <summary>
    /// A jurisdiction's path lists the ids from the root down, so a root's path is its own id alone. Paths never change
    /// (a jurisdiction is not re-parented) and moving a user renews their security stamp, so the claims can be trusted.
    /// </summary>
    public static bool IsAtRoot(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(DajiaClaims.Jurisdiction), out var id)
        && user.FindFirstValue(DajiaClaims.JurisdictionPath) == $"/{id:N}/";

    public static async Task<bool> IsRootAdminAsync(this IAuthorizationService authorization, ClaimsPrincipal user) =>
        (await authorization.AuthorizeAsync(user, RootAdmin)).Succeeded;
}

public sealed class RootJurisdictionRequirement : IAuthorizationRequirement;

public sealed class RootJurisdictionHandler : AuthorizationHandler<RootJurisdictionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, RootJurisdictionRequirement requirement)
    {
        if (context.User.IsAtRoot()) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

using System.Security.Claims;
using Dajia.Web.Domain.Jurisdictions;
using Microsoft.AspNetCore.Authorization;

namespace Dajia.Web.Infrastructure.Auth;

/// <summary>
/// The named gates on route groups and pages: who may open a door at all. What a user may do to one record is the
/// record's permissions object's answer (<c>CluePermissions</c>, <c>DeadlinePermissions</c>, …), never a role
/// string in a service.
/// </summary>
public static class Policies
{
    /// <summary>镇打假办: administrators and staff.</summary>
    public const string Office = nameof(Office);

    /// <summary>Administrators of their jurisdiction: users, units, jurisdictions, the audit log.</summary>
    public const string Admin = nameof(Admin);

    /// <summary>The office and the leaders who read its overviews (附件1 status).</summary>
    public const string OfficeOrLeader = nameof(OfficeOrLeader);

    /// <summary>Those who record work: the office and member units' liaisons (not leaders, who read).</summary>
    public const string OfficeOrLiaison = nameof(OfficeOrLiaison);

    /// <summary>
    /// National data (the working-day calendar, legal time-limit rules) moves every town's deadlines, so only an
    /// OfficeAdmin of a root jurisdiction (one without a parent) may change it.
    /// </summary>
    public const string RootAdmin = nameof(RootAdmin);

    public static void AddDajiaPolicies(this AuthorizationOptions o)
    {
        o.AddPolicy(Office, p => p.RequireRole(Roles.OfficeAdmin, Roles.OfficeStaff));
        o.AddPolicy(Admin, p => p.RequireRole(Roles.OfficeAdmin));
        o.AddPolicy(OfficeOrLeader, p => p.RequireRole(Roles.OfficeAdmin, Roles.OfficeStaff, Roles.Leader));
        o.AddPolicy(OfficeOrLiaison, p => p.RequireRole(Roles.OfficeAdmin, Roles.OfficeStaff, Roles.UnitLiaison));
        o.AddPolicy(RootAdmin, p =>
            p.RequireAuthenticatedUser().RequireRole(Roles.OfficeAdmin).AddRequirements(new RootJurisdictionRequirement()));
    }

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

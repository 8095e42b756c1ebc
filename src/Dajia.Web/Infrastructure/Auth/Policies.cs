using Dajia.Web.Domain;
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

    public static void Add(AuthorizationOptions o)
    {
        o.AddPolicy(OfficeOrLiaison, p => p.RequireRole(Roles.OfficeAdmin, Roles.OfficeStaff, Roles.UnitLiaison));
        o.AddPolicy(Office, p => p.RequireRole(Roles.OfficeAdmin, Roles.OfficeStaff));
        o.AddPolicy(Admin, p => p.RequireRole(Roles.OfficeAdmin));
        o.AddPolicy(OfficeOrLeader, p => p.RequireRole(Roles.OfficeAdmin, Roles.OfficeStaff, Roles.Leader));
    }
}

using Dajia.Web.Data;
using Dajia.Web.Domain;

namespace Dajia.Web.Infrastructure.Auth;

/// <summary>Every read starts here: a user sees the subtree of the jurisdiction they belong to.</summary>
public static class Scope
{
    public static IQueryable<Unit> VisibleUnits(this AppDbContext db, CurrentUser user) =>
        db.Units.Where(u => u.Jurisdiction!.Path.StartsWith(user.JurisdictionPath));

    public static IQueryable<Jurisdiction> VisibleJurisdictions(this AppDbContext db, CurrentUser user) =>
        db.Jurisdictions.Where(j => j.Path.StartsWith(user.JurisdictionPath));

    public static IQueryable<AppUser> VisibleUsers(this AppDbContext db, CurrentUser user) =>
        db.Users.Where(u => u.Jurisdiction!.Path.StartsWith(user.JurisdictionPath));

    /// <summary>Entries about the user's subtree; the system's entries only for a user at a root of the tree.</summary>
    public static IQueryable<AuditEntry> VisibleAuditEntries(this AppDbContext db, CurrentUser user) => user.AtRoot
        ? db.AuditEntries.Where(a => a.Scope == AuditEntry.SystemScope || a.Scope.StartsWith(user.JurisdictionPath))
        : db.AuditEntries.Where(a => a.Scope.StartsWith(user.JurisdictionPath));
}

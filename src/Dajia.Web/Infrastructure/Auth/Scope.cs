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
}

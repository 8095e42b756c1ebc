using Dajia.Web.Data;
using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.Units;

namespace Dajia.Web.Features.PublicPortal;

/// <summary>
/// The towns that take reports from the public: a town with an active 打假办 (office unit). A town an administrator has
/// just added, before it has an office, is not offered on the portal and the API refuses a report addressed to it —
/// no one would read it. With one such town the portal and the API need no choice of town.
/// </summary>
public static class ReceivingTowns
{
    public static IQueryable<Jurisdiction> Of(AppDbContext db)
    {
        // The public belongs to no one user; which towns have an office is public anyway.
        var offices = db.Unscoped<Unit>().Where(u => u.Kind == UnitKind.Office && u.Active);
        return db.Jurisdictions.Where(j => j.Level == JurisdictionLevel.Town && offices.Any(u => u.JurisdictionId == j.Id));
    }
}

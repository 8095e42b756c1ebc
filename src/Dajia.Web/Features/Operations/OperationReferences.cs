using Dajia.Web.Data;
using Dajia.Web.Domain.MarketEntities;

namespace Dajia.Web.Features.Operations;

/// <summary>
/// The one check of the records an action names, for creating and editing alike: each must exist inside the user's
/// jurisdiction subtree. An unknown id and another town's id get the same answer, so a foreign id reveals nothing.
/// </summary>
public static class OperationReferences
{
    /// <summary>Returns the lead unit's jurisdiction (when the lead was given and is visible) and the field errors.</summary>
    public static async Task<(Guid? LeadJurisdictionId, List<FieldError> Errors)> CheckAsync(
        AppDbContext db, CurrentUser user, Guid? leadUnitId, IReadOnlyList<Guid>? invitedUnitIds, Guid? keyAreaId, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var invited = (invitedUnitIds ?? []).Distinct().ToList();
        var wanted = leadUnitId is { } l ? invited.Append(l).ToList() : invited;
        var units = await db.VisibleUnits(user).Where(u => wanted.Contains(u.Id))
            .Select(u => new { u.Id, u.JurisdictionId }).ToListAsync(ct);
        var lead = units.FirstOrDefault(u => u.Id == leadUnitId);
        if (leadUnitId is not null && lead is null) errors.Add(new("leadUnitId", "Validation.Operation.LeadUnit"));
        if (invited.Any(i => units.All(u => u.Id != i))) errors.Add(new("invitedUnitIds", "Validation.Operation.Units"));
        if (keyAreaId is { } area && !await KeyAreaVisibleAsync(db, user, area, ct))
            errors.Add(new("keyAreaId", "Validation.KeyArea.OutOfScope"));
        return (lead?.JurisdictionId, errors);
    }

    public static Task<bool> KeyAreaVisibleAsync(AppDbContext db, CurrentUser user, Guid keyAreaId, CancellationToken ct)
    {
        return db.Visible<KeyArea>(user).AnyAsync(k => k.Id == keyAreaId, ct);
    }

    public static Task<bool> EntityVisibleAsync(AppDbContext db, CurrentUser user, Guid? marketEntityId, CancellationToken ct)
    {
        if (marketEntityId is not { } e) return Task.FromResult(false);
        return db.Visible<MarketEntity>(user).AnyAsync(x => x.Id == e, ct);
    }
}

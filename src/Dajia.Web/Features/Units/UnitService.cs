using Dajia.Web.Data;
using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.Units;

namespace Dajia.Web.Features.Units;

public sealed class UnitService(AppDbContext db, CurrentUser user)
{
    /// <summary>Units the user can see, each with its current liaison and deputy, in the office's order.</summary>
    public async Task<IReadOnlyList<Unit>> ListAsync(bool includeInactive, CancellationToken ct = default)
    {
        var units = await db.VisibleUnits(user)
            .Where(u => includeInactive || u.Active)
            .Include(u => u.Jurisdiction)
            .Include(u => u.Liaisons.Where(l => l.EffectiveTo == null))
            .AsSplitQuery()
            .ToListAsync(ct);
        return units.OrderBy(u => u.Jurisdiction!.Path)
            .ThenBy(u => u.Kind).ThenBy(u => u.SortOrder).ThenBy(u => u.Name, StringComparer.Ordinal).ToList();
    }

    public async Task<ServiceResult<Unit>> CreateAsync(UnitInput input, CancellationToken ct = default)
    {
        if (!user.IsAdmin) return ServiceResult<Unit>.Forbidden();
        var (details, errors) = input.Parse();
        var jurisdictionId = input.JurisdictionId ?? user.JurisdictionId;
        if (!await db.VisibleJurisdictions(user).AnyAsync(j => j.Id == jurisdictionId, ct))
            errors = [.. errors, new FieldError("jurisdictionId", "Validation.Unit.Jurisdiction")];
        if (errors.Count > 0) return ServiceResult<Unit>.Invalid(errors);
        if (await ClashAsync(jurisdictionId, details, null, ct) is { } clash) return ServiceResult<Unit>.Invalid([clash]);
        var unit = Unit.Create(jurisdictionId, details);
        db.Add(unit);
        await db.SaveChangesAsync(ct);
        await db.Entry(unit).Reference(u => u.Jurisdiction).LoadAsync(ct);
        return ServiceResult<Unit>.Ok(unit);
    }

    public async Task<ServiceResult<Unit>> UpdateAsync(Guid id, UnitInput input, Infrastructure.Access.Expected expected,
        CancellationToken ct = default)
    {
        var unit = await db.VisibleUnits(user).Include(u => u.Jurisdiction)
            .Include(u => u.Liaisons.Where(l => l.EffectiveTo == null)).FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null) return ServiceResult<Unit>.NotFound();
        if (!UnitPermissions.May(user, unit, UnitAction.Edit)) return ServiceResult<Unit>.Forbidden();
        if (expected.IsStale(unit.Version)) return ServiceResult<Unit>.Stale();
        var (details, errors) = input.Parse();
        if (errors.Count > 0) return ServiceResult<Unit>.Invalid(errors);
        if (await ClashAsync(unit.JurisdictionId, details, unit.Id, ct) is { } clash) return ServiceResult<Unit>.Invalid([clash]);
        unit.Update(details);
        if (!await db.TrySaveAsync(ct)) return ServiceResult<Unit>.Stale();
        return ServiceResult<Unit>.Ok(unit);
    }

    private async Task<FieldError?> ClashAsync(Guid jurisdictionId, UnitDetails d, Guid? self, CancellationToken ct)
    {
        var others = db.VisibleUnits(user).Where(u => u.JurisdictionId == jurisdictionId && u.Id != self);
        if (await others.AnyAsync(u => u.Code == d.Code, ct)) return new("code", "Validation.Unit.CodeTaken");
        if (await others.AnyAsync(u => u.Name == d.Name, ct)) return new("name", "Validation.Unit.NameTaken");
        return null;
    }
}

using Dajia.Web.Data;
using Dajia.Web.Domain.Cases;
using Dajia.Web.Domain.Units;
using Dajia.Web.Features.Units;
using Dajia.Web.Infrastructure.Access;

namespace Dajia.Web.Features.Cases.Documents;

/// <summary>Body of PUT /api/units/{id}/document-prefix: blank goes back to the unit's short name.</summary>
public sealed record DocumentPrefixInput(string? Prefix);

/// <summary>An administrator sets the 文号前缀 a unit's case documents are numbered with (a unit setting).</summary>
public sealed class DocumentPrefixService(AppDbContext db, CurrentUser user)
{
    public async Task<ServiceResult<Unit>> SetAsync(Guid unitId, DocumentPrefixInput input, Expected expected, CancellationToken ct)
    {
        var unit = await db.VisibleUnits(user).Include(u => u.Jurisdiction)
            .Include(u => u.Liaisons.Where(l => l.EffectiveTo == null)).FirstOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null) return ServiceResult<Unit>.NotFound();
        if (!UnitPermissions.May(user, unit, UnitAction.Edit)) return ServiceResult<Unit>.Forbidden();
        if (expected.IsStale(unit.Version)) return ServiceResult<Unit>.Stale();
        var prefix = string.IsNullOrWhiteSpace(input.Prefix) ? null : input.Prefix.Trim();
        if (prefix is not null && !DocumentNumbers.IsValidPrefix(prefix))
            return ServiceResult<Unit>.Invalid("prefix", "Validation.Case.DocumentPrefix", DocumentNumbers.PrefixLength);
        unit.SetDocumentPrefix(prefix);
        return await db.TrySaveAsync(ct) ? ServiceResult<Unit>.Ok(unit) : ServiceResult<Unit>.Stale();
    }
}

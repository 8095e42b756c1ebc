using Dajia.Web.Data;
using Dajia.Web.Domain.RandomDraws;

namespace Dajia.Web.Features.RandomDraws;

/// <summary>The pool of enforcement officers and their declared conflicts of interest.</summary>
public sealed class OfficerService(AppDbContext db, CurrentUser user, MarketEntities.MarketEntityService entities)
{
    public async Task<IReadOnlyList<OfficerDto>> ListAsync(CancellationToken ct = default)
    {
        var officers = await db.Visible<Officer>(user).ToListAsync(ct);
        var ids = officers.Select(o => o.Id).ToList();
        var conflicts = await db.OfficerConflicts.Where(c => ids.Contains(c.OfficerId)).ToListAsync(ct);
        var unitIds = officers.Select(o => o.UnitId).Distinct().ToList();
        var units = await db.VisibleUnits(user).Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.ShortName, ct);
        return officers.OrderBy(o => units.GetValueOrDefault(o.UnitId), StringComparer.Ordinal).ThenBy(o => o.Name, StringComparer.Ordinal)
            .Select(o => new OfficerDto(o.Id, o.UnitId, units.GetValueOrDefault(o.UnitId, ""), o.Name, o.CertificateNumber, o.Active,
                conflicts.Where(c => c.OfficerId == o.Id).Select(c => c.MarketEntityId).ToList())).ToList();
    }

    public async Task<OfficerDto?> GetAsync(Guid id, CancellationToken ct = default) =>
        await db.Visible<Officer>(user).AnyAsync(o => o.Id == id, ct) ? (await ListAsync(ct)).FirstOrDefault(o => o.Id == id) : null;

    public async Task<ServiceResult<OfficerDto>> AddAsync(OfficerInput input, CancellationToken ct = default)
    {
        if (!user.IsOffice) return ServiceResult<OfficerDto>.Forbidden();
        var errors = new List<FieldError>();
        var unit = input.UnitId is { } u ? await db.VisibleUnits(user).FirstOrDefaultAsync(x => x.Id == u, ct) : null;
        if (unit is null) errors.Add(new("unitId", "Validation.Officer.Unit"));
        var name = input.Name?.Trim() ?? "";
        var cert = input.CertificateNumber?.Trim() ?? "";
        if (name.Length is 0 or > 32) errors.Add(new("name", "Validation.Officer.Name"));
        if (cert.Length is 0 or > 32) errors.Add(new("certificateNumber", "Validation.Officer.Certificate"));
        else if (unit is not null && await db.Visible<Officer>(user)
                     .AnyAsync(o => o.JurisdictionId == unit.JurisdictionId && o.CertificateNumber == cert, ct))
            errors.Add(new("certificateNumber", "Validation.Officer.CertificateTaken"));
        if (errors.Count > 0) return ServiceResult<OfficerDto>.Invalid(errors);
        var officer = new Officer(unit!.JurisdictionId, unit.Id, name, cert);
        db.Add(officer);
        await db.SaveChangesAsync(ct);
        return ServiceResult<OfficerDto>.Ok((await ListAsync(ct)).First(o => o.Id == officer.Id));
    }

    public async Task<ServiceResult<OfficerDto>> DeclareConflictAsync(Guid officerId, ConflictInput input, CancellationToken ct = default)
    {
        var officer = await db.Visible<Officer>(user).FirstOrDefaultAsync(o => o.Id == officerId, ct);
        if (officer is null) return ServiceResult<OfficerDto>.NotFound();
        if (!user.IsOffice && !(user.IsLiaison && user.UnitId == officer.UnitId)) return ServiceResult<OfficerDto>.Forbidden();
        var errors = new List<FieldError>();
        if (input.MarketEntityId is not { } marketEntityId || !await entities.Visible().AnyAsync(e => e.Id == marketEntityId, ct))
            errors.Add(new("marketEntityId", "Validation.Operation.Entity"));
        if ((input.Reason?.Trim().Length ?? 0) is 0 or > 200) errors.Add(new("reason", "Validation.Officer.Reason"));
        if (errors.Count > 0) return ServiceResult<OfficerDto>.Invalid(errors);
        if (!await db.OfficerConflicts.AnyAsync(c => c.OfficerId == officerId && c.MarketEntityId == input.MarketEntityId, ct))
        {
            db.OfficerConflicts.Add(new OfficerConflict(officerId, input.MarketEntityId!.Value, input.Reason!.Trim()));
            await db.SaveChangesAsync(ct);
        }
        return ServiceResult<OfficerDto>.Ok((await ListAsync(ct)).First(o => o.Id == officerId));
    }
}

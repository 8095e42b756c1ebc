using Dajia.Web.Data;
using Dajia.Web.Domain.MarketEntities;
using Microsoft.AspNetCore.DataProtection;

namespace Dajia.Web.Features.MarketEntities;

public sealed record MarketEntityQuery(
    string? Q, Guid? KeyAreaId, MarketEntityCategory? Category, RiskLevel? Risk, PageRequest? Paging = null);

/// <summary>The register's filters and page as the query string carries them; each bad value is a field error naming it.</summary>
public sealed record MarketEntityListInput(string? Q, string? KeyAreaId, string? Category, string? Risk, string? Page, string? PageSize)
{
    public MarketEntityQuery Parse(List<FieldError> errors) => new(Q, Input.Id(KeyAreaId, "keyAreaId", errors),
        Input.Enum<MarketEntityCategory>(Category, "category", errors), Input.Enum<RiskLevel>(Risk, "risk", errors),
        PageRequest.Parse(Page, PageSize, errors));
}

/// <summary>The register of market entities. Office roles and unit liaisons add and correct entries; everyone reads.</summary>
public sealed class MarketEntityService(
    AppDbContext db, CurrentUser user, TimeProvider time, IDataProtectionProvider protection, IStringLocalizer<SharedResource> l)
{
    public const string OperatorIdPurpose = "Dajia.MarketEntity.OperatorId";

    private IDataProtector Protector => protection.CreateProtector(OperatorIdPurpose);

    public IQueryable<MarketEntity> Visible() =>
        db.Visible<MarketEntity>(user);

    public async Task<PagedList<MarketEntityDto>> SearchAsync(MarketEntityQuery query, CancellationToken ct = default)
    {
        var q = Visible();
        q = EntitySearch.Matching(q, query.Q);
        if (query.KeyAreaId is { } area) q = q.Where(e => e.KeyAreaId == area);
        if (query.Category is { } category) q = q.Where(e => e.Category == category);
        if (query.Risk is { } risk) q = q.Where(e => e.Risk == risk);
        var paging = query.Paging ?? PageRequest.First;
        var count = await q.CountForPageAsync(null, ct);
        var rows = await q.OrderBy(e => e.KeyAreaId).ThenBy(e => e.StallNumber).ThenBy(e => e.Name).ThenBy(e => e.Id)
            .PageOf(paging).ToListAsync(ct);
        return (await ToDtosAsync(rows, ct)).ToPage(paging, count);
    }

    public async Task<MarketEntityDto?> GetAsync(Guid id, CancellationToken ct = default) =>
        await Visible().FirstOrDefaultAsync(e => e.Id == id, ct) is { } e ? (await ToDtosAsync([e], ct))[0] : null;

    public async Task<ServiceResult<MarketEntityDto>> SaveAsync(Guid? id, MarketEntityInput input, CancellationToken ct = default)
    {
        if (!user.IsOffice && !user.IsLiaison) return ServiceResult<MarketEntityDto>.Forbidden();
        var existing = id is null ? null : await Visible().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (id is not null && existing is null) return ServiceResult<MarketEntityDto>.NotFound();
        var (details, errors, warnings, operatorId) = input.Parse(ChinaTime.Today(time));
        var jurisdictionId = existing?.JurisdictionId ?? user.JurisdictionId;
        if (details.KeyAreaId is { } area
            && !await db.Visible<KeyArea>(user).AnyAsync(k => k.Id == area && k.JurisdictionId == jurisdictionId, ct))
            errors.Add(new("keyAreaId", "Validation.MarketEntity.KeyArea"));
        if (details.CreditCode is { } code && errors.Count == 0
            && await Visible().AnyAsync(e => e.JurisdictionId == jurisdictionId && e.CreditCode == code && e.Id != id, ct))
            errors.Add(new("creditCode", "Validation.MarketEntity.CodeTaken"));
        if (errors.Count > 0) return ServiceResult<MarketEntityDto>.Invalid(errors);
        var protectedId = operatorId is null ? null : Protect(operatorId);
        if (existing is null) db.Add(existing = new MarketEntity(jurisdictionId, details, protectedId));
        else existing.Update(details, protectedId);
        await db.SaveChangesAsync(ct);
        var dto = (await ToDtosAsync([existing], ct))[0];
        return ServiceResult<MarketEntityDto>.Ok(dto with { Warnings = warnings.Select(w => l[w.MessageKey, w.Args].Value).ToList() });
    }

    public ProtectedId Protect(string idNumber) => new(Protector.Protect(idNumber), IdCardNumber.Mask(idNumber));

    private async Task<List<MarketEntityDto>> ToDtosAsync(IReadOnlyCollection<MarketEntity> rows, CancellationToken ct)
    {
        var areaIds = rows.Where(r => r.KeyAreaId != null).Select(r => r.KeyAreaId!.Value).Distinct().ToList();
        var areas = await db.Visible<KeyArea>(user).Where(k => areaIds.Contains(k.Id)).ToDictionaryAsync(k => k.Id, k => k.Name, ct);
        return rows.Select(e => new MarketEntityDto(e.Id, e.Name, e.CreditCode, e.Kind, e.Category, e.KeyAreaId,
            e.KeyAreaId is { } k ? areas.GetValueOrDefault(k) : null, e.StallNumber, e.Address, e.OperatorName, e.OperatorIdMasked,
            e.ContactPhone, e.Risk, e.Status, [])).ToList();
    }
}

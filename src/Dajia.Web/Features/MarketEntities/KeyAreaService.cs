using Dajia.Web.Data;
using Dajia.Web.Domain.MarketEntities;

namespace Dajia.Web.Features.MarketEntities;

public sealed class KeyAreaService(AppDbContext db, CurrentUser user)
{
    public async Task<IReadOnlyList<KeyAreaDto>> ListAsync(CancellationToken ct = default)
    {
        var areas = await db.Visible<KeyArea>(user).ToListAsync(ct);
        var ids = areas.Select(a => a.Id).ToList();
        var counts = await db.Visible<MarketEntity>(user).Where(e => e.KeyAreaId != null && ids.Contains(e.KeyAreaId.Value))
            .GroupBy(e => e.KeyAreaId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var plans = await PlanYearsAsync(ids, ct);
        return areas.OrderBy(a => a.Status).ThenBy(a => a.Name, StringComparer.Ordinal)
            .Select(a => ToDto(a, counts.GetValueOrDefault(a.Id), plans[a.Id])).ToList();
    }

    public async Task<KeyAreaDto?> GetAsync(Guid id, CancellationToken ct = default) =>
        await Find(id, ct) is { } a ? await ToDtoAsync(a, ct) : null;

    /// <summary>The years whose plan names each area (a plan names one key area).</summary>
    private async Task<ILookup<Guid, int>> PlanYearsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        (await db.Visible<Domain.Campaigns.Campaign>(user).Where(c => c.KeyAreaId != null && ids.Contains(c.KeyAreaId.Value))
            .Select(c => new { Area = c.KeyAreaId!.Value, c.Year }).Distinct().ToListAsync(ct)).ToLookup(x => x.Area, x => x.Year);

    private async Task<KeyAreaDto> ToDtoAsync(KeyArea a, CancellationToken ct) =>
        ToDto(a, await db.Visible<MarketEntity>(user).CountAsync(e => e.KeyAreaId == a.Id, ct), (await PlanYearsAsync([a.Id], ct))[a.Id]);

    public async Task<ServiceResult<KeyAreaDto>> SaveAsync(Guid? id, KeyAreaInput input, CancellationToken ct = default)
    {
        if (!user.IsOffice) return ServiceResult<KeyAreaDto>.Forbidden();
        var area = id is null ? null : await Find(id.Value, ct);
        if (id is not null && area is null) return ServiceResult<KeyAreaDto>.NotFound();
        var errors = new List<FieldError>();
        var kind = Input.Enum<KeyAreaKind>(input.Kind, "kind", errors) ?? KeyAreaKind.Market;
        var details = new KeyAreaDetails(input.Name?.Trim() ?? "", ContactFormats.NormalizeText(input.Address), kind,
            ContactFormats.NormalizeText(input.Description), input.Years ?? [], input.Aliases);
        errors.AddRange(details.Validate());
        var jurisdictionId = area?.JurisdictionId ?? user.JurisdictionId;
        if (await db.Visible<KeyArea>(user).AnyAsync(a => a.JurisdictionId == jurisdictionId && a.Name == details.Name && a.Id != id, ct))
            errors.Add(new("name", "Validation.KeyArea.NameTaken"));
        if (errors.Count > 0) return ServiceResult<KeyAreaDto>.Invalid(errors);
        if (area is null) db.Add(area = new KeyArea(jurisdictionId, details));
        else area.Update(details);
        await db.SaveChangesAsync(ct);
        return ServiceResult<KeyAreaDto>.Ok(await ToDtoAsync(area, ct));
    }

    /// <summary>确定 → 整治 → 验收, or 撤销 at any point; a step out of that order is a conflict (409).</summary>
    public async Task<ServiceResult<KeyAreaDto>> MoveAsync(Guid id, KeyAreaStatus next, CancellationToken ct = default)
    {
        if (!user.IsOffice) return ServiceResult<KeyAreaDto>.Forbidden();
        var area = await Find(id, ct);
        if (area is null) return ServiceResult<KeyAreaDto>.NotFound();
        try
        {
            area.MoveTo(next);
        }
        catch (DomainException e)
        {
            return ServiceResult<KeyAreaDto>.Conflict(e.MessageKey, e.Args);
        }
        await db.SaveChangesAsync(ct);
        return ServiceResult<KeyAreaDto>.Ok(await ToDtoAsync(area, ct));
    }

    public Task<KeyArea?> Find(Guid id, CancellationToken ct) => db.Visible<KeyArea>(user).FirstOrDefaultAsync(k => k.Id == id, ct);

    private static KeyAreaDto ToDto(KeyArea a, int entities, IEnumerable<int> planYears)
    {
        var fromPlans = planYears.Order().ToList();
        return new(a.Id, a.Name, a.Address, a.Kind, a.Description, a.Years.Union(fromPlans).Order().ToList(), a.Status, entities,
            a.Aliases, fromPlans);
    }
}

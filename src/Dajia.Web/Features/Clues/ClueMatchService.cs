using Dajia.Web.Data;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Domain.MarketEntities;
using Dajia.Web.Features.MarketEntities;
using Dajia.Web.Infrastructure.Access;

namespace Dajia.Web.Features.Clues;

/// <summary>A clue's entity and key area as staff see them: proposed by the matcher, or settled.</summary>
public sealed record ClueMatchDto(
    Guid ClueId, EntityMatchState State, EntityHitDto? Entity, Guid? KeyAreaId, string? KeyAreaName, int Version,
    IReadOnlyList<string> AllowedActions, NameConflict? Conflict = null) : Infrastructure.Access.IVersionedDto;

/// <summary>名称不一致: the stall the report names is registered to another name than the merchant it names.</summary>
public sealed record NameConflict(string Reported, string Registered);

/// <summary>Body of POST /api/clues/{id}/match: the entity (or none: not in the register) and the key area (or none).</summary>
public sealed record ClueMatchInput(Guid? MarketEntityId, Guid? KeyAreaId);

/// <summary>Staff confirm or correct what the matcher proposed at intake; each decision is a line in the clue's history.</summary>
public sealed class ClueMatchService(
    AppDbContext db, CurrentUser user, ClueService clues, EntitySearch search, TimeProvider time, IStringLocalizer<SharedResource> l,
    EntityMatcher matcher)
{
    public async Task<ClueMatchDto?> GetAsync(Guid clueId, CancellationToken ct = default) =>
        await clues.Visible().FirstOrDefaultAsync(c => c.Id == clueId, ct) is { } clue ? await ToDtoAsync(clue, ct) : null;

    /// <summary>
    /// The entity must be in the clue's jurisdiction and visible to the user; without a key area given, the entity's
    /// own is taken. An entity registered in one key area cannot be put in another.
    /// </summary>
    public async Task<ServiceResult<ClueMatchDto>> ConfirmAsync(Guid clueId, ClueMatchInput input, Expected expected,
        CancellationToken ct = default)
    {
        var clue = await clues.Visible().Include(c => c.Events).FirstOrDefaultAsync(c => c.Id == clueId, ct);
        if (clue is null) return ServiceResult<ClueMatchDto>.NotFound();
        if (!CluePermissions.MayMatch(user, clue)) return ServiceResult<ClueMatchDto>.Forbidden();
        if (expected.IsStale(clue.Version)) return ServiceResult<ClueMatchDto>.Stale();
        var errors = new List<FieldError>();
        var entity = input.MarketEntityId is { } e
            ? await db.Visible<MarketEntity>(user).FirstOrDefaultAsync(x => x.Id == e && x.JurisdictionId == clue.JurisdictionId, ct)
            : null;
        if (input.MarketEntityId is not null && entity is null) errors.Add(new("marketEntityId", "Validation.ClueMatch.Entity"));
        var areaId = input.KeyAreaId ?? entity?.KeyAreaId;
        var area = areaId is { } a
            ? await db.Visible<KeyArea>(user).FirstOrDefaultAsync(k => k.Id == a && k.JurisdictionId == clue.JurisdictionId, ct)
            : null;
        if (areaId is not null && area is null) errors.Add(new("keyAreaId", "Validation.KeyArea.OutOfScope"));
        else if (entity?.KeyAreaId is { } own && area is not null && own != area.Id)
            errors.Add(new("keyAreaId", "Validation.ClueMatch.AreaMismatch"));
        if (errors.Count > 0) return ServiceResult<ClueMatchDto>.Invalid(errors);
        try
        {
            clue.ConfirmMatch(entity?.Id, area?.Id, Describe(entity, area), time.GetUtcNow(), user.Signature);
        }
        catch (DomainException x)
        {
            return ServiceResult<ClueMatchDto>.Conflict(x.MessageKey, x.Args);
        }
        if (!await db.TrySaveAsync(ct)) return ServiceResult<ClueMatchDto>.Stale();
        return ServiceResult<ClueMatchDto>.Ok(await ToDtoAsync(clue, ct));
    }

    /// <summary>The history line, in words: "大涌镇何记布行 B017 · 岚田布业城", or that it is not in the register.</summary>
    private string Describe(MarketEntity? entity, KeyArea? area)
    {
        var who = entity is null ? l["ClueMatch.NotInRegister"].Value : $"{entity.Name} {entity.StallNumber}".Trim();
        return area is null ? who : $"{who} · {area.Name}";
    }

    private async Task<ClueMatchDto> ToDtoAsync(Clue clue, CancellationToken ct)
    {
        var entity = clue.MarketEntityId is { } id ? await db.Visible<MarketEntity>(user).FirstOrDefaultAsync(e => e.Id == id, ct) : null;
        var hit = entity is null ? null : (await search.HitsAsync([entity], ct))[0];
        var areaName = clue.KeyAreaId is { } k
            ? await db.Visible<KeyArea>(user).Where(a => a.Id == k).Select(a => a.Name).FirstOrDefaultAsync(ct) : null;
        return new ClueMatchDto(clue.Id, clue.MatchState, hit, clue.KeyAreaId, areaName, clue.Version,
            CluePermissions.MayMatch(user, clue) ? ["confirm"] : [], await ConflictAsync(clue, ct));
    }

    /// <summary>
    /// Asked of the matcher again rather than stored: only an unsettled proposal without an entity can hide one, and the
    /// register as it is now is what staff check against.
    /// </summary>
    private async Task<NameConflict?> ConflictAsync(Clue clue, CancellationToken ct)
    {
        if (clue.MatchState != EntityMatchState.Proposed || clue.MarketEntityId is not null || clue.MerchantName is not { } merchant)
            return null;
        var again = await matcher.ProposeAsync(clue.JurisdictionId, merchant, clue.Address, null, ct);
        return again.StallHolder is { } holder ? new NameConflict(merchant.Trim(), holder) : null;
    }
}

using System.Security.Cryptography;
using Dajia.Web.Data;
using Dajia.Web.Domain.MarketEntities;
using Dajia.Web.Domain.Operations;
using Dajia.Web.Domain.RandomDraws;
using Dajia.Web.Domain.Units;
using Dajia.Web.Features.MarketEntities;
using Dajia.Web.Infrastructure.Access;

namespace Dajia.Web.Features.RandomDraws;

/// <summary>双随机: draw, store everything needed to re-run it, verify, turn into an action, publish.</summary>
public sealed class RandomDrawService(
    AppDbContext db, CurrentUser user, TimeProvider time, MarketEntityService entities, Operations.OperationService operations,
    IStringLocalizer<SharedResource> l)
{
    private IQueryable<RandomDraw> Visible() => db.Visible<RandomDraw>(user).Include(d => d.Items);

    /// <summary>Newest first, one page (a draw's own names are two lookups each; a page is small).</summary>
    public async Task<PagedList<DrawDto>> ListAsync(PageRequest paging, CancellationToken ct = default)
    {
        var count = await db.Visible<RandomDraw>(user).CountForPageAsync(null, ct);
        var list = await Visible().OrderByDescending(d => d.DrawnAt).ThenByDescending(d => d.Id).PageOf(paging).ToListAsync(ct);
        var result = new List<DrawDto>();
        foreach (var d in list) result.Add(await ToDtoAsync(d, ct));
        return result.ToPage(paging, count);
    }

    public async Task<DrawDto?> GetAsync(Guid id, CancellationToken ct = default) =>
        await Visible().FirstOrDefaultAsync(d => d.Id == id, ct) is { } d ? await ToDtoAsync(d, ct) : null;

    /// <summary>A published draw, for anyone: signed by the jurisdiction's office rather than the account that drew it.</summary>
    public async Task<PublicDrawDto?> GetPublishedAsync(Guid id, CancellationToken ct = default)
    {
        // Published is the public's scope.
        var draw = await db.Unscoped<RandomDraw>().Include(d => d.Items).FirstOrDefaultAsync(d => d.Id == id && d.Published, ct);
        if (draw is null) return null;
        var d = await ToDtoAsync(draw, ct);
        var office = await db.Unscoped<Unit>().Where(u => u.JurisdictionId == draw.JurisdictionId && u.Kind == UnitKind.Office)
            .OrderBy(u => u.Name).Select(u => u.Name).FirstOrDefaultAsync(ct)
            ?? await db.Jurisdictions.Where(j => j.Id == draw.JurisdictionId).Select(j => j.Name).FirstAsync(ct);
        return new PublicDrawDto(d.Id, d.Title, office, d.Seed, d.SeedOrigin, d.EntityListHash, d.OfficerListHash, d.ConflictListHash,
            d.EntityCandidates, d.OfficerCandidates, d.Conflicts, d.DrawnAt, d.Items);
    }

    public async Task<ServiceResult<DrawDto>> DrawAsync(DrawInput input, CancellationToken ct = default)
    {
        if (!user.IsOffice) return ServiceResult<DrawDto>.Forbidden();
        var errors = new List<FieldError>();
        var category = Shared.Input.Enum<MarketEntityCategory>(input.Category, "category", errors);
        var risk = Shared.Input.Enum<RiskLevel>(input.Risk, "risk", errors);
        if (input.Count is not (>= 1 and <= 500)) errors.Add(new("count", "Validation.RandomDraw.Count"));
        if (input.KeyAreaId is { } chosen && !await Operations.OperationReferences.KeyAreaVisibleAsync(db, user, chosen, ct))
            errors.Add(new("keyAreaId", "Validation.KeyArea.OutOfScope"));
        var title = input.Title?.Trim() is { Length: > 0 and <= 100 } t ? t
            : l["RandomDraw.DefaultTitle", ChinaTime.Today(time).ToString("yyyy-MM-dd")].Value;
        if (errors.Count > 0) return ServiceResult<DrawDto>.Invalid(errors);

        var q = entities.Visible().Where(e => e.JurisdictionId == user.JurisdictionId && e.Status == MarketEntityStatus.Operating);
        if (input.KeyAreaId is { } area) q = q.Where(e => e.KeyAreaId == area);
        if (category is { } cat) q = q.Where(e => e.Category == cat);
        if (risk is { } rk) q = q.Where(e => e.Risk == rk);
        var candidates = await q.Select(e => e.Id).ToListAsync(ct);
        var officers = await db.Visible<Officer>(user).Where(o => o.JurisdictionId == user.JurisdictionId && o.Active)
            .Select(o => o.Id).ToListAsync(ct);
        if (candidates.Count == 0) return ServiceResult<DrawDto>.Invalid([new("count", "RandomDraw.NoEntities")]);
        var conflicts = await ConflictsAsync(officers, ct);
        // The seed is drawn from the OS's cryptographic source unless given (a given seed lets a draw be repeated on purpose).
        var seed = input.Seed ?? RandomNumberGenerator.GetInt32(int.MaxValue);
        IReadOnlyList<DrawPick> picks;
        try
        {
            picks = DrawAlgorithm.Run(seed, candidates, officers, conflicts, input.Count!.Value);
        }
        catch (DomainException e)
        {
            return ServiceResult<DrawDto>.Conflict(e.MessageKey, e.Args);
        }
        var filter = string.Join("；",
            new[] { input.KeyAreaId is null ? null : $"area={input.KeyAreaId}", category?.ToString(), risk?.ToString(),
                $"n={input.Count}" }.Where(x => x is not null));
        var origin = input.Seed is null ? SeedOrigin.System : SeedOrigin.Staff;
        var draw = new RandomDraw(user.JurisdictionId, title, filter, seed, origin, candidates, officers, conflicts, picks,
            time.GetUtcNow(), user.Signature);
        db.Add(draw);
        await db.SaveChangesAsync(ct);
        return ServiceResult<DrawDto>.Ok(await ToDtoAsync(draw, ct));
    }

    /// <summary>
    /// Re-runs the draw from what was stored when it was made (seed, candidate lists, conflicts): the stored inputs must
    /// still match their hashes, and the re-run must pick exactly what was stored. Whether today's live candidates
    /// still equal the stored ones is reported too, for information.
    /// </summary>
    public async Task<ServiceResult<VerifyDto>> VerifyAsync(Guid id, CancellationToken ct = default)
    {
        var draw = await Visible().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (draw is null) return ServiceResult<VerifyDto>.NotFound();
        var check = draw.Check(draw.ConflictPairs is null ? await ConflictsBeforeSnapshotsAsync(draw, ct) : []);
        IReadOnlyList<Guid> entityList = check.ListsIntact ? DrawAlgorithm.Parse(draw.EntityCandidates) : [];
        var live = check.ListsIntact && await entities.Visible().Where(e => entityList.Contains(e.Id)).CountAsync(ct) == entityList.Count;
        var key = !check.ListsIntact ? "RandomDraw.Tampered" : !check.SameResult ? "RandomDraw.Different" : "RandomDraw.Verified";
        var verified = check.ListsIntact && check.SameResult;
        return ServiceResult<VerifyDto>.Ok(new VerifyDto(verified, check.ListsIntact, check.SameResult, live, l[key]));
    }

    /// <summary>
    /// The draw becomes a planned action: its entities are the ones to inspect. One transaction, so of two people
    /// planning at once one action is made, and the other's is rolled back with its 409.
    /// </summary>
    public async Task<ServiceResult<Guid>> PlanAsync(Guid id, DateTimeOffset startsAt, CancellationToken ct = default,
        Expected expected = default)
    {
        if (!DrawPermissions.RoleMay(user, DrawAction.Plan)) return ServiceResult<Guid>.Forbidden();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var draw = await Visible().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (draw is null) return ServiceResult<Guid>.NotFound();
        if (expected.IsStale(draw.Version)) return ServiceResult<Guid>.Stale();
        if (draw.OperationId is { } existing) return ServiceResult<Guid>.Ok(existing);
        var r = await operations.CreateAsync(new Operations.OperationInput(nameof(OperationKind.SpecialAction), draw.Title, startsAt, null,
            user.UnitId, [], draw.Items.Count * 2, 0, null), ct);
        if (r.Outcome != Outcome.Ok) return new ServiceResult<Guid>(r.Outcome, Errors: r.Errors, ConflictKey: r.ConflictKey);
        var operation = await db.Visible<Operation>(user).FirstAsync(o => o.Id == r.Value!.Id, ct);
        operation.LinkDraw(draw.Id);
        draw.PlanAs(operation.Id);
        if (!await db.TrySaveAsync(ct)) return ServiceResult<Guid>.Stale();
        await tx.CommitAsync(ct);
        return ServiceResult<Guid>.Ok(operation.Id);
    }

    public async Task<ServiceResult<DrawDto>> PublishAsync(Guid id, CancellationToken ct = default, Expected expected = default)
    {
        if (!DrawPermissions.RoleMay(user, DrawAction.Publish)) return ServiceResult<DrawDto>.Forbidden();
        var draw = await Visible().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (draw is null) return ServiceResult<DrawDto>.NotFound();
        if (expected.IsStale(draw.Version)) return ServiceResult<DrawDto>.Stale();
        draw.Publish();
        if (!await db.TrySaveAsync(ct)) return ServiceResult<DrawDto>.Stale();
        return ServiceResult<DrawDto>.Ok(await ToDtoAsync(draw, ct));
    }

    private async Task<HashSet<(Guid, Guid)>> ConflictsAsync(IReadOnlyCollection<Guid> officers, CancellationToken ct) =>
        (await db.OfficerConflicts.Where(c => officers.Contains(c.OfficerId))
            .Select(c => new { c.OfficerId, c.MarketEntityId }).ToListAsync(ct))
        .Select(c => (c.OfficerId, c.MarketEntityId)).ToHashSet();

    /// <summary>A draw made before conflicts were kept has only today's conflicts, the nearest thing to what applied then.</summary>
    private async Task<HashSet<(Guid, Guid)>> ConflictsBeforeSnapshotsAsync(RandomDraw draw, CancellationToken ct)
    {
        try
        {
            return await ConflictsAsync(DrawAlgorithm.Parse(draw.OfficerCandidates), ct);
        }
        catch (FormatException)
        {
            return []; // the check reports the unreadable list as tampered
        }
    }

    private static int Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;

    private async Task<DrawDto> ToDtoAsync(RandomDraw d, CancellationToken ct)
    {
        var entityIds = d.Items.Select(i => i.MarketEntityId).ToList();
        var officerIds = d.Items.SelectMany(i => new[] { i.FirstOfficerId, i.SecondOfficerId }).Distinct().ToList();
        // The draw was found in scope (or published): its own picks are named with it.
        var names = await db.Unscoped<MarketEntity>().Where(e => entityIds.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => (e.Name, e.StallNumber), ct);
        var officers = await db.Unscoped<Officer>().Where(o => officerIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => $"{o.Name}（{o.CertificateNumber}）", ct);
        return new DrawDto(d.Id, d.Title, d.Filter, d.Seed, d.SeedOrigin, d.EntityListHash, d.OfficerListHash, d.ConflictListHash,
            Lines(d.EntityCandidates), Lines(d.OfficerCandidates), Lines(d.ConflictPairs ?? ""), d.DrawnAt, d.DrawnBy, d.OperationId,
            d.Published,
            d.Items.OrderBy(i => i.Order)
                .Select(i => new DrawItemDto(i.Order, i.MarketEntityId, names.GetValueOrDefault(i.MarketEntityId).Name ?? "",
                names.GetValueOrDefault(i.MarketEntityId).StallNumber, i.FirstOfficerId, officers.GetValueOrDefault(i.FirstOfficerId, ""),
                i.SecondOfficerId, officers.GetValueOrDefault(i.SecondOfficerId, ""))).ToList(), d.Version,
                    DrawPermissions.Allowed(user, d));
    }
}

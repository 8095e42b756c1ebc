using Dajia.Web.Data;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.LiaisonTables;
using Dajia.Web.Domain.Rounds;
using Dajia.Web.Domain.Units;
using Dajia.Web.Features.Deadlines;

namespace Dajia.Web.Features.Units;

/// <summary>Setting a unit's liaison and submitting 附件1: shared by the pages and the API.</summary>
public sealed class LiaisonService(
    AppDbContext db, CurrentUser user, TimeProvider time, DeadlineEffects effects, LiaisonTables.LiaisonRounds rounds)
{
    public Task<Unit?> FindVisibleAsync(Guid unitId, CancellationToken ct = default) =>
        db.VisibleUnits(user)
            .Include(u => u.Jurisdiction)
            .Include(u => u.Liaisons.Where(l => l.EffectiveTo == null))
            .FirstOrDefaultAsync(u => u.Id == unitId, ct);

    public async Task<ServiceResult<Liaison>> SetAsync(Guid unitId, LiaisonRole role, LiaisonInput input, CancellationToken ct = default,
        Infrastructure.Access.Expected expected = default)
    {
        var unit = await FindVisibleAsync(unitId, ct);
        if (unit is null) return ServiceResult<Liaison>.NotFound();
        if (!UnitPermissions.May(user, unit, role == LiaisonRole.Primary ? UnitAction.SetLiaison : UnitAction.SetDeputy))
            return ServiceResult<Liaison>.Forbidden();
        if (expected.IsStale(unit.Version)) return ServiceResult<Liaison>.Stale();
        var (details, errors) = input.Parse();
        if (errors.Count > 0) return ServiceResult<Liaison>.Invalid(errors);
        unit.SetLiaison(role, details, time.GetUtcNow(), user.Signature);
        if (!await db.TrySaveAsync(ct)) return ServiceResult<Liaison>.Stale();
        return ServiceResult<Liaison>.Ok(unit.Current(role)!);
    }

    public async Task<ServiceResult<bool>> EndDeputyAsync(Guid unitId, CancellationToken ct = default,
        Infrastructure.Access.Expected expected = default)
    {
        var unit = await FindVisibleAsync(unitId, ct);
        if (unit is null) return ServiceResult<bool>.NotFound();
        if (!UnitPermissions.May(user, unit, UnitAction.SetDeputy)) return ServiceResult<bool>.Forbidden();
        if (expected.IsStale(unit.Version)) return ServiceResult<bool>.Stale();
        var ended = unit.EndLiaison(LiaisonRole.Deputy, time.GetUtcNow());
        if (!await db.TrySaveAsync(ct)) return ServiceResult<bool>.Stale();
        return ServiceResult<bool>.Ok(ended);
    }

    /// <summary>Every liaison and deputy the unit has had, newest first.</summary>
    public async Task<ServiceResult<IReadOnlyList<Liaison>>> HistoryAsync(Guid unitId, CancellationToken ct = default)
    {
        if (!await db.VisibleUnits(user).AnyAsync(u => u.Id == unitId, ct)) return ServiceResult<IReadOnlyList<Liaison>>.NotFound();
        var rows = await db.Liaisons.Where(l => l.UnitId == unitId).ToListAsync(ct);
        // Current ones first; a change made at the same instant as the one it replaced still sorts after it.
        return ServiceResult<IReadOnlyList<Liaison>>.Ok(rows.OrderBy(l => l.EffectiveTo is null ? 0 : 1)
            .ThenByDescending(l => l.EffectiveTo).ThenByDescending(l => l.EffectiveFrom).ThenBy(l => l.Role).ToList());
    }

    /// <summary>
    /// The unit confirms its liaison record for the year's 附件1: the record is kept as submitted. A liaison submits for
    /// their own unit; the office may record it on a unit's behalf (a faxed, stamped copy). After a change to the record,
    /// submitting again is a resubmission (the next version); the first version is the one that met the deadline.
    /// </summary>
    public async Task<ServiceResult<RoundSubmission>> SubmitAsync(Guid unitId, int? year, CancellationToken ct = default)
    {
        var unit = await FindVisibleAsync(unitId, ct);
        if (unit is null) return ServiceResult<RoundSubmission>.NotFound();
        if (!UnitPermissions.May(user, unit, UnitAction.SubmitLiaisonTable)) return ServiceResult<RoundSubmission>.Forbidden();
        if (unit.Current(LiaisonRole.Primary) is null) return ServiceResult<RoundSubmission>.Conflict("LiaisonTable.NoLiaison");
        var tables = db.Visible<LiaisonTable>(user).Include(t => t.Submissions).Where(t => t.JurisdictionId == unit.JurisdictionId);
        var table = year is { } y
            ? await tables.FirstOrDefaultAsync(t => t.Year == y, ct)
            : await tables.OrderByDescending(t => t.Year).FirstOrDefaultAsync(ct);
        if (table is null) return ServiceResult<RoundSubmission>.Conflict("LiaisonTable.NotOpen");
        if (await rounds.RefusalAsync(table, ct) is { } closed) return ServiceResult<RoundSubmission>.Conflict(closed.Key, closed.Args);
        var channel = Submitter.ChannelFor(user.IsLiaison && user.UnitId == unit.Id);
        var submission = table.Submit(unit.Id, time.GetUtcNow(), user.AsSubmitter(), channel, LiaisonTableContent.Of(unit));
        if (submission.Number == 1)
            await effects.ApplyAsync(DeadlineEvent.LiaisonTableSubmitted,
                new DeadlineSubject(DeadlineSubjects.LiaisonTable, table.Id, table.JurisdictionId, unit.Id), ct);
        if (!await db.TrySaveAsync(ct)) return ServiceResult<RoundSubmission>.Stale();
        return ServiceResult<RoundSubmission>.Ok(submission);
    }
}

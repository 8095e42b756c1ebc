using Dajia.Web.Data;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.LiaisonTables;
using Dajia.Web.Domain.Rounds;
using Dajia.Web.Domain.Units;
using Dajia.Web.Features.Deadlines;

namespace Dajia.Web.Features.LiaisonTables;

/// <summary>What an applied 附件1 changed.</summary>
public sealed record LiaisonImportApplied(int UnitsUpdated, int LiaisonsChanged);

/// <summary>Applies an 附件1 workbook: all rows or none. Units are matched by name within the office's scope.</summary>
public sealed class LiaisonTableImporter(
    AppDbContext db, CurrentUser user, TimeProvider time, DeadlineEffects effects, LiaisonRounds rounds)
{
    public async Task<ServiceResult<ImportResult<LiaisonImportApplied>>> ImportAsync(Stream xlsx, int? year, CancellationToken ct = default)
    {
        if (!user.IsOffice) return ServiceResult<ImportResult<LiaisonImportApplied>>.Forbidden();
        var (rows, errors) = LiaisonTableImport.Read(xlsx);
        var found = new List<ImportError>(errors);
        var units = await db.VisibleUnits(user).Include(u => u.Jurisdiction)
            .Include(u => u.Liaisons.Where(l => l.EffectiveTo == null)).AsSplitQuery().ToListAsync(ct);
        var matched = new List<(ImportRow Row, Unit Unit)>();
        foreach (var row in rows)
        {
            var candidates = units.Where(u => u.Name == row.UnitName || u.ShortName == row.UnitName).ToList();
            if (candidates.Count != 1)
                found.Add(new(row.Row, LiaisonTableLayout.LabelOf(LiaisonTableLayout.UnitName),
                    candidates.Count == 0 ? "Import.UnknownUnit" : "Import.AmbiguousUnit"));
            else if (matched.Any(m => m.Unit == candidates[0] && m.Row.Role == row.Role))
                found.Add(new(row.Row, LiaisonTableLayout.LabelOf(LiaisonTableLayout.UnitName), "Import.DuplicateUnit"));
            else matched.Add((row, candidates[0]));
        }
        if (found.Count > 0) return ServiceResult<ImportResult<LiaisonImportApplied>>.Ok(
            ImportResult<LiaisonImportApplied>.Rejected(found));
        var tables = year is null ? [] : await RoundsAsync(matched.Select(m => m.Unit.JurisdictionId), year.Value, ct);
        foreach (var table in tables)
            if (await rounds.RefusalAsync(table, ct) is { } closed)
                return ServiceResult<ImportResult<LiaisonImportApplied>>.Conflict(closed.Key, closed.Args);

        var now = time.GetUtcNow();
        var changed = 0;
        foreach (var (row, unit) in matched)
        {
            if (row.Role == LiaisonRole.Primary && row.Leader != unit.Leader && row.Leader != LeaderInCharge.None)
                unit.Update(
                    new UnitDetails(unit.Name, unit.ShortName, unit.Code, unit.Kind, row.Leader, unit.Address, unit.SortOrder,
                        unit.Active));
            if (unit.SetLiaison(row.Role, row.Liaison, now, user.Signature) is not null) changed++;
        }
        await MarkSubmittedAsync(matched.Select(m => m.Unit).Distinct(), tables, now, ct);
        await db.SaveChangesAsync(ct);
        var applied = new LiaisonImportApplied(matched.Select(m => m.Unit).Distinct().Count(), changed);
        return ServiceResult<ImportResult<LiaisonImportApplied>>.Ok(ImportResult<LiaisonImportApplied>.Done(applied));
    }

    private async Task<List<LiaisonTable>> RoundsAsync(IEnumerable<Guid> jurisdictions, int year, CancellationToken ct)
    {
        var ids = jurisdictions.Distinct().ToList();
        return await db.Visible<LiaisonTable>(user).Include(t => t.Submissions)
            .Where(t => ids.Contains(t.JurisdictionId) && t.Year == year).ToListAsync(ct);
    }

    /// <summary>
    /// When the office says so, a workbook it received counts as each listed unit's submission for the year, kept as
    /// imported (a unit whose record the file changed after it had submitted is resubmitted).
    /// </summary>
    private async Task MarkSubmittedAsync(IEnumerable<Unit> units, List<LiaisonTable> tables, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var unit in units)
        {
            var table = tables.FirstOrDefault(t => t.JurisdictionId == unit.JurisdictionId);
            if (unit.Current(LiaisonRole.Primary) is null || table is null) continue;
            var submission = table.Submit(unit.Id, now, user.AsSubmitter(), SubmissionChannel.Import, LiaisonTableContent.Of(unit));
            if (submission.Number == 1)
                await effects.ApplyAsync(DeadlineEvent.LiaisonTableSubmitted,
                    new DeadlineSubject(DeadlineSubjects.LiaisonTable, table.Id, table.JurisdictionId, unit.Id), ct);
        }
    }
}

using Dajia.Web.Data;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.LiaisonTables;
using Dajia.Web.Domain.Units;
using Dajia.Web.Features.Deadlines;

namespace Dajia.Web.Features.LiaisonTables;

public sealed record UnitStatusRow(Unit Unit, DateOnly? DueOn, LiaisonTableSubmission? Submission, LiaisonTableStatus? Status);

public sealed record TableOverview(int Year, DateOnly? DueOn, IReadOnlyList<UnitStatusRow> Rows, IReadOnlyList<int> Years)
{
    public int Count(LiaisonTableStatus s) => Rows.Count(r => r.Status == s);
}

/// <summary>
/// The year's 附件1: due date, who submitted on time, late, or not at all — read from each unit's deadline
/// (<see cref="RuleCodes.LiaisonTable"/>), the one home of due dates.
/// </summary>
public sealed class LiaisonTableService(AppDbContext db, CurrentUser user, TimeProvider time, PlanDeadlines duties)
{
    public async Task<TableOverview> OverviewAsync(int? year, CancellationToken ct = default)
    {
        var years = await db.Visible<LiaisonTable>(user).Select(t => t.Year).Distinct().ToListAsync(ct);
        years.Sort((a, b) => b.CompareTo(a));
        var y = year ?? (years.Count > 0 ? years[0] : ChinaTime.Today(time).Year);
        var tables = await db.Visible<LiaisonTable>(user).Include(t => t.Submissions).Where(t => t.Year == y).ToListAsync(ct);
        var ids = tables.Select(t => t.Id).ToList();
        // The rounds were found in scope and every member sees every unit's status, as before; so do their duties.
        var dues = await db.Unscoped<Deadline>()
            .Where(d => d.SubjectType == DeadlineSubjects.LiaisonTable && ids.Contains(d.SubjectId) && d.EndedAt == null)
            .ToListAsync(ct);
        var units = await MemberUnitsAsync(ct);
        var now = time.GetUtcNow();
        var rows = units.Select(u =>
        {
            var table = tables.FirstOrDefault(t => t.JurisdictionId == u.JurisdictionId);
            var submission = table?.Submissions.FirstOrDefault(s => s.UnitId == u.Id);
            var duty = table is null ? null : dues.FirstOrDefault(d => d.SubjectId == table.Id && d.ResponsibleUnitId == u.Id);
            return new UnitStatusRow(u, duty?.DueOn, submission, LiaisonTable.StatusOf(duty, now));
        }).ToList();
        var own = tables.FirstOrDefault(t => t.JurisdictionId == user.JurisdictionId) ?? tables.FirstOrDefault();
        var ownDue = dues.Where(d => d.SubjectId == own?.Id).Select(d => d.FixedDueOn).Max();
        return new TableOverview(y, ownDue, rows, years);
    }

    /// <summary>Active member units the user can see, with their current liaison and deputy.</summary>
    public async Task<IReadOnlyList<Unit>> MemberUnitsAsync(CancellationToken ct = default)
    {
        var units = await db.VisibleUnits(user).Where(u => u.Active && u.Kind == UnitKind.Member)
            .Include(u => u.Jurisdiction).Include(u => u.Liaisons.Where(l => l.EffectiveTo == null))
            .AsSplitQuery().ToListAsync(ct);
        return units.OrderBy(u => u.Jurisdiction!.Path).ThenBy(u => u.SortOrder).ThenBy(u => u.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The office opens (or moves) the year's deadline for its own jurisdiction: each member unit's duty starts or
    /// moves, and the year's plan keeps the same date, all in one save.
    /// </summary>
    public async Task<ServiceResult<LiaisonTable>> SetDueOnAsync(int year, DateOnly? dueOn, CancellationToken ct = default)
    {
        if (!user.IsOffice) return ServiceResult<LiaisonTable>.Forbidden();
        var errors = new List<FieldError>();
        if (year is < 2000 or > 2100) errors.Add(new("year", "Validation.Year"));
        if (dueOn is null) errors.Add(new("dueOn", "Validation.DueOnRequired"));
        else if (Math.Abs(dueOn.Value.Year - year) > 1) errors.Add(new("dueOn", "Validation.DueOnYear"));
        if (errors.Count > 0) return ServiceResult<LiaisonTable>.Invalid(errors);
        var table = await duties.SetLiaisonTableDueAsync(user.JurisdictionId, year, dueOn!.Value, ct);
        await db.SaveChangesAsync(ct);
        return ServiceResult<LiaisonTable>.Ok(table);
    }

    public async Task<string> JurisdictionNameAsync(CancellationToken ct = default) =>
        await db.Jurisdictions.Where(j => j.Id == user.JurisdictionId).Select(j => j.Name).SingleOrDefaultAsync(ct) ?? "";
}

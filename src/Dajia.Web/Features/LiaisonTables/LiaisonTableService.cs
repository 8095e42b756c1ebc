using Dajia.Web.Data;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.LiaisonTables;
using Dajia.Web.Domain.Rounds;
using Dajia.Web.Domain.Units;
using Dajia.Web.Features.Deadlines;

namespace Dajia.Web.Features.LiaisonTables;

/// <summary>
/// One unit in a round: its duty's status, its first and latest submission, what it submitted (the latest version, as
/// it was then) and whether the unit's record has changed since (open rounds only: a closed round is history).
/// </summary>
public sealed record UnitStatusRow(
    Unit Unit, DateOnly? DueOn, RoundSubmission? First, RoundSubmission? Submission, LiaisonTableContent? Submitted,
    Timeliness? Status, bool Changed, bool RoundClosed);

public sealed record TableOverview(
    int Year, DateOnly? DueOn, bool Closed, bool YearOver, IReadOnlyList<UnitStatusRow> Rows, IReadOnlyList<int> Years)
{
    /// <summary>The shared count of any round (<see cref="RoundTally"/>), so this list and the report matrix agree.</summary>
    public RoundTally Tally { get; } = RoundTally.Of(Rows.Select(r => r.Status));

    public int Count(Timeliness s) => Tally.Count(s);
}

/// <summary>
/// The year's 附件1: due date, who submitted on time, late, or not at all — read from each unit's deadline
/// (<see cref="RuleCodes.LiaisonTable"/>), the one home of due dates — and what each unit submitted, as submitted.
/// </summary>
public sealed class LiaisonTableService(AppDbContext db, CurrentUser user, TimeProvider time, PlanDeadlines duties, LiaisonRounds rounds)
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
        var submitters = tables.SelectMany(t => t.Submissions).Select(s => s.UnitId).Distinct().ToList();
        var units = await UnitsAsync(submitters, ct);
        // A liaison follows their own unit's rounds only: other units' contact rows are the office's to chase.
        if (user.IsLiaison) units = units.Where(u => u.Id == user.UnitId).ToList();
        var legacy = tables.SelectMany(t => t.Submissions).Where(s => s.Content is null).Select(s => s.UnitId).Distinct().ToList();
        var history = legacy.Count == 0 ? [] : await db.Liaisons.Where(l => legacy.Contains(l.UnitId)).ToListAsync(ct);
        var now = time.GetUtcNow();
        var today = ChinaTime.DateOf(now);
        var closed = tables.ToDictionary(t => t.Id,
            t => t.IsClosedOn(today, dues.Where(d => d.SubjectId == t.Id).Select(d => d.FixedDueOn).Max()));
        var rows = units.Select(u =>
        {
            var table = tables.FirstOrDefault(t => t.JurisdictionId == u.JurisdictionId);
            var (first, latest) = (table?.FirstOf(u.Id), table?.LatestOf(u.Id));
            var submitted = latest is null
                ? null
                : LiaisonTableContent.FromJson(latest.Content) ?? LiaisonTableContent.AsOf(u, history, latest.SubmittedAt);
            var roundClosed = table is not null && closed[table.Id];
            var changed = !roundClosed && submitted is not null && !submitted.SameLiaisonsAs(LiaisonTableContent.Of(u));
            var duty = table is null ? null : dues.FirstOrDefault(d => d.SubjectId == table.Id && d.ResponsibleUnitId == u.Id);
            var status = RoundTimeliness.Of(duty, first?.SubmittedAt, now);
            return new UnitStatusRow(u, duty?.DueOn, first, latest, submitted, status, changed, roundClosed);
        }).ToList();
        var own = tables.FirstOrDefault(t => t.JurisdictionId == user.JurisdictionId) ?? tables.FirstOrDefault();
        var ownDue = dues.Where(d => d.SubjectId == own?.Id).Select(d => d.FixedDueOn).Max();
        var ownClosed = own is null ? today > new DateOnly(y, 12, 31) : closed[own.Id];
        var over = own?.YearOver(today, ownDue) ?? today > new DateOnly(y, 12, 31);
        return new TableOverview(y, ownDue, ownClosed, over, rows, years);
    }

    /// <summary>Active member units the user can see, with their current liaison and deputy.</summary>
    public Task<IReadOnlyList<Unit>> MemberUnitsAsync(CancellationToken ct = default) => UnitsAsync([], ct);

    /// <summary>
    /// The active member units, and any other unit that submitted to the round (a unit since closed still filed its
    /// table that year).
    /// </summary>
    private async Task<IReadOnlyList<Unit>> UnitsAsync(List<Guid> submitted, CancellationToken ct)
    {
        var units = await db.VisibleUnits(user).Where(u => (u.Active && u.Kind == UnitKind.Member) || submitted.Contains(u.Id))
            .Include(u => u.Jurisdiction).Include(u => u.Liaisons.Where(l => l.EffectiveTo == null))
            .AsSplitQuery().ToListAsync(ct);
        return units.OrderBy(u => u.Jurisdiction!.Path).ThenBy(u => u.SortOrder).ThenBy(u => u.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The office opens (or moves) the year's deadline for its own jurisdiction: each member unit's duty starts or
    /// moves, and the year's plan keeps the same date, all in one save. A closed round keeps its date.
    /// </summary>
    public async Task<ServiceResult<LiaisonTable>> SetDueOnAsync(int year, DateOnly? dueOn, CancellationToken ct = default)
    {
        if (!user.IsOffice) return ServiceResult<LiaisonTable>.Forbidden();
        var errors = new List<FieldError>();
        if (year is < 2000 or > 2100) errors.Add(new("year", "Validation.Year"));
        if (dueOn is null) errors.Add(new("dueOn", "Validation.DueOnRequired"));
        else if (Math.Abs(dueOn.Value.Year - year) > 1) errors.Add(new("dueOn", "Validation.DueOnYear"));
        if (errors.Count > 0) return ServiceResult<LiaisonTable>.Invalid(errors);
        if (await rounds.IsClosedAsync(user.JurisdictionId, year, ct))
            return ServiceResult<LiaisonTable>.Conflict("LiaisonTable.Closed", year);
        var table = await duties.SetLiaisonTableDueAsync(user.JurisdictionId, year, dueOn!.Value, ct);
        await db.SaveChangesAsync(ct);
        return ServiceResult<LiaisonTable>.Ok(table);
    }

    /// <summary>The office closes its round: from now on it is read-only. Reopening undoes a mistaken close within its year.</summary>
    public async Task<ServiceResult<LiaisonTable>> SetClosedAsync(int year, bool closed, CancellationToken ct = default)
    {
        if (!user.IsOffice) return ServiceResult<LiaisonTable>.Forbidden();
        var table = await db.Visible<LiaisonTable>(user)
            .FirstOrDefaultAsync(t => t.JurisdictionId == user.JurisdictionId && t.Year == year, ct);
        if (table is null) return ServiceResult<LiaisonTable>.Conflict("LiaisonTable.NotOpen");
        if (closed) table.Close(time.GetUtcNow(), user.Signature);
        else if (table.YearOver(rounds.Today, await rounds.DueOnAsync(table.Id, ct)))
            return ServiceResult<LiaisonTable>.Conflict("LiaisonTable.YearOver", year);
        else table.Reopen();
        if (!await db.TrySaveAsync(ct)) return ServiceResult<LiaisonTable>.Stale();
        return ServiceResult<LiaisonTable>.Ok(table);
    }

    public async Task<string> JurisdictionNameAsync(CancellationToken ct = default) =>
        await db.Jurisdictions.Where(j => j.Id == user.JurisdictionId).Select(j => j.Name).SingleOrDefaultAsync(ct) ?? "";
}

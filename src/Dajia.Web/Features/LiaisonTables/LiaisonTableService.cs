using Dajia.Web.Data;
using Dajia.Web.Domain;
using Dajia.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.LiaisonTables;
using Dajia.Web.Domain.Units;

namespace Dajia.Web.Features.LiaisonTables;

public sealed record UnitStatusRow(Unit Unit, DateOnly? DueOn, LiaisonTableSubmission? Submission, LiaisonTableStatus? Status);

public sealed record TableOverview(int Year, DateOnly? DueOn, IReadOnlyList<UnitStatusRow> Rows, IReadOnlyList<int> Years)
{
    public int Count(LiaisonTableStatus s) => Rows.Count(r => r.Status == s);
}

/// <summary>The year's 附件1: due date, who submitted on time, late, or not at all.</summary>
public sealed class LiaisonTableService(AppDbContext db, CurrentUser user, TimeProvider time)
{
    public async Task<TableOverview> OverviewAsync(int? year, CancellationToken ct = default)
    {
        var years = await db.Visible<LiaisonTable>(user).Select(t => t.Year).Distinct().ToListAsync(ct);
        years.Sort((a, b) => b.CompareTo(a));
        var y = year ?? (years.Count > 0 ? years[0] : ChinaTime.Today(time).Year);
        var tables = await db.Visible<LiaisonTable>(user).Include(t => t.Submissions).Where(t => t.Year == y).ToListAsync(ct);
        var units = await MemberUnitsAsync(ct);
        var today = ChinaTime.Today(time);
        var rows = units.Select(u =>
        {
            var table = tables.FirstOrDefault(t => t.JurisdictionId == u.JurisdictionId);
            var submission = table?.Submissions.FirstOrDefault(s => s.UnitId == u.Id);
            var status = table is null ? (LiaisonTableStatus?)null : LiaisonTable.StatusOf(table.DueOn, submission?.SubmittedAt, today);
            return new UnitStatusRow(u, table?.DueOn, submission, status);
        }).ToList();
        var ownDue = tables.FirstOrDefault(t => t.JurisdictionId == user.JurisdictionId)?.DueOn ?? tables.FirstOrDefault()?.DueOn;
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

    /// <summary>The office opens (or moves) the year's deadline for its own jurisdiction.</summary>
    public async Task<ServiceResult<LiaisonTable>> SetDueOnAsync(int year, DateOnly? dueOn, CancellationToken ct = default)
    {
        if (!user.IsOffice) return ServiceResult<LiaisonTable>.Forbidden();
        var errors = new List<FieldError>();
        if (year is < 2000 or > 2100) errors.Add(new("year", "Validation.Year"));
        if (dueOn is null) errors.Add(new("dueOn", "Validation.DueOnRequired"));
        else if (Math.Abs(dueOn.Value.Year - year) > 1) errors.Add(new("dueOn", "Validation.DueOnYear"));
        if (errors.Count > 0) return ServiceResult<LiaisonTable>.Invalid(errors);
        var table = await db.Visible<LiaisonTable>(user).FirstOrDefaultAsync(t => t.JurisdictionId == user.JurisdictionId && t.Year == year, ct);
        if (table is null) db.Add(table = new LiaisonTable(user.JurisdictionId, year, dueOn!.Value));
        else table.SetDueOn(dueOn!.Value);
        await db.SaveChangesAsync(ct);
        return ServiceResult<LiaisonTable>.Ok(table);
    }

    public async Task<string> JurisdictionNameAsync(CancellationToken ct = default) =>
        await db.Jurisdictions.Where(j => j.Id == user.JurisdictionId).Select(j => j.Name).SingleOrDefaultAsync(ct) ?? "";
}

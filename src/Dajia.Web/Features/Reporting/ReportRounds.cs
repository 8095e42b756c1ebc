using System.Globalization;
using Dajia.Web.Data;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Reporting;
using Dajia.Web.Domain.Units;
using Dajia.Web.Features.Shared;

namespace Dajia.Web.Features.Reporting;

/// <summary>A form and period named in a route, resolved: the form, the version in force, and the round if opened.</summary>
public sealed record RoundRef(ReportForm Form, ReportFormVersion Version, Period Period, ReportRound? Round, string Town = "")
{
    /// <summary>The period as the plan's duties name it ("2017-Q3", "2017").</summary>
    public string DutyPeriod => Period.Quarter is { } q ? $"{Period.Year}-Q{q}" : $"{Period.Year}";

    public string Title => TitleOf(Version, Period, Town);

    /// <summary>The printed title: {0} the year, {1} the quarter, {2} the town's name.</summary>
    public static string TitleOf(ReportFormVersion v, Period p, string town) =>
        string.Format(CultureInfo.InvariantCulture, v.Title, p.Year, p.Quarter, town);
}

/// <summary>A town as its forms see it: its name for the titles, and the jurisdictions from it up whose versions it takes.</summary>
public sealed record FormOwners(string Town, IReadOnlyList<Guid> Owners)
{
    /// <summary>"/province/city/town/" (ids) → town, city, province: the nearest owner first.</summary>
    public static IReadOnlyList<Guid> FromPath(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(x => Guid.TryParse(x, out var g) ? g : Guid.Empty)
            .Where(g => g != Guid.Empty).Reverse().ToList();
}

/// <summary>
/// Finds forms, periods, rounds and each unit's due date. A round is opened (stored, its form version fixed) by the
/// first write to it; until then the version in force for the period's year is shown.
/// </summary>
public sealed class ReportRounds(AppDbContext db, CurrentUser user)
{
    public async Task<ServiceResult<RoundRef>> FindAsync(string form, string period, Guid jurisdictionId, CancellationToken ct)
    {
        var f = await db.ReportForms.Include(x => x.Versions).FirstOrDefaultAsync(x => x.Code == form, ct);
        if (f is null) return ServiceResult<RoundRef>.NotFound();
        var errors = new List<FieldError>();
        if (Input.Period(period, "period", errors, required: true) is not { } p) return ServiceResult<RoundRef>.Invalid(errors);
        if (!f.Fits(p.Quarter)) return ServiceResult<RoundRef>.Invalid("period", "Report.PeriodKind." + f.Frequency);
        var round = await db.Visible<ReportRound>(user)
            .FirstOrDefaultAsync(r => r.JurisdictionId == jurisdictionId && r.FormId == f.Id && r.Period == p.ToString(), ct);
        var town = await OwnersAsync(jurisdictionId, ct);
        var version = round is not null ? f.Versions.Single(v => v.Id == round.FormVersionId) : f.VersionFor(p.Year, town.Owners);
        return version is null
            ? ServiceResult<RoundRef>.Invalid("period", "Report.NoFormVersion", p.Year)
            : ServiceResult<RoundRef>.Ok(new RoundRef(f, version, p, round, town.Town));
    }

    /// <summary>A town's name and the jurisdictions whose form versions it takes (naming a place already in scope).</summary>
    public async Task<FormOwners> OwnersAsync(Guid jurisdictionId, CancellationToken ct)
    {
        var j = await db.Jurisdictions.Where(x => x.Id == jurisdictionId).Select(x => new { x.Name, x.Path }).FirstOrDefaultAsync(ct);
        return j is null ? new FormOwners("", []) : new FormOwners(j.Name, FormOwners.FromPath(j.Path));
    }

    /// <summary>The round to write to, opened now if it was not yet (its form version fixed from now on).</summary>
    public ReportRound Open(RoundRef r, Guid jurisdictionId)
    {
        if (r.Round is not null) return r.Round;
        var round = new ReportRound(jurisdictionId, r.Form.Id, r.Version.Id, r.Period.ToString());
        db.Add(round);
        return round;
    }

    /// <summary>A member unit of the caller's town, in scope; null when it is not one the caller may see.</summary>
    public Task<Unit?> UnitAsync(Guid unitId, CancellationToken ct) =>
        ReportPermissions.MaySee(user, unitId)
            ? db.VisibleUnits(user).FirstOrDefaultAsync(u => u.Id == unitId && u.Kind == UnitKind.Member, ct)
            : Task.FromResult<Unit?>(null);

    /// <summary>
    /// The units' duties for the period, from the plan (the one home for due dates). The round is in the caller's scope,
    /// and its duties go with it, whoever answers for each.
    /// </summary>
    public async Task<Dictionary<Guid, Deadline>> DutiesAsync(RoundRef r, Guid jurisdictionId, IReadOnlyCollection<Guid> units,
        CancellationToken ct, bool tracked = false)
    {
        var q = db.Unscoped<Deadline>().Where(d => d.SubjectType == DeadlineSubjects.Campaign && d.JurisdictionId == jurisdictionId
            && d.RuleCode == r.Form.RuleCode && d.Period == r.DutyPeriod && d.EndedAt == null
            && d.ResponsibleUnitId != null && units.Contains(d.ResponsibleUnitId.Value));
        if (tracked) q = q.Include(d => d.Pauses).Include(d => d.Extensions).Include(d => d.History).AsSplitQuery();
        else q = q.AsNoTracking();
        return (await q.ToListAsync(ct)).GroupBy(d => d.ResponsibleUnitId!.Value).ToDictionary(g => g.Key, g => g.First());
    }
}

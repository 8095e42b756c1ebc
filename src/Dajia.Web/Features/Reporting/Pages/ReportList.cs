using Dajia.Web.Data;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Reporting;
using Dajia.Web.Domain.Units;
using Dajia.Web.Features.Calendar;

namespace Dajia.Web.Features.Reporting.Pages;

/// <summary>One unit's report in one round, as the /Reports list shows it.</summary>
public sealed record ReportListUnit(Guid UnitId, string UnitName, ReportStatus Status, DateOnly? DueOn, bool Overdue, int? WorkingDaysLeft);

/// <summary>A form × period the signed-in user files or reviews, with each unit of it the user may open.</summary>
public sealed record ReportListRow(
    string Form, string Period, string Title, DateOnly? DueOn, bool Closed, IReadOnlyList<ReportListUnit> Units)
{
    public int Count(ReportStatus s) => Units.Count(u => u.Status == s);

    public int Submitted => Units.Count(u => u.Status is ReportStatus.OnTime or ReportStatus.Late or ReportStatus.Accepted);
}

/// <summary>
/// What there is to file or review: every period that has due dates in the caller's town (the plan's duties for each
/// form's rule), newest first. A liaison's duties are their unit's only (the deadlines' scope), so they see their unit.
/// A fixed number of queries, whatever the number of units and periods.
/// </summary>
public sealed class ReportList(AppDbContext db, CurrentUser user, TimeProvider time, CalendarStore calendars, ReportRounds reportRounds)
{
    public async Task<IReadOnlyList<ReportListRow>> RowsAsync(CancellationToken ct)
    {
        var town = user.JurisdictionId;
        var forms = await db.ReportForms.Include(f => f.Versions).AsNoTracking().ToListAsync(ct);
        var owners = await reportRounds.OwnersAsync(town, ct);
        var rules = forms.Select(f => f.RuleCode).ToList();
        var duties = await db.Visible<Deadline>(user).Where(d => d.SubjectType == DeadlineSubjects.Campaign && d.JurisdictionId == town
                && rules.Contains(d.RuleCode) && d.EndedAt == null && d.Period != null && d.ResponsibleUnitId != null)
            .AsNoTracking().ToListAsync(ct);
        var units = await db.VisibleUnits(user).Where(u => u.JurisdictionId == town && u.Kind == UnitKind.Member && u.Active)
            .Select(u => new { u.Id, u.Name, u.Code, u.SortOrder }).ToListAsync(ct);
        var rounds = await db.Visible<ReportRound>(user).Where(r => r.JurisdictionId == town).AsNoTracking().ToListAsync(ct);
        var roundIds = rounds.Select(r => r.Id).ToList();
        var submissions = await db.Visible<ReportSubmission>(user).Where(s => roundIds.Contains(s.RoundId)).AsNoTracking()
            .ToListAsync(ct);
        var calendar = await calendars.GetAsync(ct);
        var now = time.GetUtcNow();
        var today = ChinaTime.Today(time);
        var rows = new List<ReportListRow>();
        foreach (var f in forms)
            foreach (var g in duties.Where(d => d.RuleCode == f.RuleCode).GroupBy(d => d.Period!))
            {
                if (!Shared.Period.TryParse(g.Key, out var p) || !f.Fits(p.Quarter)
                    || f.VersionFor(p.Year, owners.Owners) is not { } version) continue;
                var period = p.ToString();
                var round = rounds.FirstOrDefault(r => r.FormId == f.Id && r.Period == period);
                var title = RoundRef.TitleOf(round is null ? version : f.Versions.Single(v => v.Id == round.FormVersionId), p,
                    owners.Town);
                var list = units.Where(u => g.Any(d => d.ResponsibleUnitId == u.Id)).OrderBy(u => u.SortOrder).ThenBy(u => u.Code)
                    .ThenBy(u => u.Id).Select(u =>
                {
                    var duty = g.First(d => d.ResponsibleUnitId == u.Id);
                    var s = round is null ? null : submissions.FirstOrDefault(x => x.RoundId == round.Id && x.UnitId == u.Id);
                    var open = s?.FirstSubmittedAt is null;
                    return new ReportListUnit(u.Id, u.Name, ReportViews.StatusOf(s, duty), duty.DueOn, open && now >= duty.DueAt,
                        open && now < duty.DueAt ? calendar.WorkingDaysBetween(today, duty.DueOn) : null);
                }).ToList();
                if (list.Count == 0) continue;
                rows.Add(new ReportListRow(f.Code, period, title, list.Min(u => u.DueOn), round?.IsClosed == true, list));
            }
        return rows.OrderByDescending(r => r.DueOn).ThenBy(r => r.Form, StringComparer.Ordinal).ToList();
    }
}

using Dajia.Web.Data;
using Dajia.Web.Domain.Reporting;
using Dajia.Web.Domain.Rounds;
using Dajia.Web.Domain.Units;

namespace Dajia.Web.Features.Reporting;

/// <summary>
/// The office's view of a round: each member unit's status (a fixed number of queries, whatever the number of units),
/// the reporting and on-time rates, and the town total as the sum of the accepted submissions.
/// </summary>
public sealed class ReportMatrix(
    AppDbContext db, CurrentUser user, TimeProvider time, ReportRounds rounds, IStringLocalizer<SharedResource> l)
{
    private sealed record Row(Unit Unit, ReportSubmission? Submission, Domain.Calendar.Deadline? Duty);

    private async Task<ServiceResult<(RoundRef Ref, List<Row> Rows)>> RowsAsync(string form, string period, CancellationToken ct)
    {
        var town = user.JurisdictionId;
        var found = await rounds.FindAsync(form, period, town, ct);
        if (found.Outcome != Outcome.Ok) return found.As<(RoundRef, List<Row>)>();
        var r = found.Value!;
        var units = await db.VisibleUnits(user).Where(u => u.JurisdictionId == town && u.Kind == UnitKind.Member && u.Active)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Code).ThenBy(u => u.Id).ToListAsync(ct);
        var submissions = r.Round is null ? [] : await db.Visible<ReportSubmission>(user).Include(s => s.Snapshots)
            .Where(s => s.RoundId == r.Round.Id).AsNoTracking().ToListAsync(ct);
        var duties = await rounds.DutiesAsync(r, town, units.Select(u => u.Id).ToList(), ct);
        var rows = units.Select(u => new Row(u, submissions.FirstOrDefault(s => s.UnitId == u.Id), duties.GetValueOrDefault(u.Id)));
        return ServiceResult<(RoundRef, List<Row>)>.Ok((r, rows.ToList()));
    }

    public async Task<ServiceResult<MatrixDto>> MatrixAsync(string form, string period, CancellationToken ct)
    {
        var found = await RowsAsync(form, period, ct);
        if (found.Outcome != Outcome.Ok) return found.As<MatrixDto>();
        var (r, rows) = found.Value;
        var now = time.GetUtcNow();
        var ids = rows.Where(x => x.Submission is not null).Select(x => x.Submission!.Id).ToList();
        // The paper copies a round has are a few per unit: the latest of each is picked here.
        var paper = (ids.Count == 0 ? [] : await db.Set<ReportPaperCopy>().Where(c => ids.Contains(c.SubmissionId))
                .Select(c => new { c.SubmissionId, c.Number, c.SentOn }).ToListAsync(ct))
            .GroupBy(c => c.SubmissionId).ToDictionary(g => g.Key, g => g.MaxBy(c => c.Number)!.SentOn);
        var timeliness = rows.Select(x => RoundTimeliness.Of(x.Duty, x.Submission?.FirstSubmittedAt, now)).ToList();
        var units = rows
            .Select((x, i) => (x, Status: ReportViews.StatusOf(x.Submission, x.Duty), Missing: timeliness[i] == Timeliness.Missing))
            .Select((t, i) => new MatrixRowDto(t.x.Unit.Id, t.x.Unit.Name, t.Status, l["ReportStatus." + t.Status].Value, t.x.Duty?.DueOn,
            t.Missing, t.x.Submission?.FirstSubmittedAt, t.x.Submission?.Snapshots.Count ?? 0,
            t.x.Submission is { } s && paper.TryGetValue(s.Id, out var on) ? on : null, timeliness[i],
            t.x.Submission?.FirstSubmittedAt ?? t.x.Duty?.MetAt)).ToList();
        var counts = Enum.GetValues<ReportStatus>().ToDictionary(s => s, s => units.Count(u => u.Status == s));
        var tally = RoundTally.Of(timeliness);
        return ServiceResult<MatrixDto>.Ok(new MatrixDto(r.Form.Code, r.Period.ToString(), r.Title, r.Round?.IsClosed == true, counts,
            tally.ReportingRate, tally.OnTimeRate, units));
    }

    public async Task<ServiceResult<TotalDto>> TotalAsync(string form, string period, CancellationToken ct)
    {
        var found = await RowsAsync(form, period, ct);
        if (found.Outcome != Outcome.Ok) return found.As<TotalDto>();
        var (r, rows) = found.Value;
        // What the office accepted is what was submitted last: the accepted version, not a later draft.
        var accepted = rows.Where(x => x.Submission?.State == ReportState.Accepted)
            .Select(x => (x.Unit, Values: ReportValues.FromJson(x.Submission!.Snapshots.MaxBy(s => s.Number)!.Values))).ToList();
        var lines = r.Version.Parsed.Indicators.Where(i => i.Type != IndicatorType.Text).Select(i =>
        {
            var units = accepted.Select(a => new TotalUnitDto(a.Unit.Id, a.Unit.Name, a.Values.Number(i.Code) ?? 0)).ToList();
            return new TotalLineDto(i.Code, i.Label, i.Unit, units.Sum(u => u.Value), units);
        }).ToList();
        return ServiceResult<TotalDto>.Ok(new TotalDto(r.Form.Code, r.Period.ToString(), r.Title, accepted.Count, lines));
    }
}

using Dajia.Web.Data;
using Dajia.Web.Data.Reporting;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Reporting;
using Dajia.Web.Domain.Rounds;
using Dajia.Web.Domain.Units;

namespace Dajia.Web.Features.Reporting;

/// <summary>How a unit's report reads: its status, whether it is locked and why, its figures beside what was prefilled.</summary>
public sealed class ReportViews(AppDbContext db, CurrentUser user, TimeProvider time, ReportPrefill prefill,
    IStringLocalizer<SharedResource> l)
{
    /// <summary>
    /// Why the unit cannot change its report now, or null. After the due day the report is locked, unless the office
    /// sent it back (fixing is what it asked) or let the unit file late up to a day not yet over.
    /// </summary>
    public static string? LockReason(UnitReport u, DateTimeOffset now)
    {
        if (ClosedRefusal(u.Ref.Round) is { } closed) return closed.Key;
        if (u.Submission?.State == ReportState.Returned || u.Duty is null || now < u.Duty.DueAt) return null;
        if (u.Submission?.LateUntil is { } until && now < ChinaTime.StartOf(until.AddDays(1))) return null;
        return "Report.Locked.Expired";
    }

    /// <summary>
    /// The version a client sees: 0 while there is no report yet, the stored version + 1 after, because a new record is
    /// stored at version 0 and two first drafts sent at once must not both pass as "based on 0".
    /// </summary>
    public static int VersionOf(ReportSubmission? s) => s is null ? 0 : s.Version + 1;

    /// <summary>The shared guard of every round (<see cref="Round.Refusal"/>); a report round closes only by hand.</summary>
    public static RoundRefusal? ClosedRefusal(ReportRound? round) => round?.Refusal(default, null);

    /// <summary>The review state first; a submitted report's timeliness is the shared one (<see cref="RoundTimeliness"/>).</summary>
    public static ReportStatus StatusOf(ReportSubmission? s, Deadline? duty) => s switch
    {
        null => ReportStatus.NotStarted,
        { State: ReportState.Accepted } => ReportStatus.Accepted,
        { State: ReportState.Returned } => ReportStatus.Returned,
        { FirstSubmittedAt: null } => ReportStatus.Draft,
        { FirstSubmittedAt: { } first } => RoundTimeliness.OfFiled(first, duty) == Timeliness.Late ? ReportStatus.Late
            : ReportStatus.OnTime,
    };

    public string Labels(FormDefinition form, IEnumerable<string> codes) =>
        string.Join("、", codes.Select(c => form.Find(c)?.Label ?? c));

    public async Task<SubmissionDto> DtoAsync(UnitReport u, CancellationToken ct)
    {
        var (r, unit, s, duty) = u;
        var form = r.Version.Parsed;
        var now = time.GetUtcNow();
        var prefilled = await prefill.ValuesAsync(form, unit.Id, r.Period, ct);
        var values = s?.Current ?? prefilled;
        var blocks = form.Blocks.Select(b => new BlockDto(b.Code, b.Label, b.Indicators.Select(i => new IndicatorDto(
            i.Code, i.Label, i.Unit, i.Type, values.Number(i.Code), values.Text(i.Code), prefilled.Number(i.Code),
            i.Prefill is { } p ? l["Report.Source." + p].Value : null,
            i.Prefill is not null && values.Number(i.Code) != prefilled.Number(i.Code))).ToList())).ToList();
        var snapshots = (s?.Snapshots ?? []).OrderByDescending(x => x.Number).Select(x => new SnapshotDto(x.Number, x.SubmittedAt,
            x.SubmittedByName, x.SubmittedByAccount, ReportValues.FromJson(x.Values), x.Channel, l["SubmissionChannel." + x.Channel].Value))
            .ToList();
        var locked = LockReason(u, now);
        return new SubmissionDto(r.Form.Code, r.Period.ToString(), r.Title, unit.Id, unit.Name, StatusOf(s, duty), s?.State,
            duty?.DueOn, locked is not null, locked is null ? null : l[locked].Value, s?.LateUntil, s?.ReturnReason, s?.FirstSubmittedAt,
            VersionOf(s), blocks, snapshots, r.Round?.IsClosed == true ? []
                : locked is null ? ReportPermissions.Allowed(user, unit.Id, s)
                : ReportPermissions.Allowed(user, unit.Id, s).Where(a => a is not ("edit" or "submit")).ToList());
    }

    /// <summary>
    /// The sum of the unit's four quarters of a year, each as last submitted; null until all four have been submitted
    /// (the annual form's "the quarters add up" rule waits for them).
    /// </summary>
    public async Task<ReportValues?> QuartersAsync(Unit unit, int year, CancellationToken ct)
    {
        var periods = Enumerable.Range(1, 4).Select(q => $"{year}Q{q}").ToList();
        var rounds = await db.Visible<ReportRound>(user).Where(r => r.JurisdictionId == unit.JurisdictionId && periods.Contains(r.Period))
            .Join(db.ReportForms.Where(f => f.Code == ReportFormSeed.Quarterly), r => r.FormId, f => f.Id, (r, f) => r.Id)
            .ToListAsync(ct);
        var submitted = await db.Visible<ReportSubmission>(user).Include(s => s.Snapshots)
            .Where(s => s.UnitId == unit.Id && rounds.Contains(s.RoundId) && s.FirstSubmittedAt != null).ToListAsync(ct);
        if (submitted.Count < 4) return null;
        var sums = new Dictionary<string, decimal>();
        foreach (var v in submitted.Select(s => ReportValues.FromJson(s.Snapshots.MaxBy(x => x.Number)!.Values)))
            foreach (var (code, n) in v.Numbers) sums[code] = sums.GetValueOrDefault(code) + n;
        return new ReportValues(sums, new Dictionary<string, string>());
    }
}

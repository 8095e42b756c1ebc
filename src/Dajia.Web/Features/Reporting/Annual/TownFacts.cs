using Dajia.Web.Data;
using Dajia.Web.Data.Reporting;
using Dajia.Web.Domain.Campaigns;
using Dajia.Web.Domain.Cases;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Domain.Operations;
using Dajia.Web.Domain.Reporting;
using Dajia.Web.Domain.Units;
using Dajia.Web.Features.Shared;

namespace Dajia.Web.Features.Reporting.Annual;

/// <summary>What the town did in a span of days, counted from the records (money in 万元).</summary>
public sealed record Figures(int Operations, int CluesReceived, int CluesVerified, int CasesOpened, int CasesClosed, decimal Penalties,
    int GoodsDestroyed, decimal GoodsDestroyedValue, int Transfers, decimal PublicityEvents, decimal MediaReports)
{
    public static readonly Figures None = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}

public sealed record StageFigures(string Name, DateOnly From, DateOnly To, Figures Figures);

/// <summary>A unit's words in its annual report (存在问题 or 下一步措施), as last submitted.</summary>
public sealed record UnitWords(string UnitName, string Text);

public sealed record UnitFiling(Guid UnitId, string UnitName, bool ReportSubmitted, bool SummarySubmitted, DateOnly? PaperCopyOn);

/// <summary>
/// Everything the town summary of a year says, read from the records through the caller's scope. <paramref name="LastYearRecorded"/>
/// is false when the system holds nothing of the year before (no plan, no annual report, not one record counted): then
/// there is nothing to compare with, and "increased by 4 (last year zero)" would be untrue. <paramref name="Recorded"/> is the same
/// of the year itself: false, there is nothing to sum up, and a table of zeros set against the year before would say there was.
/// </summary>
public sealed record TownYear(int Year, string TownName, string? PlanTitle, Figures Figures, Figures LastYear,
    IReadOnlyList<StageFigures> Stages, IReadOnlyList<UnitWords> Problems, IReadOnlyList<UnitWords> NextSteps,
    IReadOnlyList<UnitFiling> Units, bool LastYearRecorded = true, bool Recorded = true);

/// <summary>
/// Counts a town's year from its records — operations, clues, cases, fines, goods destroyed, police transfers — and reads
/// the units' annual reports for publicity and their written problems and next steps. Everything is read through the
/// caller's scope (the office's or a leader's town).
/// </summary>
public sealed class TownFacts(AppDbContext db, CurrentUser user)
{
    public async Task<TownYear> YearAsync(int year, CancellationToken ct)
    {
        var town = user.JurisdictionId;
        var name = await db.Jurisdictions.Where(j => j.Id == town).Select(j => j.Name).FirstOrDefaultAsync(ct) ?? "";
        var plan = await db.Visible<Campaign>(user).Include(c => c.Stages)
            .FirstOrDefaultAsync(c => c.JurisdictionId == town && c.Year == year, ct);
        var (reports, units) = await AnnualReportsAsync(year, ct);
        var lastReports = (await AnnualReportsAsync(year - 1, ct)).Reports;
        var stages = new List<StageFigures>();
        foreach (var s in (plan?.Stages ?? []).OrderBy(s => s.Order))
            stages.Add(new(s.Name, s.From, s.To, await CountAsync(s.From, s.To, [], ct)));
        var figures = await CountAsync(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), reports.Select(r => r.Values), ct);
        var last = await CountAsync(new DateOnly(year - 1, 1, 1), new DateOnly(year - 1, 12, 31), lastReports.Select(r => r.Values), ct);
        List<UnitWords> Words(string code) => reports.Where(r => r.Values.Text(code) is { Length: > 0 })
            .Select(r => new UnitWords(r.Unit, r.Values.Text(code)!.Trim())).ToList();
        var recorded = lastReports.Count > 0 || last != Figures.None
            || await db.Visible<Campaign>(user).AnyAsync(c => c.JurisdictionId == town && c.Year == year - 1, ct);
        return new TownYear(year, name, plan?.Title, figures, last, stages, Words("text.problems"), Words("text.nextSteps"), units,
            recorded, plan is not null || reports.Count > 0 || figures != Figures.None);
    }

    private async Task<Figures> CountAsync(DateOnly start, DateOnly end, IEnumerable<ReportValues> annual, CancellationToken ct)
    {
        var (from, to) = (ChinaTime.StartOf(start), ChinaTime.StartOf(end.AddDays(1)));
        var ops = await db.Visible<Operation>(user).CountAsync(o => o.StartsAt >= from && o.StartsAt < to, ct);
        var clues = db.Visible<Clue>(user);
        var received = await clues.CountAsync(c => c.ReceivedAt >= from && c.ReceivedAt < to, ct);
        var verified = await clues.CountAsync(c => c.Events.Any(e => e.Kind == ClueEventKind.Verified && e.At >= from && e.At < to), ct);
        var cases = db.Visible<EnforcementCase>(user);
        var opened = await cases.CountAsync(c => c.OpenedOn >= start && c.OpenedOn <= end, ct);
        var closed = await cases.CountAsync(c => c.ClosedOn >= start && c.ClosedOn <= end, ct);
        // Sums of money are added here: SQLite cannot sum decimals in the database.
        var fines = (await cases.Where(c => c.DecidedOn >= start && c.DecidedOn <= end)
                .Select(c => new { c.FineAmount, c.ConfiscatedGains }).ToListAsync(ct))
            .Sum(c => (c.FineAmount ?? 0) + (c.ConfiscatedGains ?? 0));
        var destroyed = await db.Exhibits.Join(cases, e => e.CaseId, c => c.Id, (e, c) => e)
            .Where(e => e.Disposal == ExhibitDisposal.Destroyed && e.DisposedOn >= start && e.DisposedOn <= end)
            .Select(e => e.Value).ToListAsync(ct);
        var transfers = await db.Visible<PoliceTransfer>(user)
            .SelectMany(t => t.Steps.Where(s => s.Kind == TransferStepKind.HandOver && s.At >= from && s.At < to)).CountAsync(ct);
        var values = annual.ToList();
        return new Figures(ops, received, verified, opened, closed, Wan(fines), destroyed.Count, Wan(destroyed.Sum()), transfers,
            values.Sum(v => v.Number("publicity.events") ?? 0), values.Sum(v => v.Number("publicity.media") ?? 0));
    }

    private static decimal Wan(decimal yuan) => decimal.Round(yuan / 10_000m, 4);

    private sealed record AnnualReport(string Unit, ReportValues Values);

    /// <summary>Each member unit's annual report of the year as last submitted, and who filed what.</summary>
    private async Task<(List<AnnualReport> Reports, List<UnitFiling> Units)> AnnualReportsAsync(int year, CancellationToken ct)
    {
        var town = user.JurisdictionId;
        var units = await db.VisibleUnits(user).Where(u => u.JurisdictionId == town && u.Kind == UnitKind.Member && u.Active)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Code).ThenBy(u => u.Id).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        var period = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var rounds = db.Visible<ReportRound>(user).Where(r => r.JurisdictionId == town && r.Period == period)
            .Join(db.ReportForms.Where(f => f.Code == ReportFormSeed.Annual), r => r.FormId, f => f.Id, (r, f) => r.Id);
        var submissions = await db.Visible<ReportSubmission>(user).Include(s => s.Snapshots)
            .Where(s => rounds.Contains(s.RoundId) && s.FirstSubmittedAt != null).AsNoTracking().ToListAsync(ct);
        var ids = submissions.Select(s => s.Id).ToList();
        var paper = (await db.Set<ReportPaperCopy>().Where(c => ids.Contains(c.SubmissionId))
                .Select(c => new { c.SubmissionId, c.Number, c.SentOn }).ToListAsync(ct))
            .GroupBy(c => c.SubmissionId).ToDictionary(g => g.Key, g => g.MaxBy(c => c.Number)!.SentOn);
        var summaries = await db.Visible<UnitSummary>(user).Where(s => s.JurisdictionId == town && s.Year == year
            && s.FirstSubmittedAt != null).Select(s => s.UnitId).ToListAsync(ct);
        var byUnit = submissions.ToDictionary(s => s.UnitId);
        var reports = units.Where(u => byUnit.ContainsKey(u.Id)).Select(u => new AnnualReport(u.Name,
            ReportValues.FromJson(byUnit[u.Id].Snapshots.MaxBy(x => x.Number)!.Values))).ToList();
        var filings = units.Select(u => new UnitFiling(u.Id, u.Name, byUnit.ContainsKey(u.Id), summaries.Contains(u.Id),
            byUnit.TryGetValue(u.Id, out var s) && paper.TryGetValue(s.Id, out var on) ? on : null)).ToList();
        return (reports, filings);
    }
}

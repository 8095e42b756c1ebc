using Dajia.Web.Data;
using Dajia.Web.Domain.Campaigns;
using Dajia.Web.Domain.MarketEntities;
using Dajia.Web.Domain.Reporting;
using Dajia.Web.Domain.Units;
using Dajia.Web.Features.Shared;

namespace Dajia.Web.Features.Reporting.Export;

/// <summary>
/// The round as the office sends it up: the town total (the accepted submissions as accepted, their last snapshot) and
/// one copy per member unit; and a unit's own copy (its figures now, marked 草稿 until the office accepts them). Read
/// through the caller's scope, as the round's other views.
/// </summary>
public sealed class ReportExport(
    AppDbContext db, CurrentUser user, TimeProvider time, ReportRounds rounds, ReportService reports, ReportPrefill prefill,
    PeopleNames people, IStringLocalizer<SharedResource> l)
{
    public const string TownSheet = "全镇合计";

    public async Task<ServiceResult<ReportBook>> TownAsync(string form, string period, CancellationToken ct)
    {
        var town = user.JurisdictionId;
        var found = await rounds.FindAsync(form, period, town, ct);
        if (found.Outcome != Outcome.Ok) return found.As<ReportBook>();
        var r = found.Value!;
        var units = await db.VisibleUnits(user).Where(u => u.JurisdictionId == town && u.Active)
            .Include(u => u.Liaisons.Where(x => x.EffectiveTo == null)).OrderBy(u => u.SortOrder).ThenBy(u => u.Code).ThenBy(u => u.Id)
            .AsNoTracking().ToListAsync(ct);
        var members = units.Where(u => u.Kind == UnitKind.Member).ToList();
        var submissions = r.Round is null ? [] : await db.Visible<ReportSubmission>(user).Include(s => s.Snapshots)
            .Where(s => s.RoundId == r.Round.Id).AsNoTracking().ToListAsync(ct);
        var duties = await rounds.DutiesAsync(r, town, members.Select(u => u.Id).ToList(), ct);
        var names = await people.ResolveAsync(submissions.Select(s => s.ReviewedBy), ct);
        var (areas, plan) = await KeyAreasAsync(town, r.Period.Year, ct);
        var def = r.Version.Parsed;
        var sheets = new List<ReportSheet>();
        var accepted = new List<(string Unit, ReportValues Values)>();
        var missing = new List<string>();
        var sheetNames = new SheetNames(TownSheet);
        foreach (var u in members)
        {
            var s = submissions.FirstOrDefault(x => x.UnitId == u.Id);
            var status = ReportViews.StatusOf(s, duties.GetValueOrDefault(u.Id));
            var last = s?.Snapshots.MaxBy(x => x.Number);
            var ok = s?.State == ReportState.Accepted && last is not null;
            if (ok) accepted.Add((u.ShortName.Length > 0 ? u.ShortName : u.Name, ReportValues.FromJson(last!.Values)));
            else missing.Add($"{u.ShortName}（{l["ReportStatus." + status]}）");
            sheets.Add(new ReportSheet(sheetNames.Next(u.ShortName.Length > 0 ? u.ShortName : u.Name), r.Title, u.Name, areas,
                ReportSheet.PeriodOf(r.Period), last?.SubmittedByName, PhoneOf(u), ok ? names.Of(s!.ReviewedBy).Name : null,
                last is null ? null : ChinaTime.DateOf(last.SubmittedAt), ok ? null : Mark(status), def,
                ok ? ReportValues.FromJson(last!.Values) : null, null));
        }
        var office = units.FirstOrDefault(u => u.Kind == UnitKind.Office);
        var note = l["ReportExport.TownNote", accepted.Count, members.Count,
            missing.Count == 0 ? l["ReportExport.NoneMissing"].Value : string.Join("、", missing)].Value;
        var total = new ReportSheet(TownSheet, r.Title, office?.Name ?? "", areas, ReportSheet.PeriodOf(r.Period), plan?.ContactName,
            plan?.ContactPhone, null, ChinaTime.Today(time), null, def, Sum(def, accepted), note);
        return ServiceResult<ReportBook>.Ok(new ReportBook(FileName(r.Title), [total, .. sheets]));
    }

    public async Task<ServiceResult<ReportBook>> UnitAsync(string form, string period, Guid unitId, CancellationToken ct)
    {
        var loaded = await reports.LoadAsync(form, period, unitId, ct);
        if (loaded.Outcome != Outcome.Ok) return loaded.As<ReportBook>();
        var (r, unit, s, duty) = loaded.Value!;
        var liaison = await db.Liaisons.Where(x => x.UnitId == unit.Id && x.EffectiveTo == null && x.Role == LiaisonRole.Primary)
            .AsNoTracking().FirstOrDefaultAsync(ct);
        var values = s?.Current ?? await prefill.ValuesAsync(r.Version.Parsed, unit.Id, r.Period, ct);
        var last = s?.Snapshots.MaxBy(x => x.Number);
        var accepted = s?.State == ReportState.Accepted;
        var reviewer = accepted ? (await people.ResolveAsync([s!.ReviewedBy], ct)).Of(s.ReviewedBy).Name : null;
        var (areas, _) = await KeyAreasAsync(unit.JurisdictionId, r.Period.Year, ct);
        var mark = accepted ? null : Mark(ReportViews.StatusOf(s, duty), draft: true);
        var sheet = new ReportSheet(new SheetNames(TownSheet).Next(unit.ShortName.Length > 0 ? unit.ShortName : unit.Name), r.Title,
            unit.Name, areas, ReportSheet.PeriodOf(r.Period), last?.SubmittedByName ?? liaison?.Name,
            liaison?.OfficePhone ?? liaison?.Mobile, reviewer, last is null ? null : ChinaTime.DateOf(last.SubmittedAt), mark,
            r.Version.Parsed, values, null);
        return ServiceResult<ReportBook>.Ok(new ReportBook(FileName($"{r.Title}（{sheet.SheetName}）"), [sheet]));
    }

    /// <summary>A copy that is not the accepted one says what it is: 未报送 or 草稿 (no figures), or 未通过审核 and why.</summary>
    private string Mark(ReportStatus status, bool draft = false) => status switch
    {
        ReportStatus.NotStarted or ReportStatus.Draft => draft ? l["ReportExport.Mark.Draft"] : l["ReportExport.Mark.NotSent"],
        ReportStatus.Returned when draft => l["ReportExport.Mark.DraftReturned"],
        ReportStatus.OnTime or ReportStatus.Late when draft => l["ReportExport.Mark.Submitted", l["ReportStatus." + status]],
        _ => l["ReportExport.Mark.NotAccepted", l["ReportStatus." + status]],
    };

    private static string? PhoneOf(Unit u) => u.Current(LiaisonRole.Primary) is { } x ? x.OfficePhone ?? x.Mobile : null;

    /// <summary>
    /// Each number summed over the accepted copies (a unit that left a line empty adds nothing to it); each text (存在问题,
    /// 下一步措施) the accepted units' own, one line each after the unit's short name, so the town sheet carries them too.
    /// </summary>
    private static ReportValues Sum(FormDefinition form, IReadOnlyList<(string Unit, ReportValues Values)> accepted) => new(
        form.Indicators.Where(i => i.Type != IndicatorType.Text)
            .ToDictionary(i => i.Code, i => accepted.Sum(a => a.Values.Number(i.Code) ?? 0)),
        form.Indicators.Where(i => i.Type == IndicatorType.Text)
            .Select(i => (i.Code, Lines: accepted.Where(a => a.Values.Text(i.Code) is { Length: > 0 })
                .Select(a => $"{a.Unit}：{a.Values.Text(i.Code)}").ToList()))
            .Where(x => x.Lines.Count > 0).ToDictionary(x => x.Code, x => string.Join("\n", x.Lines)));

    /// <summary>The year's key areas: the plan's own, and every area designated for the year (revoked later or not).</summary>
    private async Task<(string Names, Campaign? Plan)> KeyAreasAsync(Guid town, int year, CancellationToken ct)
    {
        var plan = await db.Visible<Campaign>(user).Where(c => c.JurisdictionId == town && c.Year == year).AsNoTracking()
            .FirstOrDefaultAsync(ct);
        var areas = await db.Visible<KeyArea>(user).Where(k => k.JurisdictionId == town)
            .AsNoTracking().ToListAsync(ct);
        var names = areas.Where(a => a.Id == plan?.KeyAreaId || a.Years.Contains(year))
            .OrderBy(a => a.Id == plan?.KeyAreaId ? 0 : 1).ThenBy(a => a.Name, StringComparer.Ordinal).Select(a => a.Name);
        return (string.Join("、", names), plan);
    }

    private static string FileName(string title) => title + ".xlsx";
}

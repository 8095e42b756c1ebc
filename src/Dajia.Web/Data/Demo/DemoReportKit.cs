using System.Security.Claims;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.Reporting;
using Dajia.Web.Domain.Rounds;
using Dajia.Web.Domain.Units;
using Dajia.Web.Features.Reporting;
using Dajia.Web.Features.Shared;
using S = Dajia.Web.Domain.Reporting.PrefillSources;

namespace Dajia.Web.Data.Demo;

/// <summary>
/// The steps of a report round as the app takes them (the domain's own methods, the figures from <see cref="ReportPrefill"/>
/// read as the office sees the town), each at the moment the story gives it. One round per form and period.
/// </summary>
public sealed class DemoReportKit
{
    public const string Office = "何雪梅 (office.staff)";

    private readonly AppDbContext db;
    private readonly Jurisdiction town;
    private readonly ReportPrefill prefill;
    private readonly Dictionary<string, ReportForm> forms;

    private DemoReportKit(AppDbContext db, Jurisdiction town, Dictionary<string, ReportForm> forms)
    {
        (this.db, this.town, this.forms) = (db, town, forms);
        prefill = new ReportPrefill(db, OfficeUser(town));
    }

    /// <summary>The town's office staff (何雪梅), as the demo's report steps and the town summary read the records.</summary>
    public static CurrentUser OfficeUser(Jurisdiction town)
    {
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, "office.staff"), new Claim(ClaimTypes.Role, Roles.OfficeStaff),
            new Claim(DajiaClaims.Jurisdiction, town.Id.ToString()), new Claim(DajiaClaims.JurisdictionPath, town.Path),
            new Claim(DajiaClaims.DisplayName, "何雪梅"),
        ], "demo");
        return new CurrentUser(new Fixed(new DefaultHttpContext { User = new ClaimsPrincipal(identity) }));
    }

    public static async Task<DemoReportKit> CreateAsync(AppDbContext db, Jurisdiction town, CancellationToken ct) =>
        new(db, town, await db.ReportForms.Include(f => f.Versions).ToDictionaryAsync(f => f.Code, ct));

    /// <summary>A round opened with the version in force for its year, and each unit's duty for it (from the plan).</summary>
    public async Task<DemoRound> OpenAsync(string formCode, Period period, CancellationToken ct)
    {
        var form = forms[formCode];
        var version = form.VersionFor(period.Year)!;
        var round = new ReportRound(town.Id, form.Id, version.Id, period.ToString());
        db.Add(round);
        var dutyPeriod = period.Quarter is { } q ? $"{period.Year}-Q{q}" : $"{period.Year}";
        var duties = await db.Unscoped<Deadline>().Where(d => d.SubjectType == DeadlineSubjects.Campaign && d.JurisdictionId == town.Id
                && d.RuleCode == form.RuleCode && d.Period == dutyPeriod && d.EndedAt == null && d.ResponsibleUnitId != null)
            .Include(d => d.Pauses).Include(d => d.Extensions).Include(d => d.History).AsSplitQuery().ToListAsync(ct);
        return new DemoRound(round, version.Parsed, period, duties.ToDictionary(d => d.ResponsibleUnitId!.Value));
    }

    public Task<ReportValues> PrefilledAsync(DemoRound r, Unit unit, CancellationToken ct) =>
        prefill.ValuesAsync(r.Form, unit.Id, r.Period, ct);

    /// <summary>
    /// What the system would have prefilled on <paramref name="day"/>: the records dated by then (a clue counts as verified on
    /// the day it was, not the day it came in). The demo's records are all entered at once, so a report sent before the
    /// quarter's last records must not show them.
    /// </summary>
    public async Task<ReportValues> PrefilledOnAsync(DemoRound r, Unit unit, DateOnly day, CancellationToken ct)
    {
        var numbers = new Dictionary<string, decimal>();
        foreach (var i in r.Form.Indicators.Where(i => i.Prefill is not null))
        {
            var records = await prefill.RecordsAsync(i.Prefill!, unit.Id, r.Period, ct);
            if (i.Prefill == S.CluesVerified)
            {
                var ids = records.Select(x => x.Id).ToList();
                var until = ChinaTime.StartOf(day.AddDays(1));
                var verified = await db.Unscoped<Clue>().Where(c => ids.Contains(c.Id))
                    .Where(c => c.Events.Any(e => e.Kind == ClueEventKind.Verified && e.At < until)).Select(c => c.Id).ToListAsync(ct);
                records = records.Where(x => verified.Contains(x.Id)).ToList();
            }
            else records = records.Where(x => x.On <= day).ToList();
            numbers[i.Code] = ReportPrefill.ValueOf(i.Prefill!, records);
        }
        return new ReportValues(numbers, new Dictionary<string, string>());
    }

    /// <summary>A draft: the prefilled figures with what the unit typed over or added.</summary>
    public ReportSubmission Draft(DemoRound r, Unit unit, ReportValues prefilled, ReportValues typed)
    {
        var s = new ReportSubmission(town.Id, r.Round.Id, unit.Id, Merge(prefilled, typed));
        db.Add(s);
        r.Submissions[unit.Code] = s;
        return s;
    }

    /// <summary>The unit's liaison submits (the form's rules must hold, as the service checks); the first meets its duty.</summary>
    public void Submit(DemoRound r, Unit unit, DateTimeOffset at, ReportValues prefilled)
    {
        var s = r.Submissions[unit.Code];
        if (ReportInput.Check(r.Form, s.Current, null) is [var first, ..])
            throw new InvalidOperationException($"demo report {unit.Code} {r.Period}: {first.Field} {first.MessageKey}");
        var by = new Submitter(null, "liaison." + unit.Code, unit.Current(LiaisonRole.Primary)?.Name ?? "");
        s.Submit(at, by, SubmissionChannel.Online, prefilled);
        if (r.Duties.GetValueOrDefault(unit.Id) is { IsOpen: true } duty) duty.Meet(at, $"{by.Name} ({by.Account})");
    }

    /// <summary>The office's context for every step: <see cref="HttpContextAccessor"/> keeps it in an async local, which the
    /// seeder's awaits would drop.</summary>
    private sealed class Fixed(HttpContext context) : IHttpContextAccessor
    {
        public HttpContext? HttpContext { get => context; set { } }
    }

    public static ReportValues Merge(ReportValues prefilled, ReportValues typed) => new(
        prefilled.Numbers.Concat(typed.Numbers).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value),
        typed.Texts);
}

/// <summary>A round being told: its form, period, each unit's duty and the reports made so far (by unit code).</summary>
public sealed record DemoRound(ReportRound Round, FormDefinition Form, Period Period, Dictionary<Guid, Deadline> Duties)
{
    public Dictionary<string, ReportSubmission> Submissions { get; } = [];

    public DateOnly DueOn(Unit unit, DateOnly fallback) => Duties.GetValueOrDefault(unit.Id)?.DueOn ?? fallback;
}

using Dajia.Web.Data.Reporting;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.Units;
using Dajia.Web.Features.Shared;

namespace Dajia.Web.Data.Demo;

/// <summary>
/// 附件2 and the annual form of 2017 as the units filed them, and the current year's rounds under way (issue #14 item 9).
/// 2017: every quarter the plan dates and the annual form, nearly all accepted on time; 烟草所 files quarter 3 two days late
/// with the office's leave; 市场监管分局's quarter 3 is sent back for the cases of the last week of September and filed again;
/// 司法所 has no quarter 3 report at all; the annual form is due on Sunday 10 December, which the plan moves to Monday
/// the 11th, the day 岚田社区 files it. The current year: earlier quarters accepted, this quarter a few drafts and one
/// submitted, the annual form begun.
/// </summary>
public static class DemoReports
{
    public const string LateUnit = "yc";
    public const string ReturnedUnit = "scjg";
    public const string MissingUnit = "sfs";
    public const string RestDayUnit = "ltsq";
    public const string SubmittedNow = "scjg";
    public static readonly string[] DraftsNow = ["zhzf", "xcb", "ltbyc"];

    public const string ReturnReason = "9月26日联合执法检查后立案查处的案件及移送公安的案件未计入本季度报表，请补充后重新提交。";

    private static DateTimeOffset At(DateOnly day, int hour, int minute = 0) => ChinaTime.StartOf(day).AddHours(hour).AddMinutes(minute);

    public static async Task SeedAsync(AppDbContext db, Jurisdiction town, IReadOnlyList<Unit> units, WorkCalendar calendar,
        DateTimeOffset now, CancellationToken ct = default)
    {
        var kit = await DemoReportKit.CreateAsync(db, town, ct);
        var story = new Story(kit, units.OrderBy(u => u.SortOrder).ToList(), calendar);
        foreach (var q in new[] { 1, 2, 4 }) await story.OnTimeAsync(ReportFormSeed.Quarterly, new Period(2017, q), [], ct);
        await story.Quarter3Async(ct);
        await story.AnnualAsync(ct);
        var today = ChinaTime.DateOf(now);
        if (today.Year > 2017) await story.CurrentYearAsync(today, now, ct);
        await db.SaveChangesAsync(ct);
    }

    private sealed class Story(DemoReportKit kit, List<Unit> units, WorkCalendar calendar)
    {
        private DateOnly WorkdayOnOrBefore(DateOnly d)
        {
            while (!calendar.IsWorkingDay(d)) d = d.AddDays(-1);
            return d;
        }

        private DateOnly NextWorkday(DateOnly d) => calendar.OnOrAfter(d.AddDays(1));

        /// <summary>Each unit but <paramref name="skip"/> files in the last days before its due date and is accepted after it.</summary>
        public async Task<DemoRound> OnTimeAsync(string form, Period p, string[] skip, CancellationToken ct)
        {
            var r = await kit.OpenAsync(form, p, ct);
            var fallback = p.Quarter is { } q ? new DateOnly(p.Year, q * 3, 25) : new DateOnly(p.Year, 12, 10);
            for (var i = 0; i < units.Count; i++)
            {
                var unit = units[i];
                if (skip.Contains(unit.Code)) continue;
                var due = r.DueOn(unit, fallback);
                var day = WorkdayOnOrBefore(due.AddDays(-1 - i % 5));
                await FileAsync(r, unit, At(day, 9 + i % 7, 10 * (i % 6)), At(NextWorkday(due), 9, 5 * i), ct);
            }
            return r;
        }

        private async Task FileAsync(DemoRound r, Unit unit, DateTimeOffset submitted, DateTimeOffset? accepted, CancellationToken ct)
        {
            var prefilled = await kit.PrefilledAsync(r, unit, ct);
            var s = kit.Draft(r, unit, prefilled, DemoReportFigures.For(unit.Code, r.Period));
            kit.Submit(r, unit, submitted, prefilled);
            if (accepted is { } a) s.Accept(a, DemoReportKit.Office);
        }

        /// <summary>The round the browser journey and the matrix show: one late, one returned and filed again, one missing.</summary>
        public async Task Quarter3Async(CancellationToken ct)
        {
            var p = new Period(2017, 3);
            var r = await OnTimeAsync(ReportFormSeed.Quarterly, p, [LateUnit, ReturnedUnit, MissingUnit], ct);

            var late = units.Single(u => u.Code == LateUnit);
            var prefilled = await kit.PrefilledAsync(r, late, ct);
            var s = kit.Draft(r, late, prefilled, DemoReportFigures.For(late.Code, p));
            s.AllowLate(new DateOnly(2017, 9, 29), DemoReportKit.Office);
            kit.Submit(r, late, At(new DateOnly(2017, 9, 27), 10, 30), prefilled);
            s.Accept(At(new DateOnly(2017, 9, 29), 10), DemoReportKit.Office);

            // Sent on the due date with what was recorded by then; the joint inspection of the 26th then opened three cases
            // and handed one to the police, so the office sends it back and the unit files the whole quarter.
            var scjg = units.Single(u => u.Code == ReturnedUnit);
            var due = new DateOnly(2017, 9, 25);
            var then = await kit.PrefilledOnAsync(r, scjg, due, ct);
            var typed = DemoReportFigures.For(scjg.Code, p);
            var report = kit.Draft(r, scjg, then, typed);
            kit.Submit(r, scjg, At(due, 16), then);
            report.Return(ReturnReason, At(new DateOnly(2017, 9, 29), 17), DemoReportKit.Office);
            var full = await kit.PrefilledAsync(r, scjg, ct);
            report.SaveDraft(DemoReportKit.Merge(full, typed));
            // 30 September 2017 was a Saturday worked in exchange for the National Day week.
            kit.Submit(r, scjg, At(new DateOnly(2017, 9, 30), 10), full);
            report.Accept(At(new DateOnly(2017, 9, 30), 15), DemoReportKit.Office);
        }

        /// <summary>
        /// Due "12月10日前", a Sunday in 2017; the demo town moves a rest-day due date to the next working day (the plan's
        /// 报表截止日遇休息日顺延), so 岚田社区 filing on Monday the 11th is on time.
        /// </summary>
        public async Task AnnualAsync(CancellationToken ct)
        {
            var r = await OnTimeAsync(ReportFormSeed.Annual, new Period(2017), [RestDayUnit], ct);
            var unit = units.Single(u => u.Code == RestDayUnit);
            var due = r.DueOn(unit, new DateOnly(2017, 12, 11));
            await FileAsync(r, unit, At(due, 9, 30), At(NextWorkday(due), 11), ct);
        }

        /// <summary>The current year: quarters already due accepted, this quarter's round open, the annual form begun.</summary>
        public async Task CurrentYearAsync(DateOnly today, DateTimeOffset now, CancellationToken ct)
        {
            var current = (today.Month + 2) / 3;
            for (var q = 1; q < current; q++) await OnTimeAsync(ReportFormSeed.Quarterly, new Period(today.Year, q), [], ct);
            var p = new Period(today.Year, current);
            var r = await kit.OpenAsync(ReportFormSeed.Quarterly, p, ct);
            foreach (var code in DraftsNow) await DraftAsync(r, code, ct);
            var sent = units.Single(u => u.Code == SubmittedNow);
            var prefilled = await kit.PrefilledAsync(r, sent, ct);
            kit.Draft(r, sent, prefilled, DemoReportFigures.For(sent.Code, p));
            var at = now.AddDays(-1);
            kit.Submit(r, sent, ChinaTime.DateOf(at) < p.Start ? now : at, prefilled);
            await DraftAsync(await kit.OpenAsync(ReportFormSeed.Annual, new Period(today.Year), ct), "xcb", ct);
        }

        /// <summary>A draft saved: the prefilled figures and the publicity typed so far, nothing else yet.</summary>
        private async Task DraftAsync(DemoRound r, string code, CancellationToken ct)
        {
            var unit = units.Single(u => u.Code == code);
            var typed = DemoReportFigures.For(code, r.Period);
            var some = typed.Numbers.Where(n => n.Key.StartsWith("publicity.", StringComparison.Ordinal)).ToDictionary();
            kit.Draft(r, unit, await kit.PrefilledAsync(r, unit, ct), new(some, new Dictionary<string, string>()));
        }
    }
}

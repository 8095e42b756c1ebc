using Dajia.Web.Domain.Calendar;
using Dajia.Web.Features.Units;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dajia.Web.Features.Calendar;

public static class CalendarApi
{
    public static RouteGroupBuilder MapCalendarApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/calendar").WithTags("Calendar");
        g.MapGet("/add-working-days", (string? from, string? days, CalendarStore s, IStringLocalizer<SharedResource> l,
                CancellationToken ct) => AddAsync(from, days, working: true, s, l, ct)).WithSummary("加若干工作日（起算日不计入）");
        g.MapGet("/add-calendar-days", (string? from, string? days, CalendarStore s, IStringLocalizer<SharedResource> l,
                CancellationToken ct) => AddAsync(from, days, working: false, s, l, ct)).WithSummary("加若干自然日（期满日为休息日的顺延至下一工作日）");
        g.MapGet("/working-days-between", Between).WithSummary("两日之间（不含起日、含止日）的工作日数");
        g.MapGet("/days/{date}", Day).WithSummary("某日是否工作日");
        g.MapPut("/days/{date}", SetDay).RequireAuthorization(Policies.RootAdmin).WithSummary("设置某日：Holiday / MakeupWorkday / Normal");
        g.MapGet("/{year:int}", Year).WithSummary("某年的节假日与调休安排");
        g.MapPut("/{year:int}", Import).RequireAuthorization(Policies.RootAdmin).WithSummary("导入某年安排（holiday-cn JSON 格式）");
        return api;
    }

    private static async Task<Results<Ok<DueDto>, ValidationProblem>> AddAsync(
        string? from, string? days, bool working, CalendarStore store, IStringLocalizer l, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var start = CalendarInput.Date(from, "from", errors);
        var n = CalendarInput.Days(days, "days", errors);
        if (errors.Count > 0) return Problems.Validation(errors, l);
        var calendar = await store.GetAsync(ct);
        if (!calendar.Reaches(start!.Value, n!.Value, working))
            return Problems.Validation([new FieldError("days", "Validation.Calendar.PastEnd", WorkCalendar.Last.Year)], l);
        var r = working ? calendar.AddWorkingDays(start!.Value, n!.Value) : calendar.AddCalendarDays(start!.Value, n!.Value);
        return TypedResults.Ok(new DueDto(start!.Value.Iso(), n!.Value, r.Date.Iso(), r.Estimated));
    }

    private static async Task<Results<Ok<BetweenDto>, ValidationProblem>> Between(
        string? from, string? to, CalendarStore store, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var a = CalendarInput.Date(from, "from", errors);
        var b = CalendarInput.Date(to, "to", errors);
        if (errors.Count > 0) return Problems.Validation(errors, l);
        var calendar = await store.GetAsync(ct);
        return TypedResults.Ok(new BetweenDto(a!.Value.Iso(), b!.Value.Iso(), calendar.WorkingDaysBetween(a.Value, b.Value)));
    }

    private static async Task<Results<Ok<DayDto>, ValidationProblem>> Day(
        string date, CalendarStore store, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var d = CalendarInput.Date(date, "date", errors);
        if (errors.Count > 0) return Problems.Validation(errors, l);
        return TypedResults.Ok(DayDto.From((await store.GetAsync(ct)).Describe(d!.Value)));
    }

    private static async Task<Results<Ok<DayDto>, ValidationProblem, ProblemHttpResult>> SetDay(
        string date, DaySetInput body, CalendarService s, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var d = CalendarInput.Date(date, "date", errors);
        var kind = CalendarInput.Kind(body.Kind, errors);
        if (errors.Count > 0) return Problems.Validation(errors, l);
        return (await s.SetDayAsync(d!.Value, kind!.Value, body.Name, ct)).ToOk(DayDto.From, l);
    }

    private static async Task<Results<Ok<YearDto>, ValidationProblem>> Year(
        int year, CalendarStore store, CalendarService s, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (!CalendarInput.Year(year, errors)) return Problems.Validation(errors, l);
        return TypedResults.Ok(await YearOfAsync(year, store, s, ct));
    }

    internal static async Task<YearDto> YearOfAsync(int year, CalendarStore store, CalendarService s, CancellationToken ct)
    {
        var calendar = await store.GetAsync(ct);
        var days = calendar.ExceptionsOf(year).Select(e => DayDto.From(calendar.Describe(e.Date))).ToList();
        return new YearDto(year, !calendar.IsPublished(year), await s.PapersAsync(year, ct), days);
    }

    private static async Task<Results<Ok<YearDto>, ValidationProblem, ProblemHttpResult>> Import(
        int year, HolidayYear body, CalendarService s, CalendarStore store, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (!CalendarInput.Year(year, errors)) return Problems.Validation(errors, l);
        var r = await s.ImportYearAsync(year, body, ct);
        if (r.Outcome != Features.Outcome.Ok) return r.As<YearDto>().ToOk(l);
        return TypedResults.Ok(await YearOfAsync(year, store, s, ct));
    }
}

public sealed record BetweenDto(string From, string To, int WorkingDays);

using System.Text.Json;
using Dajia.Web.Domain.Calendar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Calendar;

public sealed class IndexModel(
    CalendarStore store, CalendarService calendar, IAuthorizationService authorization, IStringLocalizer<SharedResource> l,
    TimeProvider time)
    : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public int Year { get; private set; }
    public WorkCalendar Calendar { get; private set; } = WorkCalendar.PlainWeek;
    public bool Published { get; private set; }
    public IReadOnlyList<string> Papers { get; private set; } = [];

    /// <summary>The calendar is national: only a root admin sees the edit forms (and the handlers check again).</summary>
    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(int? year, CancellationToken ct) => await LoadAsync(year, ct);

    /// <summary>The year as an import file (日历-2026.json): the example the import hint points to.</summary>
    public async Task<IActionResult> OnGetExampleAsync(int? year, CancellationToken ct)
    {
        var y = Math.Clamp(year ?? ChinaTime.Today(time).Year, CalendarInput.MinYear, CalendarInput.MaxYear);
        // Readable Chinese names in the file (it is downloaded, never placed in a page).
        var options = new JsonSerializerOptions(Json)
        {
            WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        var body = JsonSerializer.SerializeToUtf8Bytes(await calendar.ExportYearAsync(y, ct), options);
        return File(body, "application/json", $"节假日安排-{y}.json");
    }

    public async Task<IActionResult> OnPostDayAsync(int year, DateOnly? date, string? kind, string? name, CancellationToken ct)
    {
        if (!await authorization.IsRootAdminAsync(User)) return Forbid();
        var errors = new List<FieldError>();
        var k = CalendarInput.Kind(kind, errors);
        if (date is null || !WorkCalendar.InRange(date.Value)) errors.Add(new("date", "Validation.Calendar.Date"));
        var r = errors.Count > 0 ? ServiceResult<DayInfo>.Invalid(errors) : await calendar.SetDayAsync(date!.Value, k!.Value, name, ct);
        return await this.AnswerAsync(r, l,
            _ => this.Done(l["Calendar.DaySaved", date!.Value.ToString("yyyy-MM-dd")], "/Calendar/Index", new { year }),
            () => LoadAsync(year, ct));
    }

    public async Task<IActionResult> OnPostImportAsync(int year, IFormFile? file, CancellationToken ct)
    {
        if (!await authorization.IsRootAdminAsync(User)) return Forbid();
        HolidayYear? body = null;
        if (file is null || file.Length is 0 or > 256 * 1024) ModelState.AddModelError("", l["Calendar.ImportFile"]);
        else
        {
            try
            {
                await using var s = file.OpenReadStream();
                body = await JsonSerializer.DeserializeAsync<HolidayYear>(s, Json, ct);
            }
            catch (JsonException)
            {
                ModelState.AddModelError("", l["Calendar.ImportFile"]);
            }
        }
        var r = body is null ? null : await calendar.ImportYearAsync(year, body, ct);
        if (r is null || r.Outcome == Outcome.Invalid)
        {
            // The file's fields have no inputs on the page: each message says which field it is about.
            foreach (var e in r?.Errors ?? []) ModelState.AddModelError("", $"{e.Field}：{e.Text(l)}");
            await LoadAsync(year, ct);
            return Page();
        }
        return await this.AnswerAsync(r, l, n => this.Done(l["Calendar.Imported", year, n], "/Calendar/Index", new { year }),
            () => LoadAsync(year, ct));
    }

    /// <summary>The month as Monday-first weeks, blanks before the 1st and after the last day.</summary>
    public static IEnumerable<DateOnly?[]> Weeks(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        var week = new DateOnly?[7];
        var col = ((int)first.DayOfWeek + 6) % 7;
        for (var d = first; d.Month == month; d = d.AddDays(1))
        {
            week[col++] = d;
            if (col < 7) continue;
            yield return week;
            (week, col) = (new DateOnly?[7], 0);
        }
        if (col > 0) yield return week;
    }

    private async Task LoadAsync(int? year, CancellationToken ct)
    {
        Year = Math.Clamp(year ?? ChinaTime.Today(time).Year, CalendarInput.MinYear, CalendarInput.MaxYear);
        Calendar = await store.GetAsync(ct);
        Published = Calendar.IsPublished(Year);
        // Papers stored before links were checked are shown only when they are web links.
        Papers = (await calendar.PapersAsync(Year, ct))?.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(CalendarInput.IsWebLink).ToList() ?? [];
        CanEdit = await authorization.IsRootAdminAsync(User);
    }
}

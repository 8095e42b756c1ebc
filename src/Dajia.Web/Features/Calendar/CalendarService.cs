using Dajia.Web.Data;
using Dajia.Web.Domain.Calendar;

namespace Dajia.Web.Features.Calendar;

/// <summary>A year in the holiday-cn JSON format: {"year":2027,"papers":[…],"days":[{"name","date","isOffDay"}]}.</summary>
public sealed record HolidayYear(int? Year, IReadOnlyList<string>? Papers, IReadOnlyList<HolidayYearDay>? Days);

public sealed record HolidayYearDay(string? Name, string? Date, bool? IsOffDay);

/// <summary>
/// Edits of the national calendar. Who may call them is the callers' <see cref="Policies.RootAdmin"/> policy; each edit
/// is audited (interceptor) and recomputes every open deadline.
/// </summary>
public sealed class CalendarService(
    AppDbContext db, CalendarStore store, DeadlineService deadlines, TimeProvider time,
    Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> l)
{
    public async Task<ServiceResult<DayInfo>> SetDayAsync(DateOnly date, DayKind kind, string? name, CancellationToken ct = default)
    {
        name = name?.Trim() ?? "";
        if (kind is DayKind.Holiday or DayKind.MakeupWorkday && name.Length is 0 or > 32)
            return ServiceResult<DayInfo>.Invalid([new("name", "Validation.Calendar.Name")]);
        var day = await db.CalendarDays.FindAsync([date], ct);
        switch (kind)
        {
            case DayKind.Normal or DayKind.Weekend:
                if (day is not null) db.CalendarDays.Remove(day);
                break;
            case var _ when day is null:
                db.CalendarDays.Add(new CalendarDay(date, kind, name, date.Year));
                break;
            default:
                day.Set(kind, name);
                break;
        }
        await db.SaveChangesAsync(ct);
        await AfterChangeAsync($"{date:yyyy-MM-dd}", ct);
        return ServiceResult<DayInfo>.Ok((await store.GetAsync(ct)).Describe(date));
    }

    /// <summary>Replaces the year's notice and every day it names; the year stops being an estimate.</summary>
    public async Task<ServiceResult<int>> ImportYearAsync(int year, HolidayYear body, CancellationToken ct = default)
    {
        var errors = new List<FieldError>();
        if (body.Year is { } y && y != year) errors.Add(new("year", "Validation.Calendar.YearMismatch"));
        foreach (var (paper, i) in (body.Papers ?? []).Select((p, i) => (p, i)))
            if (!CalendarInput.IsWebLink(paper)) errors.Add(new($"papers[{i}]", "Validation.Calendar.Paper"));
        if (string.Join(' ', body.Papers ?? []).Length > 1000) errors.Add(new("papers", "Validation.Calendar.PapersTooLong"));
        var parsed = new List<CalendarDay>();
        foreach (var (d, i) in (body.Days ?? []).Select((d, i) => (d, i)))
        {
            if (!DateOnly.TryParseExact(d.Date, "yyyy-MM-dd", out var date) || Math.Abs(date.Year - year) > 1)
                errors.Add(new($"days[{i}].date", "Validation.Calendar.ImportDate"));
            else if (d.IsOffDay is null) errors.Add(new($"days[{i}].isOffDay", "Validation.Calendar.ImportOffDay"));
            else if (string.IsNullOrWhiteSpace(d.Name)
                || d.Name.Trim().Length > 32) errors.Add(new($"days[{i}].name", "Validation.Calendar.Name"));
            else parsed.Add(new CalendarDay(date, d.IsOffDay.Value ? DayKind.Holiday : DayKind.MakeupWorkday, d.Name.Trim(), year));
        }
        if (parsed.GroupBy(p => p.Date).Any(g => g.Count() > 1)) errors.Add(new("days", "Validation.Calendar.ImportDuplicate"));
        if (errors.Count > 0) return ServiceResult<int>.Invalid(errors);

        var dates = parsed.Select(p => p.Date).ToList();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Removed first and saved, so a re-imported date is a new row rather than two tracked rows with one key.
        db.CalendarDays.RemoveRange(await db.CalendarDays.Where(d => d.NoticeYear == year || dates.Contains(d.Date)).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        db.CalendarDays.AddRange(parsed);
        var papers = string.Join(' ', (body.Papers ?? []).Select(p => p.Trim()));
        var notice = await db.CalendarNotices.FindAsync([year], ct);
        if (notice is null) db.CalendarNotices.Add(new CalendarNotice(year, papers, time.GetUtcNow()));
        else notice.Update(papers, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await AfterChangeAsync($"{year}", ct);
        return ServiceResult<int>.Ok(parsed.Count);
    }

    /// <summary>The year's schedule in the import's own format: an example file to copy, and a way to move it elsewhere.</summary>
    public async Task<HolidayYear> ExportYearAsync(int year, CancellationToken ct = default)
    {
        var days = await db.CalendarDays.Where(d => d.NoticeYear == year).ToListAsync(ct);
        var papers = (await PapersAsync(year, ct))?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return new HolidayYear(year, papers, days.OrderBy(d => d.Date)
            .Select(d => new HolidayYearDay(d.Name, d.Date.ToString("yyyy-MM-dd"), d.Kind == DayKind.Holiday)).ToList());
    }

    public async Task<string?> PapersAsync(int year, CancellationToken ct = default) =>
        (await db.CalendarNotices.FindAsync([year], ct))?.Papers;

    private async Task AfterChangeAsync(string what, CancellationToken ct)
    {
        store.Invalidate();
        await deadlines.RecomputeOpenAsync(l["Deadline.CalendarChanged", what], ct);
    }
}

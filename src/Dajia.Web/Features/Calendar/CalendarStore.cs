using System.Diagnostics;
using Dajia.Web.Data;
using Dajia.Web.Domain.Calendar;

namespace Dajia.Web.Features.Calendar;

/// <summary>
/// The working-day calendar built from the database, cached. An edit on this instance drops the cache at once;
/// other instances reload within <see cref="MaxAge"/>, so a multi-instance deployment converges in seconds.
/// </summary>
public sealed class CalendarStore(IServiceScopeFactory scopes)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private (WorkCalendar Calendar, long LoadedAt)? _cached;

    public async Task<WorkCalendar> GetAsync(CancellationToken ct = default)
    {
        if (_cached is { } c && Stopwatch.GetElapsedTime(c.LoadedAt) < MaxAge) return c.Calendar;
        await _gate.WaitAsync(ct);
        try
        {
            if (_cached is { } again && Stopwatch.GetElapsedTime(again.LoadedAt) < MaxAge) return again.Calendar;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var days = await db.CalendarDays.AsNoTracking().ToListAsync(ct);
            var years = await db.CalendarNotices.Select(n => n.Year).ToListAsync(ct);
            var calendar = new WorkCalendar(days.Select(d => d.ToException()), years);
            _cached = (calendar, Stopwatch.GetTimestamp());
            return calendar;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Invalidate() => _cached = null;
}

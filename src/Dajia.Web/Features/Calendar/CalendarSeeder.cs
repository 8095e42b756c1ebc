using Dajia.Web.Data;
using Dajia.Web.Data.Calendar;
using Dajia.Web.Domain.Calendar;

namespace Dajia.Web.Features.Calendar;

public static class CalendarSeeder
{
    /// <summary>
    /// On first start: the shipped official arrangements. Every start: any rule version (code + effective from) the
    /// database lacks, so a new release adds rules without touching what an admin edited.
    /// </summary>
    public static async Task SeedAsync(AppDbContext db, TimeProvider time, CancellationToken ct = default)
    {
        if (!await db.CalendarNotices.AnyAsync(ct))
        {
            db.CalendarDays.AddRange(OfficialCalendar.Days());
            db.CalendarNotices.AddRange(OfficialCalendar.Notices().Select(n => new CalendarNotice(n.Year, n.Papers, time.GetUtcNow())));
        }
        var existing = (await db.DeadlineRules.Select(r => new { r.Code, r.EffectiveFrom }).ToListAsync(ct))
            .Select(r => (r.Code, r.EffectiveFrom)).ToHashSet();
        db.DeadlineRules.AddRange(DeadlineRuleSeed.Rules().Where(r => !existing.Contains((r.Code, r.EffectiveFrom))));
        await db.SaveChangesAsync(ct);
    }
}

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
        var existing = (await db.DeadlineRules.ToListAsync(ct)).ToDictionary(r => (r.Code, r.EffectiveFrom));
        foreach (var r in DeadlineRuleSeed.Rules())
        {
            if (!existing.TryGetValue((r.Code, r.EffectiveFrom), out var stored)) db.DeadlineRules.Add(r);
            else if (Outdated(stored, r)) stored.Update(Terms(r));
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Shipped earlier in words or dates this release corrects, and not edited since (its basis is as shipped).</summary>
    private static bool Outdated(DeadlineRule stored, DeadlineRule shipped) =>
        DeadlineRuleSeed.ShippedBefore.TryGetValue((stored.Code, stored.EffectiveFrom), out var basis)
        && stored.LegalBasis == basis && (stored.LegalBasis != shipped.LegalBasis || stored.EffectiveTo != shipped.EffectiveTo);

    private static DeadlineRuleTerms Terms(DeadlineRule r) => new(r.Name, r.LegalBasis, r.TimeUnit, r.Amount, r.ExtensionAmount,
        r.MaxExtensions, r.EffectiveFrom, r.EffectiveTo);
}

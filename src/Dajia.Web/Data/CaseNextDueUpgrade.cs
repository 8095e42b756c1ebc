using Dajia.Web.Domain.Cases;

namespace Dajia.Web.Data;

/// <summary>
/// Cases stored before <see cref="EnforcementCase.NextDueAt"/> existed get it on start, in one UPDATE from their clocks;
/// from then on every save of a case or transfer clock keeps it (<see cref="CaseNextDue"/>). Once recorded, a start reads one counter.
/// Running it twice, or on two instances at once, writes the same values.
/// </summary>
public static class CaseNextDueUpgrade
{
    public const string Key = "case-next-due-version";
    // 2: the transfer's clocks count too.
    private const long Version = 2;

    public static async Task<int> RunAsync(AppDbContext db, CancellationToken ct = default)
    {
        var recorded = await db.Counters.Where(c => c.Key == Key).Select(c => (long?)c.Value).FirstOrDefaultAsync(ct);
        if (recorded >= Version) return 0;
        var filled = await CaseNextDue.WriteAsync(db, db.Unscoped<EnforcementCase>(), ct);
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "Counters" ("Key", "Value") VALUES ({Key}, {Version})
            ON CONFLICT ("Key") DO UPDATE SET "Value" = excluded."Value"
            """, ct);
        return filled;
    }
}

using Microsoft.EntityFrameworkCore;

namespace Dajia.Web.Data;

/// <summary>A named counter row: "XS:{jurisdiction}:2017" → last number handed out.</summary>
public sealed class Counter
{
    public string Key { get; set; } = "";
    public long Value { get; set; }
}

/// <summary>
/// Gap-tolerant, collision-free numbering under load: one atomic UPDATE … RETURNING per number (SQLite ≥ 3.35 and
/// PostgreSQL both have it), instead of "read the last number, add one" which two requests can do at the same time.
/// A number taken by a request that then fails is simply skipped.
/// </summary>
public static class Counters
{
    public static async Task<long> NextAsync(AppDbContext db, string key, CancellationToken ct)
    {
        // The row exists but for the very first number of a key: try the one-statement path first.
        for (var attempt = 0; ; attempt++)
        {
            var next = await db.Database.SqlQuery<long>($"UPDATE \"Counters\" SET \"Value\" = \"Value\" + 1 WHERE \"Key\" = {key} RETURNING \"Value\"")
                .ToListAsync(ct);
            if (next.Count == 1) return next[0];
            if (attempt > 0) throw new InvalidOperationException($"counter {key} could not be created");
            await db.Database.ExecuteSqlInterpolatedAsync($"INSERT INTO \"Counters\" (\"Key\", \"Value\") VALUES ({key}, 0) ON CONFLICT (\"Key\") DO NOTHING", ct);
        }
    }
}

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
    public static Task<long> NextAsync(AppDbContext db, string key, CancellationToken ct) => TakeAsync(db, key, 1, ct);

    /// <summary>Reserves <paramref name="count"/> consecutive numbers in one statement and returns the first.</summary>
    public static async Task<long> TakeAsync(AppDbContext db, string key, int count, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        // The row exists but for the very first number of a key: try the one-statement path first.
        for (var attempt = 0; ; attempt++)
        {
            var last = await db.Database.SqlQuery<long>(
                    $"UPDATE \"Counters\" SET \"Value\" = \"Value\" + {count} WHERE \"Key\" = {key} RETURNING \"Value\"")
                .ToListAsync(ct);
            if (last.Count == 1) return last[0] - count + 1;
            if (attempt > 0) throw new InvalidOperationException($"counter {key} could not be created");
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO \"Counters\" (\"Key\", \"Value\") VALUES ({key}, 0) ON CONFLICT (\"Key\") DO NOTHING", ct);
        }
    }
}

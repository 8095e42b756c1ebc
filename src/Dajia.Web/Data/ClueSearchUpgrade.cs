using Dajia.Web.Domain.Clues;

namespace Dajia.Web.Data;

/// <summary>
/// The stored search text is derived in code, so a migration cannot rebuild it. On start, texts stored under an older
/// <see cref="ClueSearch.Version"/> are rebuilt in batches (the full-text indexes follow) and the version is recorded.
/// Running it twice, or on two instances at once, does no harm.
/// </summary>
public static class ClueSearchUpgrade
{
    public const string Key = "clue-search-version";
    private const int Batch = 1000;

    public static async Task<int> RunAsync(AppDbContext db, CancellationToken ct = default)
    {
        var recorded = await db.Counters.Where(c => c.Key == Key).Select(c => (long?)c.Value).FirstOrDefaultAsync(ct);
        if (recorded >= ClueSearch.Version) return 0;
        var ids = await db.Unscoped<Clue>().OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(ct);
        var rebuilt = 0;
        foreach (var chunk in ids.Chunk(Batch))
        {
            var clues = await db.Unscoped<Clue>().Where(c => chunk.Contains(c.Id)).ToListAsync(ct);
            rebuilt += clues.Count(c => c.RefreshSearchText());
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "Counters" ("Key", "Value") VALUES ({Key}, {(long)ClueSearch.Version})
            ON CONFLICT ("Key") DO UPDATE SET "Value" = excluded."Value"
            """, ct);
        return rebuilt;
    }
}

using Dajia.Web.Domain.Cases;

namespace Dajia.Web.Data;

/// <summary>
/// Cases stored before they had a search text (or under an older <see cref="CaseSearch.Version"/>) get it on start, in
/// batches; the full-text indexes follow (SQLite's by trigger). Running it twice, or on two instances at once, does no harm.
/// </summary>
public static class CaseSearchUpgrade
{
    public const string Key = "case-search-version";
    private const int Batch = 1000;

    public static async Task<int> RunAsync(AppDbContext db, CancellationToken ct = default)
    {
        var recorded = await db.Counters.Where(c => c.Key == Key).Select(c => (long?)c.Value).FirstOrDefaultAsync(ct);
        if (recorded >= CaseSearch.Version) return 0;
        var ids = await db.Unscoped<EnforcementCase>().OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(ct);
        var rebuilt = 0;
        foreach (var chunk in ids.Chunk(Batch))
        {
            var cases = await db.Unscoped<EnforcementCase>().Where(c => chunk.Contains(c.Id)).ToListAsync(ct);
            rebuilt += cases.Count(c => c.RefreshSearchText());
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "Counters" ("Key", "Value") VALUES ({Key}, {(long)CaseSearch.Version})
            ON CONFLICT ("Key") DO UPDATE SET "Value" = excluded."Value"
            """, ct);
        return rebuilt;
    }
}

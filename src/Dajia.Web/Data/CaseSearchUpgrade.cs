using Dajia.Web.Domain.Cases;
using Dajia.Web.Domain.MarketEntities;
using Dajia.Web.Features.Cases;

namespace Dajia.Web.Data;

/// <summary>
/// Cases stored before they had a search text (or under an older <see cref="CaseSearch.Version"/>, or with their person's
/// name hashed under another key-encryption key) get it on start, in batches: the entity party's words from the register,
/// the person's name lookup from the decrypted name. The full-text indexes follow (SQLite's by trigger). Running it twice,
/// or on two instances at once, does no harm; once done it reads two counters.
/// </summary>
public static class CaseSearchUpgrade
{
    public const string Key = "case-search-version";
    public const string LookupKey = "case-party-lookup-key";
    private const int Batch = 1000;

    public static async Task<int> RunAsync(AppDbContext db, CasePartySearch party, CancellationToken ct = default)
    {
        var recorded = await db.Counters.Where(c => c.Key == Key).Select(c => (long?)c.Value).FirstOrDefaultAsync(ct);
        var recordedKey = await db.Counters.Where(c => c.Key == LookupKey).Select(c => (long?)c.Value).FirstOrDefaultAsync(ct);
        if (recorded >= CaseSearch.Version && recordedKey == party.KeyId) return 0;
        var ids = await db.Unscoped<EnforcementCase>().OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(ct);
        var rebuilt = 0;
        foreach (var chunk in ids.Chunk(Batch))
        {
            var cases = await db.Unscoped<EnforcementCase>().Where(c => chunk.Contains(c.Id)).ToListAsync(ct);
            var entityIds = cases.Where(c => c.MarketEntityId != null).Select(c => c.MarketEntityId!.Value).Distinct().ToList();
            var entities = await db.Unscoped<MarketEntity>().Where(m => entityIds.Contains(m.Id))
                .Select(m => new { m.Id, m.Name, m.CreditCode, m.StallNumber }).ToDictionaryAsync(m => m.Id, ct);
            foreach (var c in cases)
            {
                var text = c.PartyKind == PartyKind.Entity && c.MarketEntityId is { } e && entities.GetValueOrDefault(e) is { } m
                    ? CaseSearch.EntityText(m.Name, m.CreditCode, m.StallNumber) : "";
                var lookup = c.PartyKind == PartyKind.Individual ? party.LookupOfCipher(c.PartyNameCipher) : null;
                if (c.RefreshPartySearch(text, lookup)) rebuilt++;
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        await RecordAsync(db, Key, CaseSearch.Version, ct);
        await RecordAsync(db, LookupKey, party.KeyId, ct);
        return rebuilt;
    }

    private static Task RecordAsync(AppDbContext db, string key, long value, CancellationToken ct) =>
        db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "Counters" ("Key", "Value") VALUES ({key}, {value})
            ON CONFLICT ("Key") DO UPDATE SET "Value" = excluded."Value"
            """, ct);
}

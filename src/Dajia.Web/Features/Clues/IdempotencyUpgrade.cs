using System.Text.Json.Nodes;
using Dajia.Web.Data;
using Dajia.Web.Domain.Clues;

namespace Dajia.Web.Features.Clues;

/// <summary>
/// Once, on the first start after Idempotency-Keys began to be stored as hashes: forgets the keys earlier reports
/// stored in clear (with the copy of their access key kept for replays; those reports are long past any retry), and
/// masks the keys and unsalted access-key hashes that audit entries of that time recorded.
/// </summary>
public static class IdempotencyUpgrade
{
    public const string Key = "idempotency-hashed";
    private const int Batch = 1000;
    private static readonly string[] Masked = ["IdempotencyKey", "AccessKeyHash"];

    public static async Task RunAsync(AppDbContext db, CancellationToken ct = default)
    {
        if (await db.Counters.AnyAsync(c => c.Key == Key, ct)) return;
        await db.Unscoped<Clue>().Where(c => c.IdempotencyKeyHash != null && c.IdempotencyRequestHash == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.IdempotencyKeyHash, (string?)null)
                .SetProperty(c => c.AccessKeyCipher, (string?)null), ct);
        long after = 0;
        while (true)
        {
            var entries = await db.Set<AuditEntry>().Where(e => e.Id > after && e.EntityType == nameof(Clue) && e.Action == "Added")
                .OrderBy(e => e.Id).Take(Batch).ToListAsync(ct);
            if (entries.Count == 0) break;
            foreach (var entry in entries) entry.Changes = Mask(entry.Changes);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            after = entries[^1].Id;
        }
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "Counters" ("Key", "Value") VALUES ({Key}, {1L}) ON CONFLICT ("Key") DO NOTHING
            """, ct);
    }

    private static string Mask(string changes)
    {
        if (JsonNode.Parse(changes) is not JsonObject json) return changes;
        var masked = false;
        foreach (var name in Masked)
        {
            if (json[name] is not JsonObject { } change || change["after"] is not JsonValue value || value.ToString() == "***") continue;
            change["after"] = "***";
            masked = true;
        }
        return masked ? json.ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        }) : changes;
    }
}

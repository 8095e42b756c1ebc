using Dajia.Web.Domain.MarketEntities;

namespace Dajia.Web.Data;

/// <summary>
/// The stall key is derived in code, so a migration cannot fill it: on start, entities stored before it existed get
/// theirs. Only that derived column is written (no new version, no audit entry); running it twice does no harm.
/// </summary>
public static class StallKeyUpgrade
{
    public static async Task<int> RunAsync(AppDbContext db, CancellationToken ct = default)
    {
        var missing = await db.Unscoped<MarketEntity>().Where(e => e.StallNumber != null && e.StallKey == null)
            .Select(e => new { e.Id, e.StallNumber }).ToListAsync(ct);
        var filled = 0;
        foreach (var e in missing)
        {
            if (StallNumber.Key(e.StallNumber) is not { } key) continue;
            filled += await db.Unscoped<MarketEntity>().Where(x => x.Id == e.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.StallKey, key), ct);
        }
        return filled;
    }
}

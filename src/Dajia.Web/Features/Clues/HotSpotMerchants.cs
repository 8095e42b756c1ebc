using System.Text;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Domain.MarketEntities;

namespace Dajia.Web.Features.Clues;

/// <summary>
/// Hot spots by merchant: a clue whose entity staff confirmed counts under that register entry (its name and stall),
/// whatever the sender typed; any other under the merchant text it gives, read alike whatever the spacing and width.
/// </summary>
internal static class HotSpotMerchants
{
    public static async Task<List<CountDto>> CountAsync(IQueryable<Clue> clues, IQueryable<MarketEntity> entities,
        IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        // The database groups; only the distinct (entity, text) pairs come back to be read alike here.
        var rows = await clues
            .Where(c => c.MerchantName != null || (c.MatchState == EntityMatchState.Confirmed && c.MarketEntityId != null))
            .GroupBy(c => new { Entity = c.MatchState == EntityMatchState.Confirmed ? c.MarketEntityId : null, c.MerchantName })
            .Select(g => new { g.Key.Entity, g.Key.MerchantName, Count = g.Count() }).ToListAsync(ct);
        var ids = rows.Where(r => r.Entity != null).Select(r => r.Entity!.Value).Distinct().ToList();
        var names = (await entities.Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.Name, e.StallNumber }).ToListAsync(ct))
            .ToDictionary(e => e.Id, e => e.StallNumber is { } s ? $"{e.Name} · {l["ClueMatch.Stall", s]}" : e.Name);
        return rows
            .Select(r => r.Entity is { } id && names.TryGetValue(id, out var name)
                ? (Key: "#" + id, Shown: name, r.Count)
                : (Key: Plain(r.MerchantName), Shown: (r.MerchantName ?? "").Normalize(NormalizationForm.FormKC).Trim(), r.Count))
            .Where(x => x.Key.Length > 0)
            .GroupBy(x => x.Key)
            .Select(g => new CountDto(g.OrderByDescending(x => x.Count).ThenBy(x => x.Shown.Length)
                    .ThenBy(x => x.Shown, StringComparer.Ordinal).First().Shown,
                g.Sum(x => x.Count)))
            .ToList();
    }

    /// <summary>Full-width letters and digits as ASCII, upper case, without spaces: "ａ区 12号" and "A区12号" read alike.</summary>
    private static string Plain(string? s) =>
        string.Concat((s ?? "").Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
}

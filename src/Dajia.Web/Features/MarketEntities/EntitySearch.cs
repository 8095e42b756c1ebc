using Dajia.Web.Data;
using Dajia.Web.Domain.MarketEntities;

namespace Dajia.Web.Features.MarketEntities;

/// <summary>An entity as a picker shows it: enough to tell two shops of one name apart, nothing about the operator.</summary>
public sealed record EntityHitDto(
    Guid Id, string Name, string? StallNumber, string? CreditCode, Guid? KeyAreaId, string? KeyAreaName, string? Address);

/// <summary>
/// The one search behind every entity picker (an action's inspections, a clue's match): by name, stall number however
/// written ("A12", "A区012号") or the start of the credit code, within the user's jurisdiction, a page at a time.
/// </summary>
public sealed class EntitySearch(AppDbContext db, CurrentUser user)
{
    public const int MaxQueryLength = 64;

    public async Task<PagedList<EntityHitDto>> FindAsync(string? text, Guid? keyAreaId, PageRequest paging, CancellationToken ct = default)
    {
        var q = Matching(db.Visible<MarketEntity>(user), text);
        if (keyAreaId is { } area) q = q.Where(e => e.KeyAreaId == area);
        var count = await q.CountForPageAsync(null, ct);
        var rows = await q.OrderBy(e => e.KeyAreaId).ThenBy(e => e.StallKey).ThenBy(e => e.Name).ThenBy(e => e.Id)
            .PageOf(paging).ToListAsync(ct);
        return (await HitsAsync(rows, ct)).ToPage(paging, count);
    }

    /// <summary>The entities a search text names: its words in the name, its stall key, or a credit code it starts.</summary>
    public static IQueryable<MarketEntity> Matching(IQueryable<MarketEntity> q, string? text)
    {
        if (text?.Trim() is not { Length: > 0 } t) return q;
        var stall = StallNumber.Key(t) ?? "";
        var code = CreditCode.Normalize(t);
        if (code.Length < 4 || !code.All(char.IsAsciiLetterOrDigit)) code = "";
        return q.Where(e => e.Name.Contains(t) || (stall != "" && e.StallKey == stall)
            || (code != "" && e.CreditCode != null && e.CreditCode.StartsWith(code)));
    }

    /// <summary>Rows to hits with one more query for the key areas' names, however many rows.</summary>
    public async Task<List<EntityHitDto>> HitsAsync(IReadOnlyCollection<MarketEntity> rows, CancellationToken ct)
    {
        var areaIds = rows.Where(r => r.KeyAreaId != null).Select(r => r.KeyAreaId!.Value).Distinct().ToList();
        var areas = await db.Visible<KeyArea>(user).Where(k => areaIds.Contains(k.Id)).ToDictionaryAsync(k => k.Id, k => k.Name, ct);
        return rows.Select(e => new EntityHitDto(e.Id, e.Name, e.StallNumber, e.CreditCode, e.KeyAreaId,
            e.KeyAreaId is { } k ? areas.GetValueOrDefault(k) : null, e.Address)).ToList();
    }

    /// <summary>
    /// The public form's merchant suggestions: one row per entity, its shop name with its key area and stall — what the
    /// signboard shows — so that two shops of one name are two different rows. Nothing else of the register.
    /// </summary>
    public static async Task<IReadOnlyList<string>> PublicSuggestionsAsync(AppDbContext db, int max, CancellationToken ct)
    {
        var rows = await (from e in db.Unscoped<MarketEntity>()
                          join k in db.Unscoped<KeyArea>() on e.KeyAreaId equals (Guid?)k.Id into ks
                          from k in ks.DefaultIfEmpty()
                          where e.Status != MarketEntityStatus.Closed
                          orderby e.Name, e.StallKey, e.Id
                          select new { e.Name, Area = k == null ? null : k.Name, e.StallNumber }).Take(max).ToListAsync(ct);
        return rows.Select(r => r.Area is null && r.StallNumber is null ? r.Name
                : $"{r.Name}（{string.Join(" ", new[] { r.Area, r.StallNumber }.OfType<string>())}）")
            .Distinct().ToList();
    }
}

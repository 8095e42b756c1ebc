using System.Text;
using System.Text.RegularExpressions;
using Dajia.Web.Data;
using Dajia.Web.Domain.MarketEntities;

namespace Dajia.Web.Features.MarketEntities;

/// <summary>What the matcher guessed: the register entry and the key area a report is about (either may be unknown).</summary>
public sealed record MatchProposal(Guid? MarketEntityId, Guid? KeyAreaId)
{
    public static readonly MatchProposal Nothing = new(null, null);
}

/// <summary>
/// From the merchant, address and stall a report gives, proposes the entity of the register and the key area it is
/// about. A guess only: it is stored as proposed and staff confirm or correct it. It works for no one user (public
/// intake has none), inside the receiving jurisdiction's subtree, and tells the sender nothing.
/// </summary>
public sealed partial class EntityMatcher(AppDbContext db)
{
    [GeneratedRegex(@"(?<![0-9A-Za-z])[0-9A-HJ-NP-RT-UW-Y]{2}\d{6}[0-9A-HJ-NP-RT-UW-Y]{10}(?![0-9A-Za-z])")]
    private static partial Regex CreditCodePattern();

    /// <summary>An entity the sender picked themselves (already checked to be within) wins over any guess.</summary>
    public async Task<MatchProposal> ProposeAsync(Guid jurisdictionId, string? merchant, string? address, Guid? picked,
        CancellationToken ct = default)
    {
        var path = await db.Jurisdictions.Where(j => j.Id == jurisdictionId).Select(j => j.Path).FirstOrDefaultAsync(ct);
        if (path is null) return MatchProposal.Nothing;
        var towns = db.JurisdictionSubtree(path).Select(j => j.Id);
        var text = Plain($"{merchant} {address}");
        var area = text.Length == 0 ? null : await KeyAreaInAsync(towns, text, ct);
        var entities = db.Unscoped<MarketEntity>().Where(e => towns.Contains(e.JurisdictionId));
        var entity = picked is { } id ? await entities.Where(e => e.Id == id).Select(e => new Hit(e.Id, e.Name, e.KeyAreaId))
                .FirstOrDefaultAsync(ct)
            : await EntityInAsync(entities, text, Plain(merchant), area, ct);
        return entity is null ? new(null, area) : new(entity.Id, entity.KeyAreaId ?? area);
    }

    private sealed record Hit(Guid Id, string Name, Guid? KeyAreaId);

    /// <summary>The area whose name, another name or address the text contains; the longest such name wins.</summary>
    private async Task<Guid?> KeyAreaInAsync(IQueryable<Guid> towns, string text, CancellationToken ct)
    {
        var areas = await db.Unscoped<KeyArea>().Where(k => towns.Contains(k.JurisdictionId) && k.Status != KeyAreaStatus.Revoked)
            .Select(k => new { k.Id, k.Name, k.AliasList, k.Address }).ToListAsync(ct);
        return areas.SelectMany(a => new[] { a.Name, a.Address ?? "" }.Concat(a.AliasList.Split(',')).Select(n => (a.Id, Name: Plain(n))))
            .Where(x => x.Name.Length >= 2 && text.Contains(x.Name, StringComparison.Ordinal))
            .OrderByDescending(x => x.Name.Length).Select(x => (Guid?)x.Id).FirstOrDefault();
    }

    /// <summary>
    /// A credit code in the text names one entity. Otherwise a stall number (within the key area when one is known),
    /// narrowed by name when several stalls share it; otherwise the name alone. Anything ambiguous proposes nothing.
    /// </summary>
    private static async Task<Hit?> EntityInAsync(IQueryable<MarketEntity> entities, string text, string merchant, Guid? area,
        CancellationToken ct)
    {
        var codes = CreditCodePattern().Matches(text.ToUpperInvariant()).Select(m => m.Value).ToList();
        if (codes.Count > 0)
        {
            var byCode = await entities.Where(e => e.CreditCode != null && codes.Contains(e.CreditCode))
                .Select(e => new Hit(e.Id, e.Name, e.KeyAreaId)).Take(2).ToListAsync(ct);
            if (byCode.Count == 1) return byCode[0];
        }
        var stalls = StallNumber.KeysIn(text);
        if (stalls.Count > 0)
        {
            var q = entities.Where(e => e.StallKey != null && stalls.Contains(e.StallKey));
            if (area is { } a) q = q.Where(e => e.KeyAreaId == a);
            var byStall = await q.Select(e => new Hit(e.Id, e.Name, e.KeyAreaId)).Take(20).ToListAsync(ct);
            if (byStall.Count == 1) return byStall[0];
            var named = byStall.Where(h => Named(h.Name, text)).ToList();
            if (named.Count == 1) return named[0];
            if (byStall.Count > 1) return null;
        }
        if (merchant.Length < 2) return null;
        var byName = await entities.Where(e => e.Name == merchant || merchant.Contains(e.Name))
            .Select(e => new Hit(e.Id, e.Name, e.KeyAreaId)).Take(2).ToListAsync(ct);
        return byName.Count == 1 ? byName[0] : null;
    }

    private static bool Named(string name, string text) => text.Contains(Plain(name), StringComparison.Ordinal);

    /// <summary>Full-width letters and digits as ASCII, without spaces, so "Ａ区 12号" and "A区12号" read alike.</summary>
    private static string Plain(string? s) =>
        string.Concat((s ?? "").Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)));
}

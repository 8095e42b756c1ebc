using Dajia.Web.Domain.Cases;
using Dajia.Web.Domain.MarketEntities;
using Microsoft.EntityFrameworkCore.Query;

namespace Dajia.Web.Data;

/// <summary>
/// Keeps an entity party's words on its cases (<see cref="EnforcementCase.PartyText"/> and the tail of
/// <see cref="EnforcementCase.SearchText"/>) in step with the register: a rename of the name, credit code or stall reaches
/// every case of that entity in the same save, by one UPDATE per stored form of the old words (nearly always one), never
/// by loading the cases. Like <see cref="CaseNextDue"/> it runs inside SaveChanges so that every path that renames (the
/// page, the API, an import) keeps it; the words are derived, so the cases' versions do not move and nothing is audited.
/// </summary>
public static class CasePartyWords
{
    public sealed record Renamed(Guid EntityId, string Text);

    /// <summary>The entities this save renames, with their new words.</summary>
    public static List<Renamed> Of(DbContext db) => db.ChangeTracker.Entries<MarketEntity>()
        .Where(e => e.State == EntityState.Modified)
        .Select(e => new
        {
            e.Entity.Id,
            Was = CaseSearch.EntityText(e.Property(m => m.Name).OriginalValue, e.Property(m => m.CreditCode).OriginalValue,
                e.Property(m => m.StallNumber).OriginalValue),
            Now = CaseSearch.EntityText(e.Entity.Name, e.Entity.CreditCode, e.Entity.StallNumber),
        })
        .Where(x => x.Was != x.Now).Select(x => new Renamed(x.Id, x.Now)).ToList();

    public static async Task WriteAsync(AppDbContext db, List<Renamed> renamed, CancellationToken ct)
    {
        foreach (var r in renamed)
        {
            foreach (var old in await Cases(db, r).Select(c => c.PartyText).Distinct().ToListAsync(ct))
                await Update(db, r, old).ExecuteUpdateAsync(Set(r, old), ct);
            Follow(db, r);
        }
    }

    public static void Write(AppDbContext db, List<Renamed> renamed)
    {
        foreach (var r in renamed)
        {
            foreach (var old in Cases(db, r).Select(c => c.PartyText).Distinct().ToList()) Update(db, r, old).ExecuteUpdate(Set(r, old));
            Follow(db, r);
        }
    }

    private static IQueryable<EnforcementCase> Cases(AppDbContext db, Renamed r) => db.Unscoped<EnforcementCase>()
        .Where(c => c.MarketEntityId == r.EntityId && c.PartyKind == PartyKind.Entity && c.PartyText != r.Text);

    /// <summary>
    /// The stored text is the number's and title's tokens, then the party's (<see cref="CaseSearch.TextOf"/>), so swapping
    /// the tail is the same as rebuilding it. A text of an older stored form is left to the start's rebuild.
    /// </summary>
    private static IQueryable<EnforcementCase> Update(AppDbContext db, Renamed r, string old)
    {
        var tail = Tail(old);
        return Cases(db, r).Where(c => c.PartyText == old && c.SearchText.EndsWith(tail));
    }

    private static Action<UpdateSettersBuilder<EnforcementCase>> Set(Renamed r, string old)
    {
        var (cut, tail) = (Tail(old).Length, Tail(r.Text));
        return s => s.SetProperty(c => c.PartyText, r.Text)
            .SetProperty(c => c.SearchText, c => c.SearchText.Substring(0, c.SearchText.Length - cut) + tail);
    }

    private static string Tail(string partyText) => CaseSearch.TextOf("", "", partyText)[1..];

    /// <summary>A case the context tracks takes the stored words as unchanged, as <see cref="CaseNextDue"/> does.</summary>
    private static void Follow(AppDbContext db, Renamed r)
    {
        foreach (var e in db.ChangeTracker.Entries<EnforcementCase>()
            .Where(e => e.Entity.MarketEntityId == r.EntityId && e.Entity.PartyKind == PartyKind.Entity).ToList())
        {
            e.Entity.RefreshPartySearch(r.Text, null);
            foreach (var p in new[] { e.Property(c => c.PartyText), e.Property(c => c.SearchText) })
                (p.OriginalValue, p.IsModified) = (p.CurrentValue, false);
        }
    }
}

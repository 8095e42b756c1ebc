using System.Linq.Expressions;
using Dajia.Web.Data;
using Dajia.Web.Domain.Cases;
using Dajia.Web.Domain.Clues;
using Microsoft.EntityFrameworkCore.Query;

namespace Dajia.Web.Features.Cases;

/// <summary>
/// The list's text filter: every word of the text (split on spaces, full-width ones too) must be in the number, the
/// title or the entity party's name, credit code or stall (any case), or be a natural-person party's whole name (by its
/// blind index, <see cref="CasePartySearch"/>); a Chinese query of 2–4 characters in two parts is also tried as one name.
/// When the words have terms the full-text index can use (<see cref="CaseSearch.IndexTerms"/>; FTS5 on SQLite, a GIN
/// tsvector index on PostgreSQL) and they match at most <see cref="Few"/> of the user's cases, the list reads only those
/// and the cases whose person a word names; when they match more, the matches are dense and walking the newest cases
/// finds a page at once. Either way the same cases are returned. It filters the caller's visible cases only, so a name
/// cannot be probed outside the list's scope.
/// </summary>
public sealed class CaseTextSearch(AppDbContext db, CurrentUser user, CasePartySearch party)
{
    /// <summary>Reading more ids than this to find out costs more than the walk saves (10,001 took 150 ms on PostgreSQL).</summary>
    public const int Few = 1_000;

    /// <summary><see cref="Few"/>, lowered by tests to take the walk on a handful of cases (-1: always).</summary>
    internal int Narrow { get; init; } = Few;

    public async Task<IQueryable<EnforcementCase>> FilterAsync(IQueryable<EnforcementCase> q, string text, CancellationToken ct)
    {
        if (CaseNumbers.IsWhole(text)) return q.Where(c => c.Number == text);
        var words = CaseSearch.Words(text);
        var names = new List<string>();
        Expression<Func<EnforcementCase, bool>>? every = null;
        foreach (var word in words)
        {
            var name = party.Lookup(word) ?? "";
            names.Add(name);
            every = Combine(every, Has(word, word.ToLowerInvariant(), name), Expression.AndAlso);
        }
        if (JoinedName(text) is { } joined)
        {
            names.Add(joined);
            every = Combine(every, c => c.PartyNameLookup == joined, Expression.OrElse);
        }
        var contains = every is null ? q : q.Where(every);
        // Each word on its own: a word's first letters may be the tail of a stored word, so only what follows a Chinese
        // character in it is surely a stored word's start.
        var terms = words.SelectMany(CaseSearch.IndexTerms).Distinct().ToList();
        if (terms.Count == 0) return contains;
        var matched = db.Database.IsSqlite()
            ? db.Visible(user, db.Unscoped<EnforcementCase>().FromSqlInterpolated(
                $"SELECT c.* FROM \"CaseSearch\" f JOIN \"Cases\" c ON c.rowid = f.rowid WHERE \"CaseSearch\" MATCH {Fts5(terms)}"))
            : q.Where(c => EF.Functions.ToTsVector("simple", c.SearchText).Matches(EF.Functions.ToTsQuery("simple", TsQuery(terms))));
        var ids = await matched.Select(c => c.Id).Take(Narrow + 1).ToListAsync(ct);
        // A word that is a person's name is in no stored text: those cases join the index's by their lookup.
        return ids.Count > Narrow ? contains
            : contains.Where(c => ids.Contains(c.Id) || (c.PartyNameLookup != null && names.Contains(c.PartyNameLookup)));
    }

    private static Expression<Func<EnforcementCase, bool>> Has(string word, string lower, string name) =>
        c => c.Number.Contains(word) || c.Title.Contains(word) || c.PartyText.Contains(lower) || c.PartyNameLookup == name;

    private static Expression<Func<EnforcementCase, bool>> Combine(Expression<Func<EnforcementCase, bool>>? left,
        Expression<Func<EnforcementCase, bool>> right, Func<Expression, Expression, BinaryExpression> op) =>
        left is null ? right : Expression.Lambda<Func<EnforcementCase, bool>>(
            op(left.Body, ReplacingExpressionVisitor.Replace(right.Parameters[0], left.Parameters[0], right.Body)), left.Parameters);

    /// <summary>
    /// 王 小明 typed with one space (full-width too) is a name as well as two words: a Chinese query of 2–4 characters in two
    /// parts is also looked up whole, besides the words. Longer ones are words only, so 王小明 皮带 stays two words.
    /// </summary>
    private string? JoinedName(string text)
    {
        var parts = text.Trim().Split([' ', '\u3000']);
        if (parts.Length != 2 || parts.Any(p => p.Length == 0)) return null;
        var joined = parts[0] + parts[1];
        return joined.Length is >= 2 and <= 4 && joined.All(ClueSearch.IsCjk) ? party.Lookup(joined) : null;
    }

    private static string Fts5(IReadOnlyList<CaseSearch.Term> terms) =>
        string.Join(" AND ", terms.Select(t => "\"" + t.Text.Replace("\"", "\"\"") + "\"" + (t.Prefix ? "*" : "")));

    private static string TsQuery(IReadOnlyList<CaseSearch.Term> terms) =>
        string.Join(" & ", terms.Select(t => "'" + t.Text.Replace("'", "''").Replace("\\", "\\\\") + "'" + (t.Prefix ? ":*" : "")));
}

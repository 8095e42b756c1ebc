using Dajia.Web.Data;
using Dajia.Web.Domain.Cases;

namespace Dajia.Web.Features.Cases;

/// <summary>
/// The list's text filter: a number or title that contains the text. When the text has terms the full-text index can use
/// (<see cref="CaseSearch.IndexTerms"/>; FTS5 on SQLite, a GIN tsvector index on PostgreSQL) and they match at most
/// <see cref="Few"/> of the user's cases, the list reads only those; when they match more, the matches are dense and
/// walking the newest cases finds a page at once. Either way the same cases are returned.
/// </summary>
public sealed class CaseTextSearch(AppDbContext db, CurrentUser user)
{
    /// <summary>Reading more ids than this to find out costs more than the walk saves (10,001 took 150 ms on PostgreSQL).</summary>
    public const int Few = 1_000;

    public async Task<IQueryable<EnforcementCase>> FilterAsync(IQueryable<EnforcementCase> q, string text, CancellationToken ct)
    {
        if (CaseNumbers.IsWhole(text)) return q.Where(c => c.Number == text);
        var contains = q.Where(c => c.Number.Contains(text) || c.Title.Contains(text));
        var terms = CaseSearch.IndexTerms(text);
        if (terms.Count == 0) return contains;
        var matched = db.Database.IsSqlite()
            ? db.Visible(user, db.Unscoped<EnforcementCase>().FromSqlInterpolated(
                $"SELECT c.* FROM \"CaseSearch\" f JOIN \"Cases\" c ON c.rowid = f.rowid WHERE \"CaseSearch\" MATCH {Fts5(terms)}"))
            : q.Where(c => EF.Functions.ToTsVector("simple", c.SearchText).Matches(EF.Functions.ToTsQuery("simple", TsQuery(terms))));
        var ids = await matched.Select(c => c.Id).Take(Few + 1).ToListAsync(ct);
        return ids.Count > Few ? contains : contains.Where(c => ids.Contains(c.Id));
    }

    private static string Fts5(IReadOnlyList<CaseSearch.Term> terms) =>
        string.Join(" AND ", terms.Select(t => "\"" + t.Text.Replace("\"", "\"\"") + "\"" + (t.Prefix ? "*" : "")));

    private static string TsQuery(IReadOnlyList<CaseSearch.Term> terms) =>
        string.Join(" & ", terms.Select(t => "'" + t.Text.Replace("'", "''").Replace("\\", "\\\\") + "'" + (t.Prefix ? ":*" : "")));
}

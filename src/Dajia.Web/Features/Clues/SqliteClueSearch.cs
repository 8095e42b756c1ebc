using Dajia.Web.Data;

namespace Dajia.Web.Features.Clues;

/// <summary>
/// The common case — a search with no other filter — on SQLite, done the way FTS5 is fast: walk the index newest
/// first (rowid order is arrival order) and stop after one page, and count at most <see cref="CountCap"/> hits.
/// The same scoping as <see cref="ClueService.Visible()"/>: the user's jurisdiction subtree, and for a liaison only
/// the clues assigned to their unit, as lead or co-operating unit.
/// </summary>
public static class SqliteClueSearch
{
    public const int CountCap = 10_000;

    public static async Task<(List<Guid> Ids, int Total, bool Capped)> PageAsync(
        AppDbContext db, CurrentUser user, string match, int skip, int take, CancellationToken ct)
    {
        var path = user.JurisdictionPath + "%";
        // Guids are stored as upper-case text by the SQLite provider; compare text with text.
        var unit = user.IsOffice || user.IsLeader ? null : (user.UnitId ?? Guid.Empty).ToString().ToUpperInvariant();
        var ids = await db.Database.SqlQuery<Guid>($"""
            SELECT c."Id" AS "Value" FROM "ClueSearch" f JOIN "Clues" c ON c.rowid = f.rowid
            WHERE "ClueSearch" MATCH {match}
              AND c."JurisdictionId" IN (SELECT "Id" FROM "Jurisdictions" WHERE "Path" LIKE {path})
              AND ({unit} IS NULL OR c."AssignedUnitId" = {unit}
                OR EXISTS (SELECT 1 FROM "ClueCoUnits" u WHERE u."ClueId" = c."Id" AND u."UnitId" = {unit}))
            ORDER BY f.rowid DESC LIMIT {take} OFFSET {skip}
            """).ToListAsync(ct);
        var total = await db.Database.SqlQuery<int>($"""
            SELECT COUNT(*) AS "Value" FROM (SELECT 1 FROM "ClueSearch" f JOIN "Clues" c ON c.rowid = f.rowid
            WHERE "ClueSearch" MATCH {match}
              AND c."JurisdictionId" IN (SELECT "Id" FROM "Jurisdictions" WHERE "Path" LIKE {path})
              AND ({unit} IS NULL OR c."AssignedUnitId" = {unit}
                OR EXISTS (SELECT 1 FROM "ClueCoUnits" u WHERE u."ClueId" = c."Id" AND u."UnitId" = {unit}))
            LIMIT {CountCap + 1})
            """).SingleAsync(ct);
        return (ids, Math.Min(total, CountCap), total > CountCap);
    }
}

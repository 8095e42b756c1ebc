namespace Dajia.Web.Data;

/// <summary>
/// History lines are numbered per owner (a clue's, a case's). A bug since fixed numbered a clue's next line from 1 again
/// when its lines were not loaded, so an old database may hold two lines with one number, which the unique
/// (owner, Sequence) index refuses. Before the index is created the migration renumbers each such owner's lines 1…n by
/// (At, Id), in SQL that SQLite and PostgreSQL both run; owners without a repeated number are left as they are.
/// </summary>
public static class EventSequences
{
    public static string Renumber(string table, string owner) => $"""
        UPDATE "{table}" SET "Sequence" = (SELECT COUNT(*) FROM "{table}" o WHERE o."{owner}" = "{table}"."{owner}"
            AND (o."At" < "{table}"."At" OR (o."At" = "{table}"."At" AND o."Id" <= "{table}"."Id")))
        WHERE "{owner}" IN (SELECT "{owner}" FROM "{table}" GROUP BY "{owner}", "Sequence" HAVING COUNT(*) > 1)
        """;
}

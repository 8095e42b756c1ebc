using System.Data.Common;
using Dajia.Web.Data;
using Dajia.Web.Domain.Cases;
using Dajia.Web.Domain.Clues;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Clones the cases, the clue and their open clocks that the API made, in SQL, so every other column is as the app
/// writes it. Cases are 30 minutes apart (100,000 span 5.7 years): the newest 2,000 are open, of the older ones one
/// in 37 is still under investigation (its decision clock long past due) and the rest closed with their clocks met.
/// Clues are 3 minutes apart and all but the newest 500 closed.
/// </summary>
internal sealed class CaseBenchSeed(AppDbContext db, bool pg)
{
    private const int RecentCases = 2_000;

    public async Task RunAsync(int cases, int clues)
    {
        var clue = await db.Set<Clue>().Select(c => c.Id).SingleAsync();
        await InsertAsync("Clues", clues, $"t.\"Id\" = {Id(clue)}", new()
        {
            ["Number"] = Pad("XS-B-", 7), ["TrackingCode"] = Pad("B", 10), ["ReceivedAt"] = ShiftTicks("ReceivedAt", 180),
            ["Status"] = $"CASE WHEN s.n > 500 THEN 'Closed' ELSE t.\"Status\" END",
        });
        await ClocksAsync("Clues", "ReceivedAt", "XS-B-%", $"t.\"Id\" = {Id(clue)}", "Clue", "c.\"Status\" = 'Closed'");

        var templates = await db.Set<EnforcementCase>().OrderBy(c => c.Number).Select(c => c.Id).ToListAsync();
        var pick = $"t.\"Id\" = CASE s.n % {templates.Count} "
            + string.Concat(templates.Select((id, i) => $"WHEN {i} THEN {Id(id)} ")) + "END";
        var titles = await db.Set<EnforcementCase>().Select(c => c.Title).Distinct().ToListAsync();
        if (titles is not [var title]) throw new InvalidOperationException("the template cases must share one title");
        var types = Enum.GetNames<ViolationType>();
        await InsertAsync("Cases", cases, pick, new()
        {
            ["Number"] = Pad("AJ-1999-", 7), ["Title"] = "t.\"Title\" || s.n", ["OpenedAt"] = ShiftTicks("OpenedAt", 1800),
            ["OpenedOn"] = ShiftDate("OpenedOn", 1800),
            // As CaseSearch.TextOf(number, title) stores it: " aj 1999 <n padded> <the title's pairs> <n> ".
            ["SearchText"] = $"' aj 1999 ' || {Pad("", 7)} || '{CaseSearch.TextOf("", title)}' || s.n || ' '",
            ["Status"] = $"CASE WHEN s.n <= {RecentCases} THEN (CASE s.n % 3 WHEN 0 THEN 'Paused' WHEN 1 THEN 'Decided' "
                + "ELSE 'Investigating' END) WHEN s.n % 37 = 0 THEN 'Investigating' ELSE 'Closed' END",
            ["ViolationType"] = $"CASE s.n % {types.Length} "
                + string.Concat(types.Select((n, i) => $"WHEN {i} THEN '{n}' ")) + "END",
        });
        var template = $"t.\"Id\" IN ({string.Join(",", templates.Select(Id))}) AND t.\"HandlingUnitId\" = c.\"HandlingUnitId\"";
        await ClocksAsync("Cases", "OpenedAt", "AJ-1999-%", template, "Case", "c.\"Status\" = 'Closed'");
        // The clones' clocks were written in SQL, past SaveChanges: their cases get NextDueAt as the start-up upgrade gives it.
        await CaseNextDue.WriteAsync(db, db.Set<EnforcementCase>(), default);
        await ExecAsync("ANALYZE");
    }

    /// <summary>INSERT INTO table SELECT (template row with overrides) FOR n IN 1..count.</summary>
    internal async Task InsertAsync(string table, int count, string template, Dictionary<string, string> overrides)
    {
        overrides["Id"] = NewId;
        var columns = await ColumnsAsync(table);
        var values = columns.Select(c => overrides.TryGetValue(c, out var e) ? e : $"t.\"{c}\"");
        var series = pg ? $"generate_series(1, {count}) AS s(n)" : "s";
        var with = pg ? "" : $"WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < {count}) ";
        await ExecAsync($"INSERT INTO \"{table}\" ({string.Join(",", columns.Select(c => $"\"{c}\""))}) {with}"
            + $"SELECT {string.Join(",", values)} FROM {series} JOIN \"{table}\" t ON {template}");
    }

    /// <summary>Each clone gets its template's open clocks, moved by as much as the clone's start moved; met when closed.</summary>
    private async Task ClocksAsync(string table, string at, string like, string template, string subject, string met)
    {
        var shift = $"(t.\"{at}\" - c.\"{at}\")";
        var days = pg ? $"(extract(epoch from {shift}) / 86400)::int" : $"({shift} / 864000000000)";
        string Date(string col) => pg ? $"d.\"{col}\" - {days}" : $"date(d.\"{col}\", '-' || {days} || ' days')";
        var overrides = new Dictionary<string, string>
        {
            ["Id"] = NewId, ["SubjectId"] = "c.\"Id\"", ["StartedAt"] = $"d.\"StartedAt\" - {shift}", ["DueAt"] = $"d.\"DueAt\" - {shift}",
            ["StartedOn"] = Date("StartedOn"), ["DueOn"] = Date("DueOn"),
            ["MetAt"] = $"CASE WHEN {met} THEN d.\"DueAt\" - {shift} ELSE NULL END",
        };
        var columns = await ColumnsAsync("Deadlines");
        var values = columns.Select(c => overrides.TryGetValue(c, out var e) ? e : $"d.\"{c}\"");
        await ExecAsync($"INSERT INTO \"Deadlines\" ({string.Join(",", columns.Select(c => $"\"{c}\""))}) "
            + $"SELECT {string.Join(",", values)} FROM \"{table}\" c JOIN \"{table}\" t ON {template} "
            + $"JOIN \"Deadlines\" d ON d.\"SubjectId\" = t.\"Id\" AND d.\"SubjectType\" = '{subject}' "
            + $"AND d.\"MetAt\" IS NULL AND d.\"EndedAt\" IS NULL WHERE c.\"Number\" LIKE '{like}'");
    }

    internal string NewId => pg ? "gen_random_uuid()"
        : "upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' "
            + "|| hex(randomblob(6)))";

    internal string Id(Guid id) => pg ? $"'{id}'::uuid" : $"'{id.ToString().ToUpperInvariant()}'";

    internal string Pad(string prefix, int width) =>
        pg ? $"'{prefix}' || lpad(s.n::text, {width}, '0')" : $"printf('{prefix}%0{width}d', s.n)";

    internal string ShiftTicks(string col, int seconds) =>
        pg ? $"t.\"{col}\" - s.n * interval '{seconds} seconds'" : $"t.\"{col}\" - s.n * {seconds}0000000";

    internal string ShiftDate(string col, int seconds) =>
        pg ? $"t.\"{col}\" - (s.n * {seconds} / 86400)" : $"date(t.\"{col}\", '-' || (s.n * {seconds} / 86400) || ' days')";

    internal async Task<List<string>> ColumnsAsync(string table)
    {
        var sql = pg
            ? $"SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '{table}' "
                + "ORDER BY ordinal_position"
            : $"SELECT name FROM pragma_table_info('{table}')";
        var conn = db.Database.GetDbConnection();
        if (conn.State != System.Data.ConnectionState.Open) await conn.OpenAsync();
        await using DbCommand cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        var list = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) list.Add(reader.GetString(0));
        return list;
    }

    internal async Task ExecAsync(string sql) => await db.Database.ExecuteSqlRawAsync(sql);
}

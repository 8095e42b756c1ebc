using Microsoft.Data.Sqlite;
using Npgsql;

namespace Dajia.Tests.Infrastructure;

/// <summary>
/// One database per provider and test run, migrated and seeded by the app itself at its first start; every factory then
/// starts from a copy of it. Migrating and seeding afresh cost each test class 2–3 s on the 2-core box, over 160 classes.
/// The copy holds no Data Protection key, so each factory's key ring is its own, under its own key file, as on a fresh
/// database. The app still migrates and seeds at its start: it finds nothing to do.
/// </summary>
public static class DatabaseTemplates
{
    private static readonly Lazy<string> SqliteFile = new(MakeSqlite);
    private static readonly Lazy<string> PostgresDatabase = new(MakePostgres);

    /// <summary>The template SQLite file, made on first use.</summary>
    public static string Sqlite => SqliteFile.Value;

    /// <summary>The template PostgreSQL database's name, made on first use.</summary>
    public static string Postgres => PostgresDatabase.Value;

    private static string MakeSqlite()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dajia-template-{Guid.NewGuid():N}.db");
        Run(async () =>
        {
            await using var app = new SqliteFactory(fromTemplate: false);
            using (app.CreateClient()) { }
            // A consistent copy in one file while the app holds the database open (no -wal beside it).
            await using var source = new SqliteConnection(app.ConnectionStringForTests);
            await source.OpenAsync();
            await Exec(source, $"VACUUM INTO '{path}'");
        });
        Run(async () =>
        {
            await using var copy = new SqliteConnection($"Data Source={path};Pooling=False");
            await copy.OpenAsync();
            await Exec(copy, "DELETE FROM \"DataProtectionKeys\"");
        });
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return path;
    }

    private static string MakePostgres()
    {
        var name = $"dajia_template_{Guid.NewGuid():N}";
        Run(async () =>
        {
            await using (var app = PostgresFactory.Template(name)) using (app.CreateClient()) { }
            // The template is copied only while nobody is connected to it.
            NpgsqlConnection.ClearAllPools();
            await using var db = new NpgsqlConnection(PostgresFactory.ConnectionTo(name) + ";Pooling=false");
            await db.OpenAsync();
            await Exec(db, "DELETE FROM \"DataProtectionKeys\"");
        });
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Run(() => PostgresFactory.DropAsync(name));
        return name;
    }

    /// <summary>Off xunit's synchronisation context: a factory starts its host from a synchronous call.</summary>
    private static void Run(Func<Task> work) => Task.Run(work).GetAwaiter().GetResult();

    private static async Task Exec(System.Data.Common.DbConnection connection, string sql)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }
}

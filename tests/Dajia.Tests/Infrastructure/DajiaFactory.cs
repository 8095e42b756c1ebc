using Dajia.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Dajia.Tests.Infrastructure;

/// <summary>
/// The real app on a real database of its own: a temp SQLite file, or a fresh database on the PostgreSQL server
/// named by DAJIA_TEST_PG (scripts/test.sh starts a throwaway one).
/// </summary>
public abstract class DajiaFactory : WebApplicationFactory<Program>
{
    /// <summary>Where <see cref="Clock"/> stands when a test starts.</summary>
    public static readonly DateTimeOffset Start = new(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);

    public TestClock Clock { get; } = new(Start);

    /// <summary>
    /// Puts <see cref="Clock"/> back at <see cref="Start"/> and returns this factory: the Sqlite and Postgres collections
    /// share one factory each (<see cref="SqliteCollection"/>), and xunit makes a test class's instance per test, so each
    /// one-line subclass calls this from its constructor and no test inherits the instant an earlier one left.
    /// </summary>
    public DajiaFactory WithClockReset()
    {
        Clock.Now = Start;
        return this;
    }

    public abstract DatabaseProvider Provider { get; }

    /// <summary>Uploads go to a folder of the test's own, never into the source tree.</summary>
    public string FileStore { get; } = Path.Combine(Path.GetTempPath(), $"dajia-files-{Guid.NewGuid():N}");

    /// <summary>The key-encryption key of this app's key ring: a file of the factory's own, as an operator keeps one.</summary>
    public string KeyFile { get; }

    protected DajiaFactory(string? keyFile = null) => KeyFile = keyFile ?? NewKeyFile();

    public static string NewKeyFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dajia-kek-{Guid.NewGuid():N}.kek");
        Dajia.Web.Infrastructure.Keys.KeyEncryptionKey.CreateFile(path);
        return path;
    }

    protected abstract string ConnectionString { get; }

    protected virtual bool Demo => false;

    protected virtual int PublicRequestsPerMinute => 100_000;

    /// <summary>Off but where a test is about it (WarmUpTests): it would only add work at each factory's start.</summary>
    protected virtual bool WarmUp => false;

    /// <summary>Starts from a copy of <see cref="DatabaseTemplates"/>; false for the template itself.</summary>
    protected virtual bool FromTemplate => true;

    /// <summary>Puts the template's copy where the app will find it, before the app starts.</summary>
    protected abstract void CopyTemplate();

    private bool _copied;

    // Once per factory: WithWebHostBuilder's apps start through here again, on the same database.
    protected override IHost CreateHost(IHostBuilder builder)
    {
        if (FromTemplate && !_copied) CopyTemplate();
        _copied = true;
        return base.CreateHost(builder);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Dajia", ConnectionString);
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Dajia:FileStore", FileStore);
        builder.UseSetting("Dajia:Keys:File", KeyFile);
        builder.UseSetting("Dajia:PublicRequestsPerMinute", PublicRequestsPerMinute.ToString());
        // Every test client comes from the same address; the sign-in limits have tests of their own (SignInLimitTests).
        builder.UseSetting("Dajia:Auth:SignInsPerMinute", "100000");
        builder.UseSetting("Dajia:Demo", Demo ? "true" : "false");
        builder.UseSetting("Dajia:WarmUp", WarmUp ? "true" : "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "None");
        builder.ConfigureTestServices(s =>
        {
            s.AddSingleton<TimeProvider>(Clock);
            // Hashing is not under test here; the default 100,000 rounds would make each test user cost ~70 ms.
            s.Configure<PasswordHasherOptions>(o => o.IterationCount = 1000);
        });
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}

public class SqliteFactory : DajiaFactory
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"dajia-test-{Guid.NewGuid():N}.db");
    private readonly bool _fromTemplate;

    public SqliteFactory() : this(fromTemplate: true) { }

    internal SqliteFactory(bool fromTemplate) => _fromTemplate = fromTemplate;

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override string ConnectionString => $"Data Source={_file}";

    internal string ConnectionStringForTests => ConnectionString;

    protected override bool FromTemplate => _fromTemplate;

    protected override void CopyTemplate() => File.Copy(DatabaseTemplates.Sqlite, _file);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm", KeyFile }) File.Delete(f);
        if (Directory.Exists(FileStore)) Directory.Delete(FileStore, recursive: true);
        GC.SuppressFinalize(this);
    }
}

public class PostgresFactory : DajiaFactory
{
    private readonly string _database;
    private readonly bool _ownsDatabase;
    private readonly bool _isTemplate;

    public PostgresFactory() : this($"dajia_test_{Guid.NewGuid():N}", ownsDatabase: true) { }

    private PostgresFactory(string database, bool ownsDatabase, string? keyFile = null, bool isTemplate = false) : base(keyFile) =>
        (_database, _ownsDatabase, _isTemplate) = (database, ownsDatabase, isTemplate);

    /// <summary>Another app instance on the same database (and key file), as a city runs several behind a load balancer.</summary>
    public PostgresFactory SecondInstance() => new(_database, ownsDatabase: false, KeyFile);

    /// <summary>The app that makes <see cref="DatabaseTemplates.Postgres"/>: it keeps its database when disposed.</summary>
    internal static PostgresFactory Template(string database) => new(database, ownsDatabase: false, isTemplate: true);

    protected override bool FromTemplate => _ownsDatabase;

    protected override void CopyTemplate()
    {
        var template = DatabaseTemplates.Postgres;
        using var conn = new NpgsqlConnection(ConnectionTo("postgres"));
        conn.Open();
        using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{_database}\" TEMPLATE \"{template}\"", conn);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                cmd.ExecuteNonQuery();
                return;
            }
            // Two copies made at the same instant: PostgreSQL refuses one while the other reads the template.
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 50)
            {
                Thread.Sleep(100);
            }
        }
    }

    internal static string ConnectionTo(string database) =>
        new NpgsqlConnectionStringBuilder(ServerConnection) { Database = database }.ToString();

    internal static async Task DropAsync(string database)
    {
        await using var conn = new NpgsqlConnection(ConnectionTo("postgres"));
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public static string ServerConnection => Environment.GetEnvironmentVariable("DAJIA_TEST_PG") is { Length: > 0 } cs
        ? cs
        : throw new InvalidOperationException(
            "DAJIA_TEST_PG is not set. Run the tests with scripts/test.sh, which starts a throwaway PostgreSQL server.");

    protected override string ConnectionString => ConnectionTo(_database);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(FileStore)) Directory.Delete(FileStore, recursive: true);
        GC.SuppressFinalize(this);
        if (_isTemplate) File.Delete(KeyFile);
        if (!_ownsDatabase) return;
        File.Delete(KeyFile);
        NpgsqlConnection.ClearAllPools();
        await DropAsync(_database);
    }
}

using Microsoft.Data.Sqlite;

namespace Dajia.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public sealed record DatabaseInfo(DatabaseProvider Provider, bool MigrateOnStart);

public static class DatabaseSetup
{
    public static IServiceCollection AddDajiaDatabase(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var providerText = config["Database:Provider"] ?? nameof(DatabaseProvider.Sqlite);
        if (!Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var provider))
            throw new InvalidOperationException($"Database:Provider must be Sqlite or Postgres, not '{providerText}'.");
        var connectionString = config.GetConnectionString("Dajia");
        // The embedded default migrates itself; a server database is migrated by `migrate` unless told otherwise.
        var migrateOnStart = config.GetValue("Database:MigrateOnStart", provider == DatabaseProvider.Sqlite);
        services.AddSingleton(new DatabaseInfo(provider, migrateOnStart));
        services.AddSingleton<AuditInterceptor>();

        if (provider == DatabaseProvider.Sqlite)
        {
            var cs = SqliteConnectionString(connectionString, env.ContentRootPath);
            // Interceptors are singletons: a new instance per context would make EF build its internal services anew each time.
            var pragmas = new SqlitePragmas();
            services.AddDbContextPool<AppDbContext, SqliteAppDbContext>((sp, o) =>
                Common(o.UseSqlite(cs).AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), pragmas)));
        }
        else
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Dajia is empty.");
            services.AddDbContextPool<AppDbContext, PostgresAppDbContext>((sp, o) =>
                Common(o.UseNpgsql(connectionString).AddInterceptors(sp.GetRequiredService<AuditInterceptor>())));
        }
        return services;
    }

    // Counting "at most 10,000" is a Take without an order on purpose: any 10,001 rows will do, and ordering them first
    // would make the database sort every match.
    private static DbContextOptionsBuilder Common(DbContextOptionsBuilder o) =>
        o.ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.RowLimitingOperationWithoutOrderByWarning));

    /// <summary>Resolves a relative file against the content root and makes sure its folder exists.</summary>
    private static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(configured ?? "Data Source=data/dajia.db");
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        if (Path.GetDirectoryName(builder.DataSource) is { Length: > 0 } dir) Directory.CreateDirectory(dir);
        builder.ForeignKeys = true;
        return builder.ToString();
    }

    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers work while one writer commits; the mode is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }
}

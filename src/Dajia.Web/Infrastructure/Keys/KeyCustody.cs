using Dajia.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Data.Sqlite;

namespace Dajia.Web.Infrastructure.Keys;

/// <summary>
/// Data Protection keys (they encrypt informants' identities and sign sessions and tokens) live in the database so
/// that several instances share them, each wrapped with a key-encryption key kept in a file outside the database: a
/// copy of the database alone decrypts nothing.
/// </summary>
public static class KeyCustody
{
    public const string FileSetting = "Dajia:Keys:File";
    public const string PreviousFileSetting = "Dajia:Keys:PreviousFile";

    private const string Missing =
        "No key-encryption key is configured: set Dajia:Keys:File to a file of 32 random bytes in base64 (create one with "
        + "`head -c 32 /dev/urandom | base64 > dajia.kek && chmod 600 dajia.kek`), kept outside the database and its backups. "
        + "Only Development creates one by itself. See docs/configuration.md.";

    public static IServiceCollection AddDajiaDataProtection(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        // Read (or, in Development, made) when first needed; Startup asks for it first, so a missing key stops the start.
        services.AddSingleton(sp => Load(config, env, sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(KeyCustody))));
        services.AddDataProtection().SetApplicationName("Dajia").PersistKeysToDbContext<AppDbContext>();
        // Without a key-encryption key this throws, so no key is ever written in clear.
        services.AddOptions<KeyManagementOptions>()
            .Configure<KeyEncryptionKeys>((o, keys) => o.XmlEncryptor = new AesGcmXmlEncryptor(keys));
        return services;
    }

    private static KeyEncryptionKeys Load(IConfiguration config, IHostEnvironment env, ILogger log)
    {
        try
        {
            var path = config[FileSetting] is { Length: > 0 } configured ? Path.GetFullPath(configured, env.ContentRootPath) : null;
            if (path is null)
            {
                if (!env.IsDevelopment()) throw new InvalidOperationException(Missing);
                path = DevelopmentFile(config, env);
                if (!File.Exists(path))
                {
                    KeyEncryptionKey.CreateFile(path);
                    log.LogWarning("Created the key-encryption key {Path} for Development. Back it up apart from the database; "
                        + "without it the database's encrypted data cannot be read.", path);
                }
            }
            var previous = config[PreviousFileSetting] is { Length: > 0 } old
                ? [KeyEncryptionKey.Read(Path.GetFullPath(old, env.ContentRootPath))]
                : Array.Empty<KeyEncryptionKey>();
            return new KeyEncryptionKeys(KeyEncryptionKey.Read(path), previous);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            log.LogCritical("{Message}", e.Message);
            throw;
        }
    }

    /// <summary>keys/dajia.kek beside the SQLite database (src/Dajia.Web/data with `dotnet run`), else in data/ under the content
    /// root.</summary>
    private static string DevelopmentFile(IConfiguration config, IHostEnvironment env)
    {
        var dataFolder = Path.Combine(env.ContentRootPath, "data");
        var sqlite = !string.Equals(config["Database:Provider"], nameof(DatabaseProvider.Postgres), StringComparison.OrdinalIgnoreCase);
        if (sqlite && new SqliteConnectionStringBuilder(config.GetConnectionString("Dajia") ?? "Data Source=data/dajia.db").DataSource is
            { Length: > 0 } file && file != ":memory:")
            dataFolder = Path.GetDirectoryName(Path.GetFullPath(file, env.ContentRootPath))!;
        return Path.Combine(dataFolder, "keys", "dajia.kek");
    }
}

using System.Xml.Linq;
using Dajia.Web.Data;
using Dajia.Web.Infrastructure.Keys;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Dajia.Tests.Keys;

/// <summary>What someone holding a copy of the database has: the key ring's rows and an informant's encrypted row.</summary>
public sealed record DatabaseCopy(IReadOnlyList<string> KeyXml, string NameCipher, string MobileCipher, string IdNumberCipher)
{
    private const string Select = """
        SELECT i."NameCipher", i."MobileCipher", i."IdNumberCipher" FROM "Informants" i JOIN "Clues" c ON c."InformantId" = i."Id"
        WHERE c."TrackingCode" = @code
        """;

    /// <summary>SQLite: an online backup of the file, as `sqlite3 dajia.db ".backup x.db"` makes. PostgreSQL: the rows.</summary>
    public static async Task<DatabaseCopy> TakeAsync(DajiaFactory app, string trackingCode)
    {
        var cs = await app.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<AppDbContext>().Database.GetConnectionString()!));
        if (app.Provider == DatabaseProvider.Postgres)
        {
            await using var pg = new NpgsqlConnection(cs);
            await pg.OpenAsync();
            return await ReadAsync(pg, trackingCode);
        }
        var file = Path.Combine(Path.GetTempPath(), $"dajia-copy-{Guid.NewGuid():N}.db");
        try
        {
            await using (var live = new SqliteConnection(cs))
            await using (var copy = new SqliteConnection($"Data Source={file};Pooling=false"))
            {
                await live.OpenAsync();
                live.BackupDatabase(copy);
            }
            await using var stolen = new SqliteConnection($"Data Source={file};Pooling=false");
            await stolen.OpenAsync();
            return await ReadAsync(stolen, trackingCode);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<DatabaseCopy> ReadAsync(System.Data.Common.DbConnection db, string trackingCode)
    {
        var keys = new List<string>();
        await using (var cmd = db.CreateCommand())
        {
            cmd.CommandText = """SELECT "Xml" FROM "DataProtectionKeys" """;
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync()) keys.Add(r.GetString(0));
        }
        await using var informant = db.CreateCommand();
        informant.CommandText = Select;
        var p = informant.CreateParameter();
        (p.ParameterName, p.Value) = ("code", trackingCode);
        informant.Parameters.Add(p);
        await using var row = await informant.ExecuteReaderAsync();
        Assert.True(await row.ReadAsync());
        return new DatabaseCopy(keys, row.GetString(0), row.GetString(1), row.GetString(2));
    }

    /// <summary>Data Protection as the app sets it up, over the copied key rows, with the given key-encryption key file or none.</summary>
    public IDataProtectionProvider Provider(string? keyFile)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDataProtection().SetApplicationName("Dajia").AddKeyManagementOptions(o =>
        {
            o.XmlRepository = new Copied(KeyXml);
            o.AutoGenerateKeys = false;
        });
        if (keyFile is not null) services.AddSingleton(new KeyEncryptionKeys(KeyEncryptionKey.Read(keyFile), []));
        return services.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>();
    }

    /// <summary>The user a bearer token names, read the way the bearer handler reads it; null when it cannot be read.</summary>
    public static string? BearerUser(IDataProtectionProvider provider, string token) =>
        new TicketDataFormat(
            provider.CreateProtector("Microsoft.AspNetCore.Authentication.BearerToken", IdentityConstants.BearerScheme, "BearerToken"))
            .Unprotect(token)?.Principal.Identity?.Name;

    private sealed class Copied(IReadOnlyList<string> xml) : IXmlRepository
    {
        public IReadOnlyCollection<XElement> GetAllElements() => xml.Select(x => XElement.Parse(x)).ToList();

        public void StoreElement(XElement element, string friendlyName) => throw new NotSupportedException("a copy is read only");
    }
}

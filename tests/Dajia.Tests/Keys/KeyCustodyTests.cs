using System.Net.Http.Json;
using System.Security.Cryptography;
using Dajia.Web.Data;
using Dajia.Web.Features.Clues;
using Dajia.Web.Infrastructure.Keys;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Keys;

/// <summary>The key ring sits in the database wrapped with a key-encryption key that does not.</summary>
public abstract class KeyCustodyTests(DajiaFactory app)
{
    private const string Name = "王秘密";
    private const string Mobile = "13912345678";
    private const string IdNumber = "11010519491231002X";

    private static object Report(World w, string text) => new
    {
        kind = "Report", category = "FakeBrand", description = $"{text} {w.Tag}", anonymous = false,
        informantName = Name, informantMobile = Mobile, informantIdNumber = IdNumber, jurisdictionId = w.Town.Id,
    };

    private async Task<string> TokenAsync(World w) =>
        (await (await app.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = w.Admin, password = World.Password })).JsonAsync())
        .GetProperty("accessToken").GetString()!;

    [Fact]
    public async Task A_copy_of_the_database_without_the_key_file_reveals_no_informant_and_mints_no_token()
    {
        var w = await World.CreateAsync(app);
        var (code, _) = await app.CreateClient().ReportAsync(Report(w, "数据库副本"));
        var token = await TokenAsync(w);

        var copy = await DatabaseCopy.TakeAsync(app, code);
        Assert.NotEmpty(copy.KeyXml);
        Assert.All(copy.KeyXml, x => Assert.DoesNotContain("masterKey", x));
        Assert.DoesNotContain(Name, copy.NameCipher);

        var otherKeyFile = DajiaFactory.NewKeyFile();
        try
        {
            foreach (var thief in new[] { copy.Provider(keyFile: null), copy.Provider(otherKeyFile) })
            {
                var identity = thief.CreateProtector(ClueIntakeService.IdentityPurpose);
                Assert.ThrowsAny<CryptographicException>(() => identity.Unprotect(copy.NameCipher));
                Assert.ThrowsAny<CryptographicException>(() => identity.Unprotect(copy.MobileCipher));
                Assert.ThrowsAny<CryptographicException>(() => identity.Unprotect(copy.IdNumberCipher));
                Assert.Null(DatabaseCopy.BearerUser(thief, token));
            }
        }
        finally
        {
            File.Delete(otherKeyFile);
        }

        // The same copy with the key file is the office's restore: everything reads.
        var office = copy.Provider(app.KeyFile);
        var protector = office.CreateProtector(ClueIntakeService.IdentityPurpose);
        Assert.Equal((Name, Mobile, IdNumber), (protector.Unprotect(copy.NameCipher), protector.Unprotect(copy.MobileCipher), protector.Unprotect(copy.IdNumberCipher)));
        Assert.Equal(w.Admin, DatabaseCopy.BearerUser(office, token));
    }

    [Fact]
    public async Task Informant_identities_written_under_an_older_key_stay_readable_after_a_new_key_takes_over()
    {
        var w = await World.CreateAsync(app);
        var (before, _) = await app.CreateClient().ReportAsync(Report(w, "换钥之前"));
        var now = DateTimeOffset.UtcNow;
        app.Services.GetRequiredService<IKeyManager>().CreateNewKey(now, now.AddDays(90));
        // A running instance takes the new key up at its next refresh of the ring; an instance starting now, at once.
        await using var next = app.WithWebHostBuilder(_ => { });
        var (after, _) = await next.CreateClient().ReportAsync(Report(w, "换钥之后"));

        var (oldCopy, newCopy) = (await DatabaseCopy.TakeAsync(app, before), await DatabaseCopy.TakeAsync(app, after));
        Assert.NotEqual(KeyIdOf(oldCopy.NameCipher), KeyIdOf(newCopy.NameCipher));
        Assert.All(newCopy.KeyXml, x => Assert.DoesNotContain("masterKey", x));
        var staff = await w.ClientFor(w.Admin);
        foreach (var code in new[] { before, after })
        {
            var id = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Clues.Where(c => c.TrackingCode == code).Select(c => c.Id).SingleAsync());
            var identity = await (await staff.PostAsJsonAsync($"/api/clues/{id}/identity", new { reason = "核实举报细节需电话联系" })).JsonAsync();
            Assert.Equal((Name, Mobile, IdNumber),
                (identity.GetProperty("name").GetString(), identity.GetProperty("mobile").GetString(), identity.GetProperty("idNumber").GetString()));
        }
    }

    [Fact]
    public async Task Keys_an_older_version_stored_in_clear_are_wrapped_at_start_and_what_they_protected_still_reads()
    {
        await using var fresh = FreshApp();
        // An installation from before key-encryption keys: Data Protection with no encryptor writes its key in clear.
        var legacyXml = new List<string>();
        var legacy = new ServiceCollection().AddLogging();
        legacy.AddDataProtection().SetApplicationName("Dajia").AddKeyManagementOptions(o => o.XmlRepository = new ListRepository(legacyXml));
        var oldCipher = legacy.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>()
            .CreateProtector(ClueIntakeService.IdentityPurpose).Protect(Name);
        Assert.Contains("masterKey", Assert.Single(legacyXml));
        await fresh.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            db.DataProtectionKeys.Add(new() { FriendlyName = "legacy", Xml = legacyXml[0] });
            await db.SaveChangesAsync();
            return 0;
        });

        // The next start (here: the same start-up step on the running app) wraps it and makes a new key for new data.
        await fresh.InScopeAsync(async sp => { await KeyRingUpgrade.RunAsync(sp); return 0; });

        var rows = await fresh.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().DataProtectionKeys.Select(k => k.Xml!).ToListAsync());
        Assert.True(rows.Count >= 2);
        Assert.All(rows, x => Assert.DoesNotContain("masterKey", x));
        var fromApp = fresh.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(ClueIntakeService.IdentityPurpose);
        Assert.Equal(Name, fromApp.Unprotect(oldCipher));
        Assert.NotEqual(KeyIdOf(oldCipher), KeyIdOf(fromApp.Protect(Name)));
    }

    [Fact]
    public async Task A_new_key_file_with_the_old_one_as_previous_rewraps_the_ring_and_then_the_old_file_is_not_needed()
    {
        await using var fresh = FreshApp();
        var w = await World.CreateAsync(fresh);
        var (code, _) = await fresh.CreateClient().ReportAsync(Report(w, "更换密钥文件"));
        var newKeyFile = DajiaFactory.NewKeyFile();
        try
        {
            await using (var rotated = fresh.WithWebHostBuilder(b =>
                   b.UseSetting(KeyCustody.FileSetting, newKeyFile).UseSetting(KeyCustody.PreviousFileSetting, fresh.KeyFile)))
                rotated.CreateClient(); // starts it: the start rewraps

            var copy = await DatabaseCopy.TakeAsync(fresh, code);
            Assert.Equal(Name, copy.Provider(newKeyFile).CreateProtector(ClueIntakeService.IdentityPurpose).Unprotect(copy.NameCipher));
            Assert.ThrowsAny<CryptographicException>(() => copy.Provider(fresh.KeyFile).CreateProtector(ClueIntakeService.IdentityPurpose).Unprotect(copy.NameCipher));

            // Started with a key file that wrapped none of the keys, the app refuses rather than run without its data.
            await using var wrong = fresh.WithWebHostBuilder(b => b.UseSetting(KeyCustody.FileSetting, fresh.KeyFile));
            var refused = Assert.Throws<InvalidOperationException>(() => wrong.CreateClient());
            Assert.Contains("Dajia:Keys:PreviousFile", refused.Message);
        }
        finally
        {
            File.Delete(newKeyFile);
        }
    }

    [Fact]
    public async Task With_the_key_file_lost_and_the_old_keys_deleted_the_app_runs_on_and_says_an_old_identity_cannot_be_read()
    {
        await using var fresh = FreshApp();
        var w = await World.CreateAsync(fresh);
        var (code, _) = await fresh.CreateClient().ReportAsync(Report(w, "密钥丢失"));
        var id = await fresh.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            await db.DataProtectionKeys.ExecuteDeleteAsync(); // docs/backup.md: what to do when the key file is lost
            return await db.Clues.Where(c => c.TrackingCode == code).Select(c => c.Id).SingleAsync();
        });
        await using var next = fresh.WithWebHostBuilder(b => b.UseSetting(KeyCustody.FileSetting, fresh.KeyFile));
        var client = next.CreateClient();
        var token = (await (await client.PostAsJsonAsync("/api/auth/token", new { userName = w.Admin, password = World.Password })).JsonAsync())
            .GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var problem = await (await client.PostAsJsonAsync($"/api/clues/{id}/identity", new { reason = "核实举报细节需电话联系" }))
            .ProblemAsync(System.Net.HttpStatusCode.Conflict);
        Assert.StartsWith("举报人身份无法解密", problem.GetProperty("detail").GetString());
    }

    /// <summary>A protected payload names its key in bytes 4–19, after the magic header.</summary>
    private static Guid KeyIdOf(string cipher) => new(WebEncoders.Base64UrlDecode(cipher).AsSpan(4, 16));

    private DajiaFactory FreshApp() => app.Provider == DatabaseProvider.Sqlite ? new SqliteFactory() : new PostgresFactory();

    private sealed class ListRepository(List<string> xml) : Microsoft.AspNetCore.DataProtection.Repositories.IXmlRepository
    {
        public IReadOnlyCollection<System.Xml.Linq.XElement> GetAllElements() => xml.Select(x => System.Xml.Linq.XElement.Parse(x)).ToList();

        public void StoreElement(System.Xml.Linq.XElement element, string friendlyName) => xml.Add(element.ToString());
    }
}

[Collection("Sqlite")]
public sealed class KeyCustodySqlite(SqliteFactory f) : KeyCustodyTests(f), IClassFixture<SqliteFactory>;

[Collection("Postgres")]
public sealed class KeyCustodyPostgres(PostgresFactory f) : KeyCustodyTests(f), IClassFixture<PostgresFactory>;

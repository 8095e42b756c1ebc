using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Npgsql;
using SkiaSharp;

namespace Dajia.Tests.Api;

public abstract class HealthTests(DajiaFactory app)
{
    [Fact]
    public async Task Healthz_says_ok_when_the_database_and_the_file_store_can_be_written()
    {
        var json = await (await app.CreateClient().GetAsync("/healthz")).JsonAsync();
        Assert.Equal("ok", json.GetProperty("status").GetString());
        Assert.Equal(app.Provider.ToString(), json.GetProperty("database").GetString());
        Assert.Equal(["ok", "ok", "ok"], Checks(json));
    }

    public static string[] Checks(JsonElement json) =>
        new[] { "databaseRead", "databaseWrite", "fileStoreWrite" }
            .Select(c => json.GetProperty("checks").GetProperty(c).GetString()!).ToArray();
}

[Collection("Sqlite")]
public sealed class HealthSqlite(SqliteFactory f) : HealthTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class HealthPostgres(PostgresFactory f) : HealthTests(f.WithClockReset());

/// <summary>
/// The file store's folder cannot be made: its parent is a regular file. That fails for root too, unlike a chmod.
/// </summary>
public sealed class UnwritableStoreFactory : SqliteFactory
{
    public string Blocker { get; } = Path.Combine(Path.GetTempPath(), $"dajia-not-a-folder-{Guid.NewGuid():N}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        File.WriteAllText(Blocker, "a file where the store's parent folder should be");
        builder.UseSetting("Dajia:FileStore", Path.Combine(Blocker, "files"));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        File.Delete(Blocker);
    }
}

public sealed class UnwritableStoreTests(UnwritableStoreFactory app) : IClassFixture<UnwritableStoreFactory>
{
    [Fact]
    public async Task Healthz_is_degraded_and_a_photo_is_refused_in_chinese_while_reports_without_photos_still_go_in()
    {
        var health = await app.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        var json = await health.JsonAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("degraded", json.GetProperty("status").GetString());
        Assert.Equal(["ok", "ok", "failed"], HealthTests.Checks(json));

        var w = await World.CreateAsync(app);
        MultipartFormDataContent Form(params byte[][] photos)
        {
            var form = new MultipartFormDataContent
            {
                { new StringContent(w.Town.Id.ToString()), "jurisdictionId" }, { new StringContent("Report"), "kind" },
                { new StringContent("有人卖假冒名牌运动鞋 " + w.Tag), "description" }, { new StringContent("true"), "anonymous" },
            };
            foreach (var p in photos) form.Add(new ByteArrayContent(p), "photos", "p.jpg");
            return form;
        }
        var client = app.CreateClient();
        var failed = await (await client.PostAsync("/api/public/reports", Form(TestImages.Encode(120, 80, SKEncodedImageFormat.Jpeg))))
            .ProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("文件暂时无法保存", failed.Title());
        Assert.StartsWith("服务器存储故障", failed.GetProperty("detail").GetString());
        var browser = app.CreateClient(new() { HandleCookies = true });
        var token = System.Text.RegularExpressions.Regex.Match(await browser.GetStringAsync("/Report"),
            "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var pageForm = Form(TestImages.Encode(120, 80, SKEncodedImageFormat.Jpeg));
        pageForm.Add(new StringContent(token), "__RequestVerificationToken");
        var page = await browser.PostAsync("/Report", pageForm);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("服务器存储故障，文件未保存", await page.Content.ReadAsStringAsync());
        Assert.False(Directory.Exists(Path.Combine(app.Blocker, "files")));
        await (await client.PostAsync("/api/public/reports", Form())).JsonAsync(HttpStatusCode.Created);
    }
}

public sealed class ReadOnlyPostgresFactory : PostgresFactory
{
    public string Database => new NpgsqlConnectionStringBuilder(ConnectionString).Database!;
}

public sealed class ReadOnlyDatabaseTests(ReadOnlyPostgresFactory app) : IClassFixture<ReadOnlyPostgresFactory>
{
    [Fact]
    public async Task Healthz_is_degraded_when_the_database_answers_but_refuses_writes()
    {
        var client = app.CreateClient(); // starts the app and migrates its database
        await using var admin = new NpgsqlConnection(PostgresFactory.ServerConnection);
        await admin.OpenAsync();
        await Exec(admin, $"ALTER DATABASE \"{app.Database}\" SET default_transaction_read_only = on");
        NpgsqlConnection.ClearAllPools();
        try
        {
            var json = await (await client.GetAsync("/healthz")).JsonAsync(HttpStatusCode.ServiceUnavailable);
            Assert.Equal("degraded", json.GetProperty("status").GetString());
            Assert.Equal(["ok", "failed", "ok"], HealthTests.Checks(json));
        }
        finally
        {
            await Exec(admin, $"ALTER DATABASE \"{app.Database}\" RESET default_transaction_read_only");
        }
    }

    private static async Task Exec(NpgsqlConnection c, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, c);
        await cmd.ExecuteNonQueryAsync();
    }
}

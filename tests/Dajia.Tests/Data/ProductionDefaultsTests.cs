using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;

namespace Dajia.Tests.Data;

/// <summary>What a production start gives away, and what it refuses: the built app as a real process.</summary>
public sealed class ProductionDefaultsTests
{
    [Fact]
    public async Task Demo_data_in_production_stops_the_start_unless_forced()
    {
        var file = Path.Combine(Path.GetTempPath(), $"dajia-prod-{Guid.NewGuid():N}.db");
        try
        {
            var refused = await AppProcess.RunAsync(new Dictionary<string, string>
            {
                ["ConnectionStrings__Dajia"] = $"Data Source={file}", ["Dajia__Demo"] = "true", ["Dajia__FileStore"] = file + ".files",
            });
            Assert.NotEqual(0, refused.Code);
            Assert.Contains("Dajia:ForceDemo", refused.Output);
            await using var db = new SqliteConnection($"Data Source={file}");
            await db.OpenAsync();
            var count = db.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM AspNetUsers";
            Assert.Equal(0L, await count.ExecuteScalarAsync());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_production_start_sends_no_server_header_and_keeps_the_api_description_to_itself()
    {
        var file = Path.Combine(Path.GetTempPath(), $"dajia-prod-{Guid.NewGuid():N}.db");
        var port = AppProcess.FreePort();
        using var process = Process.Start(AppProcess.Start(new Dictionary<string, string>
        {
            ["ConnectionStrings__Dajia"] = $"Data Source={file}", ["Dajia__FileStore"] = file + ".files",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
        }))!;
        try
        {
            using var client = new HttpClient(
                new HttpClientHandler { AllowAutoRedirect = false })
            { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var health = await AppProcess.UntilUpAsync(client, process);
            Assert.False(health.Headers.Contains("Server"));
            // Not served: like any unknown address it asks an anonymous caller to sign in.
            var description = await client.GetAsync("/openapi/v1.json");
            Assert.NotEqual(HttpStatusCode.OK, description.StatusCode);
            Assert.DoesNotContain("\"openapi\"", await description.Content.ReadAsStringAsync());
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}

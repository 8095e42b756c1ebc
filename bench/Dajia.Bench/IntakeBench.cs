using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using Dajia.Web.Data;
using Dajia.Web.Domain;
using Dajia.Web.Domain.Jurisdictions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Public intake under load: the app on a real loopback port (Kestrel, SQLite file), and in the same process a load
/// generator with many concurrent clients posting anonymous reports for a fixed time. /healthz is measured the same
/// way in the same run, as the ceiling of this box.
/// </summary>
internal static class IntakeBench
{
    public static async Task RunAsync(int seconds, int concurrency)
    {
        var db = Path.Combine(Path.GetTempPath(), $"dajia-intake-{Guid.NewGuid():N}.db");
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_DAJIA_WEB", EntityImportBench.WebRoot());
        try
        {
            await using var app = new KestrelApp(db);
            app.StartServer();
            var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var data = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                data.Jurisdictions.Add(Jurisdiction.Create("测试镇", JurisdictionLevel.Town, null));
                await data.SaveChangesAsync();
            }
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = new Uri(baseUrl) };
            var n = 0;
            Task<HttpResponseMessage> Report() => http.PostAsJsonAsync("/api/public/reports", new
            {
                kind = "Report", category = "FakeBrand", product = "牛仔裤", brand = "耐克",
                description = $"岚田布业城有摊位出售假冒耐克牛仔裤，编号 {Interlocked.Increment(ref n)}", anonymous = true,
            });
            await Measure("warm-up", 3, concurrency, Report, print: false);
            var health = await Measure("GET /healthz", seconds, concurrency, () => http.GetAsync("/healthz"));
            var intake = await Measure("POST /api/public/reports", seconds, concurrency, Report);
            Console.WriteLine($"intake is {100.0 * intake / health:F1}% of /healthz throughput on this box ({Environment.ProcessorCount} cores, load generator in the same process)");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
        }
    }

    private static async Task<double> Measure(string name, int seconds, int concurrency, Func<Task<HttpResponseMessage>> call, bool print = true)
    {
        var latencies = new ConcurrentBag<double>();
        var failures = 0;
        var stop = Stopwatch.StartNew();
        var until = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (stop.Elapsed < until)
            {
                var t = Stopwatch.GetTimestamp();
                using var response = await call();
                latencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref failures);
            }
        }));
        var sorted = latencies.Order().ToArray();
        var rate = sorted.Length / stop.Elapsed.TotalSeconds;
        if (print)
            Console.WriteLine($"{name}: {sorted.Length:N0} requests in {stop.Elapsed.TotalSeconds:F1} s = {rate:N0}/s; " +
                $"p50 {sorted[sorted.Length / 2]:F1} ms, p99 {sorted[(int)(sorted.Length * 0.99)]:F1} ms; {failures} failed ({concurrency} concurrent clients)");
        return rate;
    }

    private sealed class KestrelApp : WebApplicationFactory<Program>
    {
        private readonly string _db;

        public KestrelApp(string db)
        {
            _db = db;
            UseKestrel(0);
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Dajia", $"Data Source={_db}");
            builder.UseSetting("Dajia:Keys:File", BenchKeys.For(_db));
            builder.UseSetting("Dajia:PublicRequestsPerMinute", "100000000");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        }
    }
}

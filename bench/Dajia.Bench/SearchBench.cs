using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dajia.Web.Data;
using Dajia.Web.Domain;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Chinese search over N clues on SQLite: seeds N generated clues straight into the table (the FTS triggers index them
/// as the app's own inserts would), then times GET /api/clues?q=… for two-character and longer terms.
/// </summary>
internal static class SearchBench
{
    private static readonly string[] Products = ["牛仔裤", "运动鞋", "布料", "T恤", "红木椅", "皮带", "手袋", "面料", "衬衫", "纽扣"];
    private static readonly string[] Brands = ["耐克", "阿迪达斯", "李维斯", "优衣库", "安踏", "无品牌", "彪马", "太平鸟"];
    private static readonly string[] Problems = ["吊牌粗糙疑似假冒", "无厂名厂址", "成分标注不实", "商标模糊", "价格明显偏低", "做工粗糙", "以次充好"];

    public static async Task RunAsync(int count)
    {
        var db = Path.Combine(Path.GetTempPath(), $"dajia-search-{Guid.NewGuid():N}.db");
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_DAJIA_WEB", EntityImportBench.WebRoot());
        try
        {
            await using var app = new App(db);
            var (client, town) = await app.SignedInAsync();
            var sw = Stopwatch.StartNew();
            Seed(db, town, count);
            Console.WriteLine($"seed {count:N0} clues (with the FTS triggers): {sw.Elapsed.TotalSeconds:F1} s, {new FileInfo(db).Length / 1024.0 / 1024:F0} MB");
            foreach (var q in new[] { "牛仔", "耐克", "假冒耐克", "无厂名厂址", "鞋" })
            {
                var times = new List<double>();
                var total = 0;
                var capped = false;
                for (var i = 0; i < 25; i++)
                {
                    var t = Stopwatch.GetTimestamp();
                    var page = await client.GetFromJsonAsync<Page>($"/api/clues?q={Uri.EscapeDataString(q)}");
                    times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                    total = page!.Total;
                    capped = page.TotalCapped;
                }
                times.Sort();
                Console.WriteLine($"q={q}: {total:N0}{(capped ? "+" : "")} hits; p50 {times[12]:F0} ms, p95 {times[23]:F0} ms (25 requests, first page of 50, with total count)");
            }
            await TimeAsync("hot spots of 2017", () => client.GetAsync("/api/clues/hotspots?from=2017-01-01&to=2017-12-31"));
            await TimeAsync("list, newest first", () => client.GetAsync("/api/clues"));
            await TimeAsync("list, nearest time limit first", () => client.GetAsync("/api/clues?sort=DueSoonest"));
            await TimeAsync("list page (HTML)", () => client.GetAsync("/Clues"));
            await TimeAsync("list, received and nearest time limit first", () => client.GetAsync("/api/clues?status=Received&sort=DueSoonest"));
            await using (var scope = app.Services.CreateAsyncScope())
            {
                // As after an upgrade that changes the stored search text: every clue's text is derived again.
                var data = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                await data.Database.ExecuteSqlRawAsync("UPDATE \"Clues\" SET \"SearchText\" = ' '");
                await data.Database.ExecuteSqlRawAsync($"UPDATE \"Counters\" SET \"Value\" = 1 WHERE \"Key\" = '{ClueSearchUpgrade.Key}'");
                var clock = Stopwatch.StartNew();
                var rebuilt = await ClueSearchUpgrade.RunAsync(data);
                Console.WriteLine($"rebuild the search text of every clue (as after an upgrade): {clock.Elapsed.TotalSeconds:F1} s, {rebuilt:N0} changed");
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            // DAJIA_BENCH_KEEP=1 keeps the file for looking at query plans afterwards.
            if (Environment.GetEnvironmentVariable("DAJIA_BENCH_KEEP") == "1") Console.WriteLine($"kept {db}");
            else foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
        }
    }

    private static async Task TimeAsync(string name, Func<Task<HttpResponseMessage>> call)
    {
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var t = Stopwatch.GetTimestamp();
            using var response = await call();
            response.EnsureSuccessStatusCode();
            times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine($"{name}: median {times[2]:F0} ms, slowest {times[4]:F0} ms (5 requests)");
    }

    private static void Seed(string db, Guid town, int count)
    {
        var random = new Random(20170919);
        using var conn = new SqliteConnection($"Data Source={db}");
        conn.Open();
        using (var pragma = conn.CreateCommand()) { pragma.CommandText = "PRAGMA synchronous=OFF;"; pragma.ExecuteNonQuery(); }
        using var tx = conn.BeginTransaction();
        using var cmd = conn.CreateCommand();
        cmd.CommandText = """
            INSERT INTO "Clues" ("Id","JurisdictionId","Number","TrackingCode","AccessKeyHash","Kind","Category","Source","Product","Brand",
              "MerchantName","Description","Status","ReceivedAt","SearchText")
            VALUES ($id,$j,$n,$t,'x','Report','FakeBrand','PublicPortal',$p,$b,$m,$d,'Received',$r,$s)
            """;
        var ps = new[] { "$id", "$j", "$n", "$t", "$p", "$b", "$m", "$d", "$r", "$s" }.Select(n => cmd.Parameters.Add(n, SqliteType.Text)).ToArray();
        cmd.Prepare();
        var start = new DateTimeOffset(2017, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;
        for (var i = 0; i < count; i++)
        {
            var product = Products[random.Next(Products.Length)];
            var brand = Brands[random.Next(Brands.Length)];
            var merchant = $"岚田布业城{(char)('A' + random.Next(6))}区{random.Next(1, 300):000}号";
            var description = $"{merchant}出售{brand}{product}，{Problems[random.Next(Problems.Length)]}，{Problems[random.Next(Problems.Length)]}。";
            ps[0].Value = Guid.CreateVersion7().ToString().ToUpperInvariant();
            ps[1].Value = town.ToString().ToUpperInvariant();
            ps[2].Value = $"XS-B-{i:0000000}";
            ps[3].Value = $"B{i:0000000000}";
            (ps[4].Value, ps[5].Value, ps[6].Value, ps[7].Value) = (product, brand, merchant, description);
            ps[8].Value = start + i * TimeSpan.TicksPerMinute;
            ps[9].Value = ClueSearch.TextOf(description, product, brand, merchant, null);
            cmd.ExecuteNonQuery();
        }
        tx.Commit();
    }

    private sealed record Page(int Total, bool TotalCapped);

    private sealed class App(string db) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Dajia", $"Data Source={db}");
            builder.UseSetting("Dajia:Keys:File", BenchKeys.For(db));
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        }

        public async Task<(HttpClient Client, Guid Town)> SignedInAsync()
        {
            Guid town;
            await using (var scope = Services.CreateAsyncScope())
            {
                var sp = scope.ServiceProvider;
                var data = sp.GetRequiredService<AppDbContext>();
                var j = Jurisdiction.Create("测试镇", JurisdictionLevel.Town, null);
                data.Jurisdictions.Add(j);
                await data.SaveChangesAsync();
                town = j.Id;
                var users = sp.GetRequiredService<UserManager<AppUser>>();
                var user = new AppUser { UserName = "bench", DisplayName = "bench", JurisdictionId = j.Id };
                await users.CreateAsync(user, "Bench-2017x");
                await users.AddToRoleAsync(user, Roles.OfficeStaff);
            }
            var client = CreateClient();
            var token = await (await client.PostAsJsonAsync("/api/auth/token", new { userName = "bench", password = "Bench-2017x" })).Content.ReadFromJsonAsync<Token>();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
            return (client, town);
        }

        private sealed record Token(string AccessToken);
    }
}

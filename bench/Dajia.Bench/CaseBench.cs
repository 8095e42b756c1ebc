using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dajia.Web.Data;
using Dajia.Web.Domain;
using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.Units;
using Dajia.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

/// <summary>
/// The case list with its filters and the overdue view at N cases beside M clues, on SQLite or PostgreSQL. A few cases
/// and one clue are made through the API (so every column and clock is as the app writes it), then cloned in SQL.
/// </summary>
internal static class CaseBench
{
    public static async Task RunAsync(string provider, int cases, int clues)
    {
        var pg = provider.Equals("postgres", StringComparison.OrdinalIgnoreCase);
        var file = Path.Combine(Path.GetTempPath(), $"dajia-cases-{Guid.NewGuid():N}.db");
        var connection = pg ? PgDatabase() : $"Data Source={file}";
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_DAJIA_WEB", EntityImportBench.WebRoot());
        try
        {
            await using var app = new App(pg ? "Postgres" : "Sqlite", connection, file);
            var town = await app.TownAsync();
            var sw = Stopwatch.StartNew();
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var data = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                data.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
                await new CaseBenchSeed(data, pg).RunAsync(cases, clues);
            }
            Console.WriteLine($"{provider}: seed {cases:N0} cases and {clues:N0} clues with their clocks: {sw.Elapsed.TotalSeconds:F0} s");
            var unit = town.Units[1];
            foreach (var (name, url) in new[]
            {
                ("list, newest first", "/api/cases"),
                ("list, one unit", $"/api/cases?unitId={unit}"),
                ("list, status 立案调查", "/api/cases?status=Investigating"),
                ("list, type 伪劣产品", "/api/cases?type=Substandard"),
                ("list, key area", $"/api/cases?keyAreaId={town.KeyArea}"),
                ("list, search a number", "/api/cases?q=AJ-1999-0031337"),
                ("list, search a title word", "/api/cases?q=牛仔裤案313"),
                ("list, search a word in every title", "/api/cases?q=牛仔裤"),
                ("list, page 200", "/api/cases?page=200"),
                ("overdue view", "/api/cases?overdue=true"),
                ("overdue view, one unit", $"/api/cases?overdue=true&unitId={unit}"),
                ("overdue view, page (HTML)", "/Cases?overdue=true"),
                ("home page with its case to-do list (HTML)", "/"),
            })
                await TimeAsync(name, () => town.Staff.GetAsync(url));
            await TimeAsync("liaison's list (own unit)", () => town.Liaison.GetAsync("/api/cases"));
            await TimeAsync("liaison's overdue view", () => town.Liaison.GetAsync("/api/cases?overdue=true"));
            await TimeAsync("liaison's home (unit's case to-do list)", () => town.Liaison.GetAsync("/"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            NpgsqlConnection.ClearAllPools();
            // DAJIA_BENCH_KEEP=1 keeps the database for looking at query plans afterwards.
            if (Environment.GetEnvironmentVariable("DAJIA_BENCH_KEEP") == "1") Console.WriteLine($"kept {(pg ? connection : file)}");
            else if (pg) await DropAsync(connection);
            else foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
        }
    }

    private static async Task TimeAsync(string name, Func<Task<HttpResponseMessage>> call)
    {
        const int n = 40;
        var times = new List<double>();
        var total = "";
        for (var i = 0; i < n + 2; i++)
        {
            var t = Stopwatch.GetTimestamp();
            using var response = await call();
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadAsStringAsync();
            if (i >= 2) times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            if (i == 0 && response.Content.Headers.ContentType?.MediaType == "application/json")
                total = $"{JsonDocument.Parse(body).RootElement.GetProperty("total").GetInt32():N0} rows; ";
        }
        times.Sort();
        Console.WriteLine($"  {name}: {total}p50 {times[n / 2]:F1} ms, p95 {times[n * 95 / 100]:F1} ms ({n} requests after 2 warm-ups)");
    }

    internal static string PgDatabase()
    {
        var root = Environment.GetEnvironmentVariable("DAJIA_BENCH_PG") ?? Environment.GetEnvironmentVariable("DAJIA_TEST_PG")
            ?? throw new InvalidOperationException("set DAJIA_BENCH_PG to a PostgreSQL connection string (a superuser)");
        return new NpgsqlConnectionStringBuilder(root) { Database = $"dajia_bench_{Guid.NewGuid():N}" }.ConnectionString;
    }

    internal static async Task DropAsync(string connection)
    {
        var b = new NpgsqlConnectionStringBuilder(connection);
        var name = b.Database;
        b.Database = "postgres";
        await using var conn = new NpgsqlConnection(b.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }

    internal sealed record Town(HttpClient Staff, HttpClient Liaison, Guid[] Units, Guid KeyArea);

    internal sealed class App(string provider, string connection, string file) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Database:Provider", provider);
            builder.UseSetting("Database:MigrateOnStart", "true");
            builder.UseSetting("ConnectionStrings:Dajia", connection);
            builder.UseSetting("Dajia:Keys:File", BenchKeys.For(file));
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        }

        /// <summary>A town of four units, a key area, two officers and one register entity per unit, the office and a liaison.</summary>
        public async Task<Town> TownAsync()
        {
            var units = new List<Guid>();
            Guid townId;
            await using (var scope = Services.CreateAsyncScope())
            {
                var sp = scope.ServiceProvider;
                var data = sp.GetRequiredService<AppDbContext>();
                var town = Jurisdiction.Create("测试镇", JurisdictionLevel.Town, null);
                data.Jurisdictions.Add(town);
                townId = town.Id;
                foreach (var (name, i) in new[] { "市场监管所", "派出所", "工商所", "质监站" }.Select((n, i) => (n, i)))
                {
                    var unit = Unit.Create(town.Id, new UnitDetails(
                        "测试镇" + name, name, $"U{i}", UnitKind.Member, new LeaderInCharge(null, null, null), null, i, true));
                    data.Units.Add(unit);
                    units.Add(unit.Id);
                }
                await data.SaveChangesAsync();
                var users = sp.GetRequiredService<UserManager<AppUser>>();
                await AddUserAsync(users, "bench", townId, null, Roles.OfficeStaff);
                await AddUserAsync(users, "liaison", townId, units[1], Roles.UnitLiaison);
            }
            var staff = await ClientAsync("bench");
            var area = await IdAsync(staff, "/api/key-areas", new { name = "岚田布业城", kind = "Market", years = new[] { 2017 } });
            foreach (var (unit, i) in units.Select((u, i) => (u, i)))
            {
                Guid[] officers =
                [
                    await IdAsync(staff, "/api/officers", new { unitId = unit, name = "甲执法", certificateNumber = $"A{i}" }),
                    await IdAsync(staff, "/api/officers", new { unitId = unit, name = "乙执法", certificateNumber = $"B{i}" }),
                ];
                var entity = await IdAsync(staff, "/api/entities", new { name = $"岚田布业城{i}号摊", kind = "Stall", stallNumber = $"A{i:000}" });
                await IdAsync(staff, "/api/cases", new
                {
                    title = "销售假冒牛仔裤案", handlingUnitId = unit, officerIds = officers, violationType = "SellingCounterfeitGoods",
                    partyKind = "Entity", marketEntityId = entity, keyAreaId = area, facts = "当事人销售假冒某品牌牛仔裤120条",
                    caseValue = 12000m, goodsValue = 36000m,
                });
            }
            await IdAsync(staff, "/api/clues", new { source = "Hotline", description = "来电反映岚田布业城有假冒牛仔裤", anonymous = true });
            return new Town(staff, await ClientAsync("liaison"), [.. units], area);
        }

        internal static async Task AddUserAsync(UserManager<AppUser> users, string name, Guid town, Guid? unit, string role)
        {
            var user = new AppUser { UserName = name, DisplayName = name, JurisdictionId = town, UnitId = unit };
            var made = await users.CreateAsync(user, "Bench-2017x");
            if (!made.Succeeded) throw new InvalidOperationException(string.Join("; ", made.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, role);
        }

        internal async Task<HttpClient> ClientAsync(string name)
        {
            var client = CreateClient();
            var token = await (await client.PostAsJsonAsync("/api/auth/token", new { userName = name, password = "Bench-2017x" }))
                .Content.ReadFromJsonAsync<Token>();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
            return client;
        }

        internal static async Task<Guid> IdAsync(HttpClient client, string url, object body)
        {
            var response = await client.PostAsJsonAsync(url, body);
            var text = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{url}: {(int)response.StatusCode} {text}");
            return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
        }

        private sealed record Token(string AccessToken);
    }
}

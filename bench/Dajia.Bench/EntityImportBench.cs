using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dajia.Web.Data;
using Dajia.Web.Domain;
using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.MarketEntities;
using Dajia.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

/// <summary>
/// Imports N generated entities (valid credit codes, 1 in 4 stalls with an ID number to encrypt) through
/// POST /api/entities/import into a fresh SQLite file, the way an office would, and prints the time.
/// </summary>
internal static class EntityImportBench
{
    public static async Task RunAsync(int count)
    {
        var db = Path.Combine(Path.GetTempPath(), $"dajia-bench-{Guid.NewGuid():N}.db");
        try
        {
            var sw = Stopwatch.StartNew();
            var xlsx = Workbook(count);
            Console.WriteLine($"generate {count:N0}-row .xlsx: {sw.Elapsed.TotalSeconds:F1} s, {xlsx.Length / 1024.0 / 1024:F1} MB");
            // The factory looks for the web project's folder; a benchmark is not a test project, so say where it is.
            Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_DAJIA_WEB", WebRoot());
            await using var app = new BenchApp(db);
            var client = await app.OfficeClientAsync();
            sw.Restart();
            var content = new MultipartFormDataContent { { new ByteArrayContent(xlsx) { Headers = { ContentType = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") } }, "file", "entities.xlsx" } };
            var response = await client.PostAsync("/api/entities/import", content);
            var took = sw.Elapsed;
            Console.WriteLine($"import {count:N0} entities over HTTP into SQLite: {took.TotalSeconds:F1} s ({count / took.TotalSeconds:N0} rows/s), " +
                $"HTTP {(int)response.StatusCode}: {(await response.Content.ReadAsStringAsync())[..Math.Min(120, (int)response.Content.Headers.ContentLength.GetValueOrDefault(120))]}");
            sw.Restart();
            var export = await client.GetByteArrayAsync("/api/entities/export.xlsx");
            Console.WriteLine($"export them again: {sw.Elapsed.TotalSeconds:F1} s, {export.Length / 1024.0 / 1024:F1} MB");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
        }
    }

    public static string WebRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dajia.slnx"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? ".", "src", "Dajia.Web");
    }

    private static byte[] Workbook(int count)
    {
        var rows = Enumerable.Range(1, count).Select(i =>
        {
            var head = $"92442000MA{i:0000000}"[..17];
            var stall = i % 4 == 0;
            var idHead = $"442000{1960 + i % 40}{i % 12 + 1:00}{i % 28 + 1:00}{i % 900 + 100:000}";
            return new Dictionary<string, object?>
            {
                ["名称"] = $"测试商户{i:000000}", ["统一社会信用代码"] = stall ? null : head + CreditCode.CheckCharacter(head),
                ["类型"] = stall ? "摊位" : "个体工商户", ["类别"] = "布料", ["重点区域"] = null, ["摊位号"] = $"Z{i:000000}",
                ["地址"] = "中山市大涌镇", ["经营者姓名"] = "张三", ["经营者身份证号"] = stall ? idHead + IdCardNumber.CheckCharacter(idHead) : null,
                ["联系电话"] = "13800138000", ["风险等级"] = "低", ["状态"] = "在营",
            };
        });
        using var ms = new MemoryStream();
        ms.SaveAs(rows);
        return ms.ToArray();
    }

    private sealed class BenchApp(string db) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Dajia", $"Data Source={db}");
            builder.UseSetting("Dajia:Keys:File", BenchKeys.For(db));
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        }

        public async Task<HttpClient> OfficeClientAsync()
        {
            await using (var scope = Services.CreateAsyncScope())
            {
                var sp = scope.ServiceProvider;
                var data = sp.GetRequiredService<AppDbContext>();
                var town = Jurisdiction.Create("测试镇", JurisdictionLevel.Town, null);
                data.Jurisdictions.Add(town);
                await data.SaveChangesAsync();
                var users = sp.GetRequiredService<UserManager<AppUser>>();
                var user = new AppUser { UserName = "bench", DisplayName = "bench", JurisdictionId = town.Id };
                await users.CreateAsync(user, "Bench-2017x");
                await users.AddToRoleAsync(user, Roles.OfficeAdmin);
            }
            var client = CreateClient();
            client.Timeout = TimeSpan.FromMinutes(10);
            var token = await (await client.PostAsJsonAsync("/api/auth/token", new { userName = "bench", password = "Bench-2017x" }))
                .Content.ReadFromJsonAsync<Token>();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
            return client;
        }

        private sealed record Token(string AccessToken);
    }
}

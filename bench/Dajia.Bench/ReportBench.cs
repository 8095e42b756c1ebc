using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Dajia.Web.Data;
using Dajia.Web.Domain;
using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.Units;
using Dajia.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

/// <summary>
/// 附件2 at scale (issue #14): 30 member units, a year's four quarters and annual form filed, returned nothing, accepted
/// through the API; then N underlying records (operations, clues, cases, exhibits; a quarter each) cloned in SQL from
/// one of each made by the app, spread over the units and ten years. Times the matrix, the town total, a unit's report
/// (prefilled over the records) and the records behind a big prefilled figure.
/// </summary>
internal static class ReportBench
{
    private const int Units = 30;

    public static async Task RunAsync(string provider, int records)
    {
        var pg = provider.Equals("postgres", StringComparison.OrdinalIgnoreCase);
        var file = Path.Combine(Path.GetTempPath(), $"dajia-reports-{Guid.NewGuid():N}.db");
        var connection = pg ? CaseBench.PgDatabase() : $"Data Source={file}";
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_DAJIA_WEB", EntityImportBench.WebRoot());
        try
        {
            await using var app = new CaseBench.App(pg ? "Postgres" : "Sqlite", connection, file);
            var (townId, units) = await TownAsync(app);
            var staff = await app.ClientAsync("bench");
            var year = DateTime.UtcNow.Year;
            var plan = new
            {
                year, title = $"{year}年打假工作方案", goals = "目标", tasks = "任务", fullText = "全文", quarterlyReportDueDay = 25,
                quarterlyReportMonths = new[] { 3, 6, 9, 12 }, annualSummaryDueOn = $"{year}-12-10", reportDueMovesToWorkingDay = true,
            };
            await CaseBench.App.IdAsync(staff, "/api/campaigns", plan);
            var sw = Stopwatch.StartNew();
            var periods = new[] { "key-area-quarterly/{0}Q1", "key-area-quarterly/{0}Q2", "key-area-quarterly/{0}Q3",
                "key-area-quarterly/{0}Q4", "key-area-annual/{0}" }.Select(p => string.Format(p, year)).ToList();
            foreach (var period in periods)
                foreach (var unit in units) await FileAsync(staff, $"/api/reports/{period}/units/{unit}");
            Console.WriteLine($"{provider}: {units.Length} units filed {periods.Count} reports each through the API: "
                + $"{sw.Elapsed.TotalSeconds:F0} s");

            sw.Restart();
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var data = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                data.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
                await new ReportBenchSeed(data, staff, pg, townId, units).RunAsync(records);
            }
            Console.WriteLine($"{provider}: seed {records:N0} records (operations, clues, cases, exhibits): "
                + $"{sw.Elapsed.TotalSeconds:F0} s");
            var q3 = $"/api/reports/{periods[2]}";
            var unitUrl = $"{q3}/units/{units[7]}";
            await TimeAsync("matrix (30 units)", () => staff.GetAsync(q3 + "/submissions"));
            await TimeAsync("town total", () => staff.GetAsync(q3 + "/total"));
            await TimeAsync("a unit's report, prefilled over the records", () => staff.GetAsync(unitUrl));
            await TimeAsync("records behind 受理投诉举报", () => staff.GetAsync(unitUrl + "/sources/clues.received"));
            await TimeAsync("records behind 检查经营主体", () => staff.GetAsync(unitUrl + "/sources/actions.inspections"));
            await TimeAsync("annual matrix", () => staff.GetAsync($"/api/reports/{periods[4]}/submissions"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            NpgsqlConnection.ClearAllPools();
            if (Environment.GetEnvironmentVariable("DAJIA_BENCH_KEEP") == "1") Console.WriteLine($"kept {(pg ? connection : file)}");
            else if (pg) await CaseBench.DropAsync(connection);
            else foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
        }
    }

    /// <summary>The unit's report as the app prefills it, let in late by the office where its due date is past, saved,
    /// submitted and accepted.</summary>
    private static async Task FileAsync(HttpClient staff, string url)
    {
        var report = await JsonAsync(await staff.GetAsync(url));
        if (report.GetProperty("locked").GetBoolean())
            report = await JsonAsync(await staff.PostAsJsonAsync(url + "/allow-late",
                new { until = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd") }));
        var values = report.GetProperty("blocks").EnumerateArray().SelectMany(b => b.GetProperty("indicators").EnumerateArray())
            .Where(i => i.GetProperty("type").GetString() != "Text")
            .ToDictionary(i => i.GetProperty("code").GetString()!,
                i => i.GetProperty("value").ValueKind == JsonValueKind.Number ? i.GetProperty("value").GetDecimal() : 0m);
        report = await SendAsync(staff, HttpMethod.Put, url, new { values }, report);
        report = await SendAsync(staff, HttpMethod.Post, url + "/submit", new { }, report);
        await SendAsync(staff, HttpMethod.Post, url + "/accept", new { }, report);
    }

    private static async Task<JsonElement> SendAsync(HttpClient c, HttpMethod method, string url, object body, JsonElement report)
    {
        using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{report.GetProperty("version").GetInt32()}\"");
        return await JsonAsync(await c.SendAsync(request));
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task TimeAsync(string name, Func<Task<HttpResponseMessage>> call)
    {
        const int n = 40;
        var times = new List<double>();
        for (var i = 0; i < n + 3; i++)
        {
            var t = Stopwatch.GetTimestamp();
            using var response = await call();
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsStringAsync();
            if (i >= 3) times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine($"  {name}: p50 {times[n / 2]:F1} ms, p95 {times[n * 95 / 100]:F1} ms, max {times[^1]:F1} ms "
            + $"({n} requests after 3 warm-ups)");
    }

    /// <summary>A town of 30 member units, the office's account.</summary>
    private static async Task<(Guid Town, Guid[] Units)> TownAsync(CaseBench.App app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var data = sp.GetRequiredService<AppDbContext>();
        var town = Jurisdiction.Create("测试镇", JurisdictionLevel.Town, null);
        data.Jurisdictions.Add(town);
        var units = Enumerable.Range(0, Units).Select(i => Unit.Create(town.Id, new UnitDetails(
            $"测试镇第{i + 1}成员单位", $"单位{i + 1}", $"U{i:00}", UnitKind.Member, new LeaderInCharge(null, null, null), null, i, true))).ToList();
        data.Units.AddRange(units);
        await data.SaveChangesAsync();
        await CaseBench.App.AddUserAsync(sp.GetRequiredService<UserManager<AppUser>>(), "bench", town.Id, null, Roles.OfficeStaff);
        return (town.Id, units.Select(u => u.Id).ToArray());
    }
}

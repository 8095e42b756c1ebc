using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Dajia.Tests.Hostile;
using Dajia.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Shared;

/// <summary>Every list pages the same way on both databases, says its total, refuses a bad value by name and exports real values.</summary>
public abstract class ListKitTests(DajiaFactory app)
{
    private static async Task<JsonElement> GetAsync(HttpClient client, string url) => await (await client.GetAsync(url)).JsonAsync();

    private static List<string> Names(JsonElement page, string property) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty(property).GetString()!).ToList();

    private static object Daily(World w, int i) => new
    {
        kind = "DailySupervision", title = $"巡查{i:00} {w.Tag}",
        startsAt = new DateTimeOffset(2017, 9, 1, 1, 0, 0, TimeSpan.Zero).AddHours(i),
        leadUnitId = w.UnitA.Id, personnel = 2,
    };

    [Fact]
    public async Task A_list_beyond_one_page_pages_and_says_its_total()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        for (var i = 1; i <= 5; i++)
            await (await staff.PostAsJsonAsync("/api/entities", new { name = $"翻页{i}号{w.Tag}", kind = "Stall", stallNumber = $"P{i:000}" }))
                .JsonAsync(HttpStatusCode.Created);
        for (var i = 1; i <= 3; i++) await (await staff.PostAsJsonAsync("/api/operations", Daily(w, i))).JsonAsync(HttpStatusCode.Created);

        var seen = new List<string>();
        for (var p = 1; p <= 3; p++)
        {
            var page = await GetAsync(staff, $"/api/entities?q={w.Tag}&pageSize=2&page={p}");
            Assert.Equal((p, 2, 5, false), (page.GetProperty("page").GetInt32(), page.GetProperty("pageSize").GetInt32(),
                page.GetProperty("total").GetInt32(), page.GetProperty("totalCapped").GetBoolean()));
            Assert.Equal(p < 3, page.GetProperty("hasMore").GetBoolean());
            seen.AddRange(Names(page, "name"));
        }
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"翻页{i}号{w.Tag}").Order(), seen.Order());

        var first = await GetAsync(staff, "/api/operations?pageSize=2");
        var second = await GetAsync(staff, "/api/operations?pageSize=2&page=2");
        Assert.Equal((3, 3), (first.GetProperty("total").GetInt32(), second.GetProperty("total").GetInt32()));
        Assert.Equal([$"巡查03 {w.Tag}", $"巡查02 {w.Tag}", $"巡查01 {w.Tag}"], Names(first, "title").Concat(Names(second, "title")));

        var html = await (await Pages.SignInAsync(app, w.Staff)).GetStringAsync($"/Entities?q={w.Tag}&pageNumber=1");
        Assert.Contains("第 1 页，共 5 条", html);
        Assert.DoesNotContain("rel=\"next\"", html); // 5 rows fit on a page of 50
    }

    [Fact]
    public async Task A_bad_page_size_enum_date_or_id_is_a_400_in_Chinese_naming_the_field()
    {
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        var admin = await w.ClientFor(w.Admin);
        var cases = new (HttpClient Client, string Url, string Field)[]
        {
            (staff, "/api/entities?pageSize=500", "pageSize"), (staff, "/api/entities?page=abc", "page"),
            (staff, "/api/entities?category=Shoes", "category"), (staff, "/api/entities?keyAreaId=12", "keyAreaId"),
            (staff, "/api/clues?status=Open", "status"), (staff, "/api/clues?unitId=nobody", "unitId"),
            (staff, "/api/clues?sort=Random", "sort"), (staff, "/api/clues?pageSize=0", "pageSize"),
            (staff, "/api/clues/export.xlsx?kind=Rumour", "kind"), (staff, "/api/operations?from=2017-02-30", "from"),
            (staff, "/api/operations?to=1999-01-01", "to"), (staff, "/api/deadlines?subjectId=x", "subjectId"),
            (staff, "/api/random-draws?page=0", "page"), (admin, "/api/audit?pageSize=201", "pageSize"),
        };
        foreach (var (client, url, field) in cases)
        {
            var problem = await Refusals.ProblemAsync(await client.GetAsync(url));
            var messages = problem.ErrorsFor(field);
            Assert.True(messages.Length == 1 && Http.HasChinese(messages[0]), $"{url}: {problem}");
        }
        var category = (await Refusals.ProblemAsync(await staff.GetAsync("/api/entities?category=Shoes"))).ErrorsFor("category").Single();
        // The choices are said by their Chinese labels; no code name reaches the person.
        Assert.Contains("布料", category);
        Assert.DoesNotContain("Fabric", category);
    }

    [Fact]
    public async Task A_bad_page_number_or_date_on_a_list_page_is_said_in_Chinese_and_the_first_page_is_shown()
    {
        var w = await World.CreateAsync(app);
        var pages = await Pages.SignInAsync(app, w.Staff);
        foreach (var url in new[] { "/Entities?pageNumber=abc", "/Clues?pageNumber=0", "/Operations?pageNumber=10001" })
        {
            var html = await pages.GetStringAsync(url);
            Assert.Contains("应为 1 到 10000 之间的整数", html);
            Assert.Contains("第 1 页", html);
        }
        Assert.Contains("日期格式应为 yyyy-MM-dd", await pages.GetStringAsync("/Operations?from=2017-13-01"));
    }

    [Fact]
    public async Task Exports_read_back_with_real_dates_and_a_dated_file_name()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        await app.CreateClient()
            .ReportAsync(new { kind = "Report", description = "导出测试：有人卖假冒布料 " + w.Tag, anonymous = true, jurisdictionId = w.Town.Id });
        await (await staff.PostAsJsonAsync("/api/entities", new { name = "导出" + w.Tag, kind = "Stall", stallNumber = "007" }))
            .JsonAsync(HttpStatusCode.Created);

        var clues = await staff.GetAsync($"/api/clues/export.xlsx?q={w.Tag}");
        Assert.Equal("线索-2017-09-13.xlsx", clues.Content.Headers.ContentDisposition!.FileNameStar);
        using (var book = new XLWorkbook(new MemoryStream(await clues.Content.ReadAsByteArrayAsync())))
        {
            var ws = book.Worksheets.First();
            Assert.StartsWith("线索（共 1 条", ws.Cell(1, 1).GetString());
            Assert.Equal("收到日期", ws.Cell(2, 2).GetString());
            Assert.Equal(XLDataType.DateTime, ws.Cell(3, 2).DataType);
            Assert.Equal(new DateTime(2017, 9, 13), ws.Cell(3, 2).GetDateTime());
        }

        var entities = await staff.GetAsync("/api/entities/export.xlsx");
        Assert.Equal("经营主体名录-2017-09-13.xlsx", entities.Content.Headers.ContentDisposition!.FileNameStar);
        var bytes = await entities.Content.ReadAsByteArrayAsync();
        using (var book = new XLWorkbook(new MemoryStream(bytes)))
        {
            var ws = book.Worksheets.First();
            var row = ws.RowsUsed().Single(r => r.Cell(1).GetString() == "导出" + w.Tag);
            Assert.Equal((XLDataType.Text, "007"), (row.Cell(6).DataType, row.Cell(6).GetString()));
        }
        // The export, title row and all, is the import's template: it reads back (a stall without a code is added anew).
        var again = await (await staff.PostAsync("/api/entities/import", Workbooks.Upload(bytes, "名录.xlsx"))).JsonAsync();
        Assert.Equal((1, 0), (again.GetProperty("created").GetInt32(), again.GetProperty("updated").GetInt32()));

        var table = await staff.GetAsync("/api/units/liaison-table.xlsx");
        Assert.EndsWith(".xlsx", table.Content.Headers.ContentDisposition!.FileNameStar);
    }

    [Fact]
    public async Task The_operations_list_takes_a_fixed_number_of_queries_whatever_the_page_holds()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        var stall = (await (await staff.PostAsJsonAsync("/api/entities", new { name = "查询计数" + w.Tag, kind = "Stall", stallNumber = "Q1" }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        for (var i = 1; i <= 50; i++)
        {
            var op = await (await staff.PostAsJsonAsync("/api/operations", Daily(w, i))).JsonAsync(HttpStatusCode.Created);
            if (i % 10 == 0)
                await (await staff.PostAsJsonAsync($"/api/operations/{op.GetProperty("id").GetGuid()}/inspections",
                    new { marketEntityId = stall, result = "NoProblem" })).JsonAsync();
        }
        var connection = await app.InScopeAsync(sp =>
            Task.FromResult(sp.GetRequiredService<AppDbContext>().Database.GetConnectionString()!));

        async Task<int> QueriesFor(string url, int rows)
        {
            using var counter = new QueryCounter(connection);
            var page = await GetAsync(staff, url);
            Assert.Equal(rows, page.GetProperty("items").GetArrayLength());
            return counter.Count;
        }

        var fifty = await QueriesFor("/api/operations?pageSize=50", 50);
        var five = await QueriesFor("/api/operations?pageSize=5", 5);
        // Sign-in and scope lookups are part of every request; the list itself must not grow with its rows (it took
        // 2 per row before: 104 for these 50).
        Assert.True(fifty <= 15, $"{fifty} queries for 50 rows");
        Assert.True(fifty - five <= 2, $"{fifty} queries for 50 rows, {five} for 5");
    }
}

[Collection("Sqlite")]
public sealed class ListKitSqlite(SqliteFactory f) : ListKitTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class ListKitPostgres(PostgresFactory f) : ListKitTests(f.WithClockReset());

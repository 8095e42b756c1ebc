using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Dajia.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Api;

public abstract class LiaisonTableApiTests(DajiaFactory app)
{
    private static JsonElement Row(JsonElement overview, Guid unitId) =>
        overview.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unitId").GetGuid() == unitId);

    [Fact]
    public async Task The_office_opens_the_round_and_sees_on_time_late_and_missing()
    {
        const int year = 2017;
        app.Clock.Now = new DateTimeOffset(year, 9, 19, 15, 59, 0, TimeSpan.Zero); // 23:59 China time on the due day
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        var opened = await (await staff.PutAsJsonAsync($"/api/liaison-tables/{year}", new { dueOn = $"{year}-09-19" })).JsonAsync();
        Assert.Equal($"{year}-09-19", opened.GetProperty("dueOn").GetString());

        var submitted = await (await (await w.ClientFor(w.LiaisonA))
            .PostAsync($"/api/units/{w.UnitA.Id}/liaison-submission?year={year}", null)).JsonAsync();
        Assert.Equal("Online", submitted.GetProperty("channel").GetString());

        app.Clock.Now = new DateTimeOffset(year, 9, 19, 16, 1, 0, TimeSpan.Zero); // 00:01 on the 20th in China
        var overview = await (await staff.GetAsync($"/api/liaison-tables/{year}")).JsonAsync();
        Assert.Equal("OnTime", Row(overview, w.UnitA.Id).GetProperty("status").GetString());
        Assert.Equal("Missing", Row(overview, w.UnitB.Id).GetProperty("status").GetString());
        Assert.Equal(1, overview.GetProperty("counts").GetProperty("Missing").GetInt32());

        await (await staff.PutAsJsonAsync($"/api/units/{w.UnitB.Id}/liaison", new { name = "李四", mobile = "13600001234" })).JsonAsync();
        var onBehalf = await (await staff.PostAsync($"/api/units/{w.UnitB.Id}/liaison-submission?year={year}", null)).JsonAsync();
        Assert.Equal("OnBehalf", onBehalf.GetProperty("channel").GetString());
        overview = await (await staff.GetAsync($"/api/liaison-tables/{year}")).JsonAsync();
        Assert.Equal("Late", Row(overview, w.UnitB.Id).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_unit_without_a_liaison_or_without_an_open_round_cannot_submit()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var b = await w.ClientFor(w.LiaisonB);
        var noRound = await (await b.PostAsync($"/api/units/{w.UnitB.Id}/liaison-submission", null)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("请先填写联络员信息再报送", noRound.GetProperty("detail").GetString());
        var a = await w.ClientFor(w.LiaisonA);
        var notOpen = await (await a.PostAsync($"/api/units/{w.UnitA.Id}/liaison-submission", null)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("打假办尚未发布本年度联络员表报送要求", notOpen.GetProperty("detail").GetString());
        await (await a.PostAsync($"/api/units/{w.UnitB.Id}/liaison-submission", null)).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Only_the_office_sets_the_due_date_and_bad_dates_are_named()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        await (await (await w.ClientFor(w.LiaisonA)).PutAsJsonAsync("/api/liaison-tables/2017", new { dueOn = "2017-09-19" }))
            .ProblemAsync(HttpStatusCode.Forbidden);
        var staff = await w.ClientFor(w.Staff);
        var far = await (await staff.PutAsJsonAsync("/api/liaison-tables/2017", new { dueOn = "2030-01-01" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("截止日期应在该年度前后一年之内", far.ErrorsFor("dueOn").Single());
        var notDate = await staff.PutAsJsonAsync("/api/liaison-tables/2017", new { dueOn = "2017-13-45" });
        await notDate.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_export_is_a_real_xlsx_in_the_official_layout()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var response = await (await w.ClientFor(w.Leader)).GetAsync("/api/units/liaison-table.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var book = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var ws = book.Worksheets.First();
        Assert.Equal($"镇{w.Tag}打假办成员单位联络员表", ws.Cell(1, 1).GetString());
        Assert.Contains(ws.MergedRanges, r => r.RangeAddress.ToString() == "A1:M1");
        Assert.Equal("分管领导", ws.Cell(2, 3).GetString());
        Assert.Equal(["姓名", "职务", "手机"], new[] { 3, 4, 5 }.Select(c => ws.Cell(3, c).GetString()));
        Assert.Equal("市场监管分局" + w.Tag, ws.Cell(4, 2).GetString());
        Assert.Equal("张三", ws.Cell(4, 6).GetString());
        Assert.Equal("13800138000", ws.Cell(4, 10).GetString());
        Assert.Equal("0760-87110001", ws.Cell(4, 9).GetString());
        Assert.StartsWith("填报日期：", ws.Cell(7, 1).GetString());
        await (await (await w.ClientFor(w.LiaisonA)).GetAsync("/api/units/liaison-table.xlsx")).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_filled_table_imports_every_row_and_counts_as_submitted()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        await (await staff.PutAsJsonAsync("/api/liaison-tables/2017", new { dueOn = "2017-09-19" })).JsonAsync();
        var xlsx = await (await staff.GetAsync("/api/units/liaison-table.xlsx")).Content.ReadAsByteArrayAsync();
        xlsx = Workbooks.Edit(xlsx, ws =>
        {
            ws.Cell(5, 6).Value = "赵敏"; ws.Cell(5, 7).Value = "女"; ws.Cell(5, 10).SetValue("13512345678");
            ws.Cell(5, 9).SetValue("87113344");
        });
        var result = await (await staff.PostAsync("/api/units/liaison-table?year=2017", Workbooks.Upload(xlsx))).JsonAsync();
        Assert.Equal(2, result.GetProperty("unitsUpdated").GetInt32());
        Assert.Equal(1, result.GetProperty("liaisonsChanged").GetInt32());
        var b = await (await staff.GetAsync($"/api/units/{w.UnitB.Id}")).JsonAsync();
        Assert.Equal("赵敏", b.GetProperty("liaison").GetProperty("name").GetString());
        Assert.Equal("Female", b.GetProperty("liaison").GetProperty("gender").GetString());
        var overview = await (await staff.GetAsync("/api/liaison-tables/2017")).JsonAsync();
        Assert.Equal("Import", Row(overview, w.UnitB.Id).GetProperty("channel").GetString());
    }

    [Fact]
    public async Task One_bad_row_rejects_the_whole_file_with_row_numbers()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        var xlsx = await (await staff.GetAsync("/api/units/liaison-table.xlsx")).Content.ReadAsByteArrayAsync();
        xlsx = Workbooks.Edit(xlsx, ws =>
        {
            ws.Cell(4, 6).Value = "改名"; // valid change to unit A …
            ws.Cell(5, 6).Value = "赵敏"; ws.Cell(5, 10).SetValue("1351234"); // … but unit B's mobile is wrong
            ws.Cell(6, 2).Value = "不存在的单位"; ws.Cell(6, 6).Value = "某人"; ws.Cell(6, 10).SetValue("13512345678");
        });
        var problem = await (await staff.PostAsync("/api/units/liaison-table", Workbooks.Upload(xlsx)))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith("第 5 行 手机：手机号码应为 11 位数字", problem.ErrorsFor("row5").Single());
        Assert.StartsWith("第 6 行 单位名称：找不到该单位", problem.ErrorsFor("row6").Single());
        var a = await (await staff.GetAsync($"/api/units/{w.UnitA.Id}")).JsonAsync();
        Assert.Equal("张三", a.GetProperty("liaison").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("table.xlsx", "", "上传的文件是空的")]
    [InlineData("table.csv", "序号,单位名称", "只接受 Excel .xlsx 文件")]
    [InlineData("table.xlsx", "not really a zip file", "只接受 Excel .xlsx 文件")]
    [InlineData("table.xlsx", "PK\u0003\u0004 broken zip", "文件无法读取")]
    public async Task Files_that_are_not_a_liaison_table_are_refused(string fileName, string content, string message)
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        var response = await staff.PostAsync("/api/units/liaison-table",
            Workbooks.Upload(System.Text.Encoding.Latin1.GetBytes(content), fileName));
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors").EnumerateObject().SelectMany(p => p.Value.EnumerateArray()).Select(e => e.GetString());
        Assert.Contains(errors, e => e!.StartsWith(message));
    }

    [Fact]
    public async Task Too_large_and_wrong_layout_files_are_refused()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        var big = new byte[6 * 1024 * 1024];
        "PK\u0003\u0004"u8.CopyTo(big);
        var tooBig = await (await staff.PostAsync("/api/units/liaison-table", Workbooks.Upload(big)))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("文件过大：不能超过 5 MB", tooBig.ErrorsFor("file").Single());

        using var book = new XLWorkbook();
        book.AddWorksheet("Sheet1").Cell(1, 1).Value = "随便一张表";
        using var ms = new MemoryStream();
        book.SaveAs(ms);
        var layout = await (await staff.PostAsync("/api/units/liaison-table", Workbooks.Upload(ms.ToArray())))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith("表头与附件1", layout.ErrorsFor("file").Single());
        Assert.Equal(0,
            await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Liaisons.CountAsync(l => l.UnitId == w.UnitB.Id)));
    }

    [Fact]
    public async Task Import_needs_a_bearer_token_and_an_office_role()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var xlsx = await (await (await w.ClientFor(w.Staff)).GetAsync("/api/units/liaison-table.xlsx")).Content.ReadAsByteArrayAsync();
        await (await (await w.ClientFor(w.LiaisonA)).PostAsync("/api/units/liaison-table", Workbooks.Upload(xlsx)))
            .ProblemAsync(HttpStatusCode.Forbidden);
        var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await anonymous.PostAsync("/api/units/liaison-table", Workbooks.Upload(xlsx))).StatusCode);
    }
}

[Collection("Sqlite")]
public sealed class LiaisonTableApiSqlite(SqliteFactory f) : LiaisonTableApiTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class LiaisonTableApiPostgres(PostgresFactory f) : LiaisonTableApiTests(f.WithClockReset());

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Api;

/// <summary>
/// A 附件1 round keeps each unit's table as submitted: later changes are seen as "changed since submission" and a
/// resubmission is the next version; a past round shows its own people and dates; a closed round takes no change.
/// </summary>
public abstract class LiaisonRoundTests(DajiaFactory app)
{
    private static DateTimeOffset China(int y, int m, int d, int h = 10) => new(y, m, d, h, 0, 0, TimeSpan.FromHours(8));

    private static JsonElement Row(JsonElement overview, Guid unitId) =>
        overview.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unitId").GetGuid() == unitId);

    [Fact]
    public async Task A_change_after_submitting_is_seen_and_resubmitted_while_last_years_round_keeps_its_people_and_dates()
    {
        app.Clock.Now = China(2017, 9, 13);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        var a = await w.ClientFor(w.LiaisonA);
        await (await staff.PutAsJsonAsync("/api/liaison-tables/2017", new { dueOn = "2017-09-19" })).JsonAsync();
        await (await a.PostAsync($"/api/units/{w.UnitA.Id}/liaison-submission?year=2017", null)).JsonAsync();

        app.Clock.Now = China(2018, 3, 1); // tokens expire: sign in again
        (staff, a) = (await w.ClientFor(w.Staff), await w.ClientFor(w.LiaisonA));
        await (await staff.PutAsJsonAsync("/api/liaison-tables/2018", new { dueOn = "2018-03-20" })).JsonAsync();
        var first = await (await a.PostAsync($"/api/units/{w.UnitA.Id}/liaison-submission?year=2018", null)).JsonAsync();
        Assert.Equal(1, first.GetProperty("version").GetInt32());
        app.Clock.Now = China(2018, 3, 5);
        (staff, a) = (await w.ClientFor(w.Staff), await w.ClientFor(w.LiaisonA));
        await (await a.PutAsJsonAsync($"/api/units/{w.UnitA.Id}/liaison", new { name = "王五", mobile = "13711112222" })).JsonAsync();

        var row = Row(await (await staff.GetAsync("/api/liaison-tables/2018")).JsonAsync(), w.UnitA.Id);
        Assert.True(row.GetProperty("changedSinceSubmission").GetBoolean());
        Assert.Equal("张三", row.GetProperty("liaisonName").GetString()); // as submitted, not as changed
        Assert.Equal("OnTime", row.GetProperty("status").GetString());
        var round = await (await staff.GetAsync($"/api/liaison-tables/2018/units/{w.UnitA.Id}")).JsonAsync();
        Assert.Equal("王五", round.GetProperty("current").GetProperty("primary").GetProperty("name").GetString());
        Assert.Equal("张三", round.GetProperty("versions")[0].GetProperty("content").GetProperty("primary").GetProperty("name").GetString());

        var again = await (await a.PostAsync($"/api/units/{w.UnitA.Id}/liaison-submission?year=2018", null)).JsonAsync();
        Assert.Equal(2, again.GetProperty("version").GetInt32());
        row = Row(await (await staff.GetAsync("/api/liaison-tables/2018")).JsonAsync(), w.UnitA.Id);
        Assert.False(row.GetProperty("changedSinceSubmission").GetBoolean());
        Assert.Equal("王五", row.GetProperty("liaisonName").GetString());
        Assert.Equal(China(2018, 3, 1), row.GetProperty("firstSubmittedAt").GetDateTimeOffset());
        Assert.Equal("OnTime", row.GetProperty("status").GetString()); // the first version met the deadline
        round = await (await staff.GetAsync($"/api/liaison-tables/2018/units/{w.UnitA.Id}")).JsonAsync();
        Assert.Equal([2, 1], round.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));

        var past = Row(await (await staff.GetAsync("/api/liaison-tables/2017")).JsonAsync(), w.UnitA.Id);
        Assert.Equal("张三", past.GetProperty("liaisonName").GetString());
        Assert.Equal(China(2017, 9, 13), past.GetProperty("submittedAt").GetDateTimeOffset());
        Assert.False(past.GetProperty("changedSinceSubmission").GetBoolean()); // a closed round is history

        var export = await staff.GetAsync("/api/units/liaison-table.xlsx?year=2017");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("联络员表-2017年度.xlsx", export.Content.Headers.ContentDisposition!.FileNameStar);
        using var book = new XLWorkbook(await export.Content.ReadAsStreamAsync());
        var ws = book.Worksheets.First();
        Assert.Equal($"镇{w.Tag}打假办2017年度成员单位联络员表", ws.Cell(1, 1).GetString());
        Assert.Equal("张三", ws.Cell(4, 6).GetString());
        Assert.Equal("9月13日报送", ws.Cell(4, 13).GetString());
        Assert.Equal("未报送", ws.Cell(5, 13).GetString()); // unit B never submitted in 2017
        Assert.Equal("", ws.Cell(5, 6).GetString());
        Assert.Equal("填报日期：2017年9月13日", ws.Cell(7, 1).GetString());
    }

    [Fact]
    public async Task A_closed_round_refuses_submissions_imports_and_due_dates_and_reopens_only_within_its_year()
    {
        app.Clock.Now = China(2017, 9, 13);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        var a = await w.ClientFor(w.LiaisonA);
        await (await staff.PutAsJsonAsync("/api/liaison-tables/2017", new { dueOn = "2017-09-19" })).JsonAsync();
        var closed = await (await staff.PostAsync("/api/liaison-tables/2017/close", null)).JsonAsync();
        Assert.True(closed.GetProperty("closed").GetBoolean());

        const string refusal = "2017 年度联络员表报送已结束，不能再修改";
        var submit = await (await a.PostAsync($"/api/units/{w.UnitA.Id}/liaison-submission?year=2017", null))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(refusal, submit.GetProperty("detail").GetString());
        var due = await (await staff.PutAsJsonAsync("/api/liaison-tables/2017", new { dueOn = "2017-09-29" }))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(refusal, due.GetProperty("detail").GetString());
        var xlsx = await (await staff.GetAsync("/api/units/liaison-table.xlsx")).Content.ReadAsByteArrayAsync();
        var import = await (await staff.PostAsync("/api/units/liaison-table?year=2017", Workbooks.Upload(xlsx)))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(refusal, import.GetProperty("detail").GetString());
        var overview = await (await staff.GetAsync("/api/liaison-tables/2017")).JsonAsync();
        Assert.Equal(0, Row(overview, w.UnitA.Id).GetProperty("version").GetInt32());
        Assert.Equal("2017-09-19", overview.GetProperty("dueOn").GetString());

        var planBody = new
        {
            year = 2017, title = "2017年打假工作方案", goals = "目标", tasks = "任务", fullText = "全文", liaisonTableDueOn = "2017-09-29",
            quarterlyReportDueDay = 25, quarterlyReportMonths = new[] { 9, 12 },
        };
        var plan = await (await staff.PostAsJsonAsync("/api/campaigns", planBody)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(refusal, plan.ErrorsFor("liaisonTableDueOn").Single()); // nor through the year's plan

        await (await staff.PostAsync("/api/liaison-tables/2017/reopen", null)).JsonAsync();
        await (await a.PostAsync($"/api/units/{w.UnitA.Id}/liaison-submission?year=2017", null)).JsonAsync();

        app.Clock.Now = China(2018, 1, 2); // the year and its due date are over: closed for good
        staff = await w.ClientFor(w.Staff);
        await (await staff.PutAsJsonAsync("/api/liaison-tables/2017", new { dueOn = "2018-01-10" }))
            .ProblemAsync(HttpStatusCode.Conflict);
        await (await staff.PostAsync("/api/liaison-tables/2017/close", null)).JsonAsync();
        var reopen = await (await staff.PostAsync("/api/liaison-tables/2017/reopen", null)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("2017 年度已结束，该年度的报送不能重新开放", reopen.GetProperty("detail").GetString());
        await (await (await w.ClientFor(w.LiaisonA)).PostAsync("/api/liaison-tables/2017/close", null))
            .ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_page_of_a_closed_round_refuses_an_import_and_names_people_not_accounts()
    {
        app.Clock.Now = China(2017, 9, 13);
        var w = await World.CreateAsync(app);
        await app.InScopeAsync(async sp =>
        {
            // People have names: the world's accounts are named after themselves, so give two of them real ones.
            var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Dajia.Web.Infrastructure.Auth.AppUser>>();
            foreach (var (account, name) in new[] { (w.Staff, "何雪梅"), (w.LiaisonA, "陈志强") })
            {
                var u = await users.FindByNameAsync(account);
                u!.DisplayName = name;
                await users.UpdateAsync(u);
            }
            return 0;
        });
        var staff = await Pages.SignInAsync(app, w.Staff);
        var liaison = await Pages.SignInAsync(app, w.LiaisonA);
        await staff.PostFormAsync("/LiaisonTables?year=2017", [new("year", "2017"), new("DueOn", "2017-09-19")],
            "/LiaisonTables?handler=DueOn");
        await liaison.PostFormAsync($"/Units/{w.UnitA.Id}", [], $"/Units/{w.UnitA.Id}?handler=Submit");
        await liaison.PostFormAsync($"/Units/{w.UnitA.Id}/Liaison?role=Primary",
            [new("role", "Primary"), new("Input.Name", "王五"), new("Input.Mobile", "13711112222")]);

        var unitPage = await (await staff.GetAsync($"/Units/{w.UnitA.Id}")).Content.ReadAsStringAsync();
        Assert.Contains("由 陈志强 报送", unitPage);
        Assert.Contains("报送后有变更", unitPage);
        Assert.Contains("陈志强", unitPage); // the liaison history's 登记人
        Assert.DoesNotContain(w.LiaisonA, unitPage);
        var list = await (await staff.GetAsync("/LiaisonTables?year=2017")).Content.ReadAsStringAsync();
        Assert.Contains("报送后有变更", list);
        Assert.DoesNotContain(w.LiaisonA, list);

        await staff.PostFormAsync("/LiaisonTables?year=2017", [new("year", "2017")], "/LiaisonTables?handler=Close");
        var xlsx = await (await staff.GetAsync("/api/units/liaison-table.xlsx")).Content.ReadAsByteArrayAsync();
        var page = await (await staff.GetAsync("/LiaisonTables?year=2017")).Content.ReadAsStringAsync();
        Assert.Contains("2017 年度报送已结束", page);
        Assert.DoesNotContain("handler=Import", page);
        var token = System.Text.RegularExpressions.Regex
            .Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var form = Workbooks.Upload(xlsx);
        form.Add(new StringContent("2017"), "year");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var refused = await (await staff.PostAsync("/LiaisonTables?handler=Import", form)).Content.ReadAsStringAsync();
        Assert.Contains("2017 年度联络员表报送已结束，不能再修改", refused);
    }
}

[Collection("Sqlite")]
public sealed class LiaisonRoundSqlite(SqliteFactory f) : LiaisonRoundTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class LiaisonRoundPostgres(PostgresFactory f) : LiaisonRoundTests(f.WithClockReset());

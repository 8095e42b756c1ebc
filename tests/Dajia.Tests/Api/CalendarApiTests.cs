using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dajia.Tests.Api;

public abstract class CalendarApiTests(DajiaFactory app)
{
    [Fact]
    public async Task Adding_working_and_calendar_days_answers_in_the_documented_shape()
    {
        var w = await World.CreateAsync(app);
        var client = await w.ClientFor(w.LiaisonA);
        var wd = await (await client.GetAsync("/api/calendar/add-working-days?from=2017-09-28&days=7")).Content.ReadAsStringAsync();
        Assert.Equal("""{"from":"2017-09-28","days":7,"due":"2017-10-13","estimated":false}""", wd);
        var cd = await (await client.GetAsync("/api/calendar/add-calendar-days?from=2017-09-28&days=7")).JsonAsync();
        Assert.Equal("2017-10-09", cd.GetProperty("due").GetString());
        var day = await (await client.GetAsync("/api/calendar/days/2017-09-30")).Content.ReadAsStringAsync();
        Assert.StartsWith(""""{"date":"2017-09-30","isWorkingDay":true,"kind":"MakeupWorkday","name":"国庆节、中秋节"""", day);
        var future = await (await client.GetAsync("/api/calendar/add-working-days?from=2027-09-28&days=7")).JsonAsync();
        Assert.True(future.GetProperty("estimated").GetBoolean());
    }

    [Theory]
    [InlineData("/api/calendar/add-working-days?from=2017-9-28&days=7", "from", "日期格式应为 yyyy-MM-dd")]
    [InlineData("/api/calendar/add-working-days?from=2017-13-01&days=7", "from", "日期格式应为 yyyy-MM-dd")]
    [InlineData("/api/calendar/add-working-days?from=not-a-date&days=7", "from", "日期格式应为 yyyy-MM-dd")]
    [InlineData("/api/calendar/add-working-days?days=7", "from", "请填写日期")]
    [InlineData("/api/calendar/add-working-days?from=2017-09-28&days=-1", "days", "天数不能为负数")]
    [InlineData("/api/calendar/add-working-days?from=2017-09-28&days=3651", "days", "天数不能超过 3650")]
    [InlineData("/api/calendar/add-calendar-days?from=2017-09-28&days=abc", "days", "天数应为整数")]
    [InlineData("/api/calendar/add-calendar-days?from=1999-12-31&days=1", "from", "年份应在 2000–2099 之间")]
    [InlineData("/api/calendar/days/2017-02-30", "date", "日期格式应为 yyyy-MM-dd")]
    [InlineData("/api/calendar/1999", "year", "年份应在 2000–2099 之间")]
    [InlineData("/api/deadline-rules/clue.verify/due?start=x", "start", "日期格式应为 yyyy-MM-dd")]
    public async Task Bad_input_is_a_chinese_400_naming_the_field(string url, string field, string message)
    {
        var w = await World.CreateAsync(app);
        var problem = await (await (await w.ClientFor(w.Leader)).GetAsync(url)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith(message, problem.ErrorsFor(field).Single());
    }

    [Fact]
    public async Task A_year_lists_its_exceptions_and_its_source()
    {
        var w = await World.CreateAsync(app);
        var year = await (await (await w.ClientFor(w.Staff)).GetAsync("/api/calendar/2017")).JsonAsync();
        Assert.False(year.GetProperty("estimated").GetBoolean());
        Assert.Contains("content_5141603", year.GetProperty("papers").GetString());
        var days = year.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal(8,
            days.Count(d => d.GetProperty("kind").GetString() == "Holiday" && d.GetProperty("date").GetString()!.StartsWith("2017-10")));
        Assert.True((await (await (await w.ClientFor(w.Staff)).GetAsync("/api/calendar/2027")).JsonAsync())
            .GetProperty("estimated").GetBoolean());
    }

    [Fact]
    public async Task Rules_carry_their_legal_basis_and_the_calculator_lists_the_counted_days()
    {
        var w = await World.CreateAsync(app);
        var client = await w.ClientFor(w.LiaisonA);
        var rules = (await (await client.GetAsync("/api/deadline-rules")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        foreach (var code in new[] { "complaint.accept", "complaint.mediation", "clue.verify", "informant.notify", "case.decision",
                     "penalty.publish", "penalty.withdraw", "evidence.preservation", "transfer.approve", "transfer.handover",
                     "transfer.police-decision", "transfer.reconsider", "transfer.review", "transfer.exhibits" })
            Assert.Contains(rules, r => r.GetProperty("code").GetString() == code && r.GetProperty("legalBasis").GetString()!.Length > 10);
        // In 2017 the 工商 rule gave 7 working days for the 立案 decision; since April 2019 it is 15.
        var clue = await (await client.GetAsync("/api/deadline-rules/clue.verify/due?start=2017-09-20")).JsonAsync();
        Assert.Equal("2017-09-29", clue.GetProperty("due").GetString());
        Assert.Equal(7, clue.GetProperty("countedDays").GetArrayLength());
        var clue2019 = await (await client.GetAsync("/api/deadline-rules/clue.verify/due?start=2019-09-20")).JsonAsync();
        Assert.Equal(15, clue2019.GetProperty("countedDays").GetArrayLength());
        Assert.Equal("2019-09-29", clue2019.GetProperty("countedDays")[5].GetString()); // a make-up Sunday counts
        // The complaint rule of 2017 is the 工商 one, not the 2020 one: each version applies in its own years.
        var complaint2017 = await (await client.GetAsync("/api/deadline-rules/complaint.accept/due?start=2017-09-28")).JsonAsync();
        Assert.Contains("工商总局令第62号", complaint2017.GetProperty("rule").GetProperty("legalBasis").GetString());
        Assert.Equal("2017-10-13", complaint2017.GetProperty("due").GetString());
        await (await client.GetAsync("/api/deadline-rules/no.such/due?start=2017-09-28")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_a_root_admin_edits_rules_and_versions_may_not_overlap()
    {
        var w = await World.CreateAsync(app);
        var body = new
        {
            code = $"test.{w.Tag}", name = "测试规则", legalBasis = "测试用的法律依据文字", timeUnit = "WorkingDays", amount = 10,
            effectiveFrom = "2020-01-01"
        };
        await (await (await w.ClientFor(w.Staff)).PostAsJsonAsync("/api/deadline-rules", body)).ProblemAsync(HttpStatusCode.Forbidden);
        var admin = await w.ClientFor(w.RootAdmin);
        var created = await (await admin.PostAsJsonAsync("/api/deadline-rules", body)).JsonAsync(HttpStatusCode.Created);
        var overlap = await (await admin.PostAsJsonAsync("/api/deadline-rules", body with { effectiveFrom = "2021-01-01" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("与同一代码的其他版本适用期间重叠", overlap.ErrorsFor("effectiveFrom").Single());
        var bad = await (await admin.PutAsJsonAsync($"/api/deadline-rules/{created.GetProperty("id").GetGuid()}",
            new
            {
                name = "", legalBasis = "", timeUnit = "WorkingDays", amount = 0, effectiveFrom = "2020-01-01",
                effectiveTo = "2019-01-01"
            })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["amount", "effectiveTo", "legalBasis", "name"],
            bad.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public async Task Editing_the_calendar_recomputes_open_deadlines_and_their_history_shows_it()
    {
        app.Clock.Now = new DateTimeOffset(2019, 9, 26, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        var created = await staff.AttachDeadlineAsync("complaint.accept", new DateTimeOffset(2019, 9, 26, 2, 0, 0, TimeSpan.Zero));
        Assert.Equal("2019-10-11", created.GetProperty("dueOn").GetString()); // 2019: 29 Sep and 12 Oct were make-up days
        var id = created.GetProperty("id").GetGuid();

        var admin = await w.ClientFor(w.RootAdmin);
        var day = await (await admin.PutAsJsonAsync("/api/calendar/days/2019-10-10", new { kind = "Holiday", name = "测试调整" })).JsonAsync();
        Assert.False(day.GetProperty("isWorkingDay").GetBoolean());
        var moved = await (await staff.GetAsync($"/api/deadlines/{id}")).JsonAsync();
        Assert.Equal("2019-10-12", moved.GetProperty("dueOn").GetString()); // the make-up Saturday
        var last = moved.GetProperty("history").EnumerateArray().Last();
        Assert.Equal("Recomputed", last.GetProperty("kind").GetString());
        Assert.Equal("2019-10-11", last.GetProperty("dueBefore").GetString());
        Assert.Contains("2019-10-10", last.GetProperty("note").GetString());

        await (await admin.PutAsJsonAsync("/api/calendar/days/2019-10-10", new { kind = "Normal" })).JsonAsync();
        Assert.Equal("2019-10-11", (await (await staff.GetAsync($"/api/deadlines/{id}")).JsonAsync()).GetProperty("dueOn").GetString());
        var audit = await (await admin.GetAsync("/api/audit?entityType=CalendarDay")).JsonAsync();
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), a => a.GetProperty("changes").GetString()!.Contains("测试调整"));
        await (await staff.PutAsJsonAsync("/api/calendar/days/2019-10-10", new { kind = "Holiday", name = "x" }))
            .ProblemAsync(HttpStatusCode.Forbidden);
        var badKind = await (await admin.PutAsJsonAsync("/api/calendar/days/2019-10-10", new { kind = "Weekend" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith("类型应为", badKind.ErrorsFor("kind").Single());
    }

    [Fact]
    public async Task Importing_a_year_replaces_its_notice_and_ends_the_estimate()
    {
        var w = await World.CreateAsync(app);
        var admin = await w.ClientFor(w.RootAdmin);
        var year = 2090 + Math.Abs(w.Tag.GetHashCode() % 9); // a year of its own, so parallel classes never meet
        var body = new
        {
            year, papers = new[] { "https://www.gov.cn/example" },
            days = new object[]
            {
                new { name = "元旦", date = $"{year}-01-02", isOffDay = true },
                new { name = "春节", date = $"{year}-01-07", isOffDay = false },
            },
        };
        var imported = await (await admin.PutAsJsonAsync($"/api/calendar/{year}", body)).JsonAsync();
        Assert.False(imported.GetProperty("estimated").GetBoolean());
        Assert.Equal(2, imported.GetProperty("days").GetArrayLength());
        var bad = await (await admin.PutAsJsonAsync($"/api/calendar/{year}", new
        {
            year = year + 1,
            days = new object[] { new { name = "x", date = "2017-02-30", isOffDay = true },
                    new { name = "y", date = $"{year}-03-01" } },
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["days[0].date", "days[1].isOffDay", "year"], bad.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(2, (await (await admin.GetAsync($"/api/calendar/{year}")).JsonAsync()).GetProperty("days").GetArrayLength());
    }

    [Fact]
    public async Task A_deadline_pauses_resumes_extends_and_is_met_through_the_api()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 21, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        var d = await staff.AttachDeadlineAsync("clue.verify", new DateTimeOffset(2017, 9, 20, 2, 0, 0, TimeSpan.Zero));
        var id = d.GetProperty("id").GetGuid();
        Assert.Equal("2017-09-29", d.GetProperty("dueOn").GetString());
        var noReason = await (await staff.PostAsJsonAsync($"/api/deadlines/{id}/pause", new { from = "2017-09-25" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Single(noReason.ErrorsFor("reason"));
        var afterDue = await (await staff.PostAsJsonAsync($"/api/deadlines/{id}/pause", new { from = "2017-09-30", reason = "送检" }))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("期限已届满，不能再中止", afterDue.GetProperty("detail").GetString());
        Assert.Single((await (await staff.GetAsync($"/api/deadlines/{id}")).JsonAsync()).GetProperty("history").EnumerateArray());
        await (await staff.PostAsJsonAsync($"/api/deadlines/{id}/pause", new { from = "2017-09-25", reason = "送检" })).JsonAsync();
        var resumed = await (await staff.PostAsJsonAsync($"/api/deadlines/{id}/resume", new { to = "2017-09-26" })).JsonAsync();
        Assert.Equal("2017-10-09", resumed.GetProperty("dueOn").GetString());
        var extended = await (await staff.PostAsJsonAsync($"/api/deadlines/{id}/extend", new { requestedBy = "核查人", reason = "情况复杂" }))
            .JsonAsync();
        Assert.Equal("2017-10-19", extended.GetProperty("dueOn").GetString());
        var again = await (await staff.PostAsJsonAsync($"/api/deadlines/{id}/extend", new { requestedBy = "核查人", reason = "再延" }))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.StartsWith("已用完可批准的延长次数", again.GetProperty("detail").GetString());
        app.Clock.Now = new DateTimeOffset(2017, 10, 18, 2, 0, 0, TimeSpan.Zero);
        var met = await (await (await w.ClientFor(w.Staff)).PostAsync($"/api/deadlines/{id}/met", null)).JsonAsync();
        Assert.Equal("MetOnTime", met.GetProperty("state").GetString());
        await (await (await w.ClientFor(w.LiaisonA)).PostAsync($"/api/deadlines/{id}/met", null)).ProblemAsync(HttpStatusCode.Forbidden);
        var other = await World.CreateAsync(app);
        await (await (await other.ClientFor(other.Staff)).GetAsync($"/api/deadlines/{id}")).ProblemAsync(HttpStatusCode.NotFound);
    }
}

[Collection("Sqlite")]
public sealed class CalendarApiSqlite(SqliteFactory f) : CalendarApiTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class CalendarApiPostgres(PostgresFactory f) : CalendarApiTests(f.WithClockReset());

using System.Net;
using System.Net.Http.Json;

namespace Dajia.Tests.Api;

/// <summary>The working-day calendar and the time-limit rules are national: only an admin of a root jurisdiction edits them.</summary>
public abstract class CalendarOwnershipTests(DajiaFactory app)
{
    [Fact]
    public async Task A_town_or_city_admin_gets_403_and_no_deadline_moves()
    {
        app.Clock.Now = new DateTimeOffset(2019, 9, 26, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        var deadline = await staff.AttachDeadlineAsync("complaint.accept", new DateTimeOffset(2019, 9, 26, 2, 0, 0, TimeSpan.Zero));
        var deadlineUrl = $"/api/deadlines/{deadline.GetProperty("id").GetGuid()}";
        var year2019 = await (await staff.GetAsync("/api/calendar/2019")).Content.ReadAsStringAsync();
        var root = await w.ClientFor(w.RootAdmin);
        var rule = await (await root.PostAsJsonAsync("/api/deadline-rules", new
        {
            code = $"own.{w.Tag}", name = "测试规则", legalBasis = "测试用的法律依据文字", timeUnit = "WorkingDays", amount = 10,
            effectiveFrom = "2020-01-01",
        })).JsonAsync(HttpStatusCode.Created);
        var ruleId = rule.GetProperty("id").GetGuid();

        foreach (var admin in new[] { w.Admin, w.CityAdmin })
        {
            var client = await w.ClientFor(admin);
            var day = await (await client.PutAsJsonAsync("/api/calendar/days/2019-10-10", new { kind = "Holiday", name = "越权" }))
                .ProblemAsync(HttpStatusCode.Forbidden);
            Assert.Equal("无权执行此操作", day.Title());
            await (await client.PutAsJsonAsync("/api/calendar/2019", new { year = 2019, days = Array.Empty<object>() }))
                .ProblemAsync(HttpStatusCode.Forbidden);
            await (await client.PutAsJsonAsync($"/api/deadline-rules/{ruleId}", new
            {
                name = "越权", legalBasis = "越权修改的依据文字", timeUnit = "WorkingDays", amount = 1, effectiveFrom = "2020-01-01",
            })).ProblemAsync(HttpStatusCode.Forbidden);
            await (await client.PostAsJsonAsync("/api/deadline-rules", new
            {
                code = $"own2.{w.Tag}", name = "越权", legalBasis = "越权新增的依据文字", timeUnit = "WorkingDays", amount = 1,
                effectiveFrom = "2020-01-01",
            })).ProblemAsync(HttpStatusCode.Forbidden);
        }

        Assert.True((await (await staff.GetAsync("/api/calendar/days/2019-10-10")).JsonAsync()).GetProperty("isWorkingDay").GetBoolean());
        Assert.Equal(year2019, await (await staff.GetAsync("/api/calendar/2019")).Content.ReadAsStringAsync());
        var rules = (await (await staff.GetAsync("/api/deadline-rules")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(10, rules.Single(r => r.GetProperty("id").GetGuid() == ruleId).GetProperty("amount").GetInt32());
        Assert.DoesNotContain(rules, r => r.GetProperty("code").GetString() == $"own2.{w.Tag}");
        var after = await (await staff.GetAsync(deadlineUrl)).JsonAsync();
        Assert.Equal("2019-10-11", after.GetProperty("dueOn").GetString());
        Assert.Equal(deadline.GetProperty("history").GetArrayLength(), after.GetProperty("history").GetArrayLength());
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("www.gov.cn/没有协议")]
    public async Task A_calendar_source_must_be_a_web_link(string paper)
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var root = await w.ClientFor(w.RootAdmin);
        var year = 2080 + Math.Abs(w.Tag.GetHashCode() % 9);
        var bad = await (await root.PutAsJsonAsync($"/api/calendar/{year}", new
        {
            year, papers = new[] { "https://www.gov.cn/ok", paper },
            days = new[] { new { name = "元旦", date = $"{year}-01-02", isOffDay = true } },
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith("依据应为以 http:// 或 https:// 开头的网址", bad.ErrorsFor("papers[1]").Single());
        Assert.True((await (await root.GetAsync($"/api/calendar/{year}")).JsonAsync()).GetProperty("estimated").GetBoolean());
    }

    [Fact]
    public async Task The_pages_offer_editing_to_the_root_admin_only_and_refuse_a_town_admins_post()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var town = await Pages.SignInAsync(app, w.Admin);
        var calendar = await town.GetStringAsync("/Calendar?year=2019");
        Assert.DoesNotContain("调整某日", calendar);
        Assert.Contains("只有根区域（省级）的管理员可以修改", calendar);
        Assert.DoesNotContain("/Calendar/RuleEdit", await town.GetStringAsync("/Calendar/Rules"));
        // The calendar page shows this admin no form, so the token comes from another page of theirs.
        var refused = await town.PostFormAsync("/Account/ChangePassword",
            [new("year", "2019"), new("Date", "2019-10-10"), new("Kind", "Holiday"), new("Name", "越权")], "/Calendar?handler=Day");
        Assert.Equal("/Account/AccessDenied", refused.Headers.Location!.AbsolutePath);
        Assert.Equal("/Account/AccessDenied", (await town.GetAsync("/Calendar/RuleEdit")).Headers.Location!.AbsolutePath);
        Assert.True((await (await (await w.ClientFor(w.Staff)).GetAsync("/api/calendar/days/2019-10-10")).JsonAsync())
            .GetProperty("isWorkingDay").GetBoolean());

        var root = await Pages.SignInAsync(app, w.RootAdmin);
        Assert.Contains("调整某日", await root.GetStringAsync("/Calendar?year=2019"));
        Assert.Contains("/Calendar/RuleEdit", await root.GetStringAsync("/Calendar/Rules"));
        Assert.Equal(HttpStatusCode.OK, (await root.GetAsync("/Calendar/RuleEdit")).StatusCode);
    }
}

[Collection("Sqlite")]
public sealed class CalendarOwnershipSqlite(SqliteFactory f) : CalendarOwnershipTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class CalendarOwnershipPostgres(PostgresFactory f) : CalendarOwnershipTests(f.WithClockReset());

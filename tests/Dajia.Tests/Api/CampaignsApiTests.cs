using System.Net;
using System.Net.Http.Json;

namespace Dajia.Tests.Api;

public abstract class CampaignsApiTests(DajiaFactory app)
{
    private static object Plan(int year, string title) => new
    {
        year, title, goals = "目标", tasks = "任务", fullText = "全文", liaisonTableDueOn = $"{year}-09-19", quarterlyReportDueDay = 25,
        quarterlyReportMonths = new[] { 3, 6, 9, 12 }, annualSummaryDueOn = $"{year}-12-10", contactPhone = "87866388",
        stages = new[]
        {
            new { name = "组织、排查阶段", from = $"{year}-07-01", to = $"{year}-08-31" },
            new { name = "打击整治阶段", from = $"{year}-09-01", to = $"{year}-10-31" },
            new { name = "总结验收阶段", from = $"{year}-11-01", to = $"{year}-12-31" },
        },
    };

    [Fact]
    public async Task A_plan_shows_todays_stage_what_is_due_next_and_opens_the_liaison_round()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        var plan = await (await staff.PostAsJsonAsync("/api/campaigns", Plan(2017, "2017年打假工作方案"))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("打击整治阶段", plan.GetProperty("currentStage").GetString());
        var stages = plan.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("progress").GetInt32()).ToList();
        Assert.Equal(100, stages[0]);
        Assert.InRange(stages[1], 20, 22); // 13 of 61 days
        var upcoming = plan.GetProperty("upcoming").EnumerateArray().ToList();
        Assert.Equal(("LiaisonTable", "2017-09-19", 4),
            (upcoming[0].GetProperty("kind").GetString(), upcoming[0].GetProperty("due").GetString(),
                upcoming[0].GetProperty("workingDaysLeft").GetInt32()));
        Assert.Equal(("Quarter3", "2017-09-25"), (upcoming[1].GetProperty("kind").GetString(), upcoming[1].GetProperty("due").GetString()));
        Assert.Equal("AnnualSummary", upcoming.Last(u => u.GetProperty("due").GetString() == "2017-12-10").GetProperty("kind").GetString());
        var round = await (await staff.GetAsync("/api/liaison-tables/2017")).JsonAsync();
        Assert.Equal("2017-09-19", round.GetProperty("dueOn").GetString());
    }

    [Fact]
    public async Task Copying_a_plan_moves_every_date_a_year_and_publishing_puts_it_on_the_public_site()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        var year = 2050 + Math.Abs(w.Tag.GetHashCode() % 40);
        var plan = await (await staff.PostAsJsonAsync("/api/campaigns", Plan(year, $"{year}年打假工作方案"))).JsonAsync(HttpStatusCode.Created);
        var id = plan.GetProperty("id").GetGuid();
        var copy = await (await staff.PostAsync($"/api/campaigns/{id}/copy", null)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(year + 1, copy.GetProperty("year").GetInt32());
        Assert.Equal($"{year + 1}年打假工作方案", copy.GetProperty("title").GetString());
        Assert.Equal($"{year + 1}-11-01", copy.GetProperty("stages")[2].GetProperty("from").GetString());
        Assert.False(copy.GetProperty("published").GetBoolean());
        await (await staff.PostAsync($"/api/campaigns/{id}/copy", null)).ProblemAsync(HttpStatusCode.Conflict);

        var anonymous = app.CreateClient();
        await (await anonymous.GetAsync($"/api/public/campaigns/{year}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await staff.PostAsync($"/api/campaigns/{id}/publish", null)).JsonAsync();
        Assert.Equal("全文",
            (await (await anonymous.GetAsync($"/api/public/campaigns/{year}")).JsonAsync()).GetProperty("fullText").GetString());
        Assert.Contains("全文", await (await anonymous.GetAsync($"/Plan/{year}")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Bad_plans_are_refused_field_by_field_and_only_the_office_edits()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        await (await (await w.ClientFor(w.LiaisonA)).PostAsJsonAsync("/api/campaigns", Plan(2017, "x")))
            .ProblemAsync(HttpStatusCode.Forbidden);
        var bad = await (await (await w.ClientFor(w.Staff)).PostAsJsonAsync("/api/campaigns", new
        {
            year = 1990, title = "", quarterlyReportMonths = new[] { 13 }, contactEmail = "nope",
            stages = new[] { new { name = "阶段", from = "2017-09-01", to = "2017-08-01" } },
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["contactEmail", "quarterlyReportMonths", "stages[0].to", "title", "year"],
            bad.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
    }
}

[Collection("Sqlite")]
public sealed class CampaignsApiSqlite(SqliteFactory f) : CampaignsApiTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class CampaignsApiPostgres(PostgresFactory f) : CampaignsApiTests(f.WithClockReset());

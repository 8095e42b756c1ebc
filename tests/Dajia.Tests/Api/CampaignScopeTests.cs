using System.Net;
using System.Net.Http.Json;

namespace Dajia.Tests.Api;

/// <summary>A plan names only a key area the user may see, whether it is created or edited, through the API or the page.</summary>
public abstract class CampaignScopeTests(DajiaFactory app)
{
    private static object Plan(int year, Guid? keyAreaId) =>
        new { year, title = $"{year}年打假工作方案", goals = "目标", tasks = "任务", fullText = "全文", keyAreaId };

    private static async Task<Guid> AreaAsync(HttpClient staff, string name) =>
        (await (await staff.PostAsJsonAsync("/api/key-areas", new { name, kind = "Market" })).JsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

    [Fact]
    public async Task Another_towns_key_area_or_an_unknown_one_is_refused_on_create_and_on_edit()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var (w, x) = (await World.CreateAsync(app), await World.CreateAsync(app));
        var (staff, other) = (await w.ClientFor(w.Staff), await x.ClientFor(x.Staff));
        var (area, foreignArea) = (await AreaAsync(staff, "布业城" + w.Tag), await AreaAsync(other, "布业城" + x.Tag));

        foreach (var bad in new[] { foreignArea, Guid.NewGuid() })
        {
            var problem = await (await staff.PostAsJsonAsync("/api/campaigns", Plan(2017, bad))).ProblemAsync(HttpStatusCode.BadRequest);
            Assert.Equal("重点整治区域不存在或不在管辖范围内", problem.ErrorsFor("keyAreaId").Single());
        }
        var plan = await (await staff.PostAsJsonAsync("/api/campaigns", Plan(2017, area))).JsonAsync(HttpStatusCode.Created);
        var id = plan.GetProperty("id").GetGuid();
        Assert.Equal("布业城" + w.Tag, plan.GetProperty("keyAreaName").GetString());
        foreach (var bad in new[] { foreignArea, Guid.NewGuid() })
        {
            var put = await staff.PutAsJsonAsync($"/api/campaigns/{id}", Plan(2017, bad));
            var problem = await put.ProblemAsync(HttpStatusCode.BadRequest);
            Assert.Equal("重点整治区域不存在或不在管辖范围内", problem.ErrorsFor("keyAreaId").Single());
        }
        var kept = await (await staff.GetAsync("/api/campaigns/2017")).JsonAsync();
        Assert.Equal(area, kept.GetProperty("keyAreaId").GetGuid());
        await (await other.PutAsJsonAsync($"/api/campaigns/{id}", Plan(2017, foreignArea))).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_plan_page_refuses_another_towns_key_area_with_the_same_message()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var (w, x) = (await World.CreateAsync(app), await World.CreateAsync(app));
        var foreignArea = await AreaAsync(await x.ClientFor(x.Staff), "布业城" + x.Tag);
        var page = await Pages.SignInAsync(app, w.Staff);
        var r = await page.PostFormAsync("/Campaigns/Edit", new Dictionary<string, string>
        {
            ["Year"] = "2017", ["Title"] = "2017年打假工作方案", ["Goals"] = "目标", ["Tasks"] = "任务", ["FullText"] = "全文",
            ["KeyAreaId"] = foreignArea.ToString(), ["QuarterlyReportDueDay"] = "25", ["months"] = "3,6,9,12",
        });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains("重点整治区域不存在或不在管辖范围内", await r.Content.ReadAsStringAsync());
        await (await (await w.ClientFor(w.Staff)).GetAsync("/api/campaigns/2017")).ProblemAsync(HttpStatusCode.NotFound);
    }
}

[Collection("Sqlite")]
public sealed class CampaignScopeSqlite(SqliteFactory f) : CampaignScopeTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class CampaignScopePostgres(PostgresFactory f) : CampaignScopeTests(f.WithClockReset());

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dajia.Tests.Api;

/// <summary>
/// One way from a service result to an answer: every API create is a 201 whose Location reads the record back; a page
/// post with bad input or an old version shows the same page with the reason and changes nothing; success redirects
/// to the named page, which shows the flash once.
/// </summary>
public abstract class AnswerTests(DajiaFactory app)
{
    private async Task<World> WorldAsync()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        return await World.CreateAsync(app);
    }

    /// <summary>201, a Location, and a GET of that Location (by the same caller) answers the same record.</summary>
    private static async Task<JsonElement> CreatedAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        var created = await response.JsonAsync(HttpStatusCode.Created);
        var location = response.Headers.Location;
        Assert.True(location is not null, $"{url}: no Location");
        var read = await (await client.GetAsync(location)).JsonAsync();
        Assert.Equal(created.GetProperty("id").GetString(), read.GetProperty("id").GetString());
        return created;
    }

    [Fact]
    public async Task Every_create_answers_201_with_a_Location_that_reads_the_record()
    {
        var w = await WorldAsync();
        var (staff, admin, root) = (await w.ClientFor(w.Staff), await w.ClientFor(w.Admin), await w.ClientFor(w.RootAdmin));
        await CreatedAsync(admin, "/api/units", new { name = "质监站" + w.Tag, code = "zjz", kind = "Member" });
        await CreatedAsync(admin, "/api/users", new
        {
            userName = "new." + w.Tag, displayName = "新联络员", password = "Start-2017", roles = new[] { "UnitLiaison" }, unitId = w.UnitB.Id,
        });
        await CreatedAsync(await w.ClientFor(w.CityAdmin), "/api/jurisdictions",
            new { name = "新镇" + w.Tag, level = "Town", parentId = w.City.Id });
        await CreatedAsync(staff, "/api/entities", new { name = "摊位" + w.Tag, kind = "Stall", stallNumber = "A001" });
        var area = await CreatedAsync(staff, "/api/key-areas", new { name = "区域" + w.Tag, kind = "Market" });
        var plan = await CreatedAsync(staff, "/api/campaigns", new
        {
            year = 2017, title = "2017年打假工作方案", goals = "目标", tasks = "任务", fullText = "全文", keyAreaId = area.GetProperty("id").GetGuid(),
            liaisonTableDueOn = "2017-09-19", quarterlyReportDueDay = 25, quarterlyReportMonths = new[] { 3, 6, 9, 12 },
            annualSummaryDueOn = "2017-12-10", stages = new[] { new { name = "打击整治阶段", from = "2017-09-01", to = "2017-10-31" } },
        });
        var copy = await staff.PostAsync($"/api/campaigns/{plan.GetProperty("id").GetGuid()}/copy", null);
        Assert.Equal("/api/campaigns/2018", (await Read(copy, HttpStatusCode.Created)).ToString());
        await CreatedAsync(staff, "/api/operations", new
        {
            kind = "JointInspection", title = "联合检查", startsAt = "2017-09-26T01:00:00Z", leadUnitId = w.UnitA.Id, personnel = 2,
            vehicles = 1,
        });
        await CreatedAsync(staff, "/api/officers", new { unitId = w.UnitA.Id, name = "甲", certificateNumber = "A1" + w.Tag });
        await CreatedAsync(staff, "/api/officers", new { unitId = w.UnitB.Id, name = "乙", certificateNumber = "B1" + w.Tag });
        await CreatedAsync(staff, "/api/random-draws", new { count = 1, seed = 7 });
        await CreatedAsync(root, "/api/deadline-rules", new
        {
            code = $"answer.{w.Tag}", name = "测试规则", legalBasis = "测试用的法律依据文字", timeUnit = "WorkingDays", amount = 10,
            effectiveFrom = "2020-01-01",
        });
        await CreatedAsync(staff, "/api/deadlines", new
        {
            subjectType = "Clue", subjectId = Guid.NewGuid(), ruleCode = "clue.verify", startedAt = "2017-09-13T02:00:00Z",
        });
        await CreatedAsync(staff, "/api/clues", new
        {
            source = "Hotline", kind = "Report", category = "FakeBrand", description = "来电反映 " + w.Tag, anonymous = true,
        });
    }

    private static async Task<Uri> Read(HttpResponseMessage response, HttpStatusCode status)
    {
        await response.JsonAsync(status);
        return response.Headers.Location!;
    }

    [Fact]
    public async Task A_page_post_with_bad_input_shows_the_same_page_with_the_field_errors_and_changes_nothing()
    {
        var w = await WorldAsync();
        var page = await Pages.SignInAsync(app, w.Admin);
        var before = (await (await (await w.ClientFor(w.Admin)).GetAsync("/api/jurisdictions")).JsonAsync())
            .GetProperty("items").GetArrayLength();
        var answer = await page.PostFormAsync("/Admin/Jurisdictions",
            [new("ParentId", w.Town.Id.ToString()), new("Name", ""), new("Level", "Town")]);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var html = await answer.Content.ReadAsStringAsync();
        Assert.Contains("请更正以下问题：", html);
        Assert.Contains("请填写区域名称（不超过 64 字）", html);
        var after = (await (await (await w.ClientFor(w.Admin)).GetAsync("/api/jurisdictions")).JsonAsync())
            .GetProperty("items").GetArrayLength();
        Assert.Equal(before, after);

        var liaison = await page.PostFormAsync($"/Units/{w.UnitA.Id}/Liaison?role=Primary",
            [new("role", "Primary"), new("Input.Name", "新联络员"), new("Input.Mobile", "12345")]);
        Assert.Equal(HttpStatusCode.OK, liaison.StatusCode);
        // The message sits under its own input, not only in the summary.
        Assert.Matches("data-valmsg-for=\"Input.Mobile\"[^>]*>手机号码应为 11 位数字", await liaison.Content.ReadAsStringAsync());
        var unit = await (await (await w.ClientFor(w.Admin)).GetAsync($"/api/units/{w.UnitA.Id}")).JsonAsync();
        Assert.NotEqual("新联络员", unit.GetProperty("liaison").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_stale_liaison_form_shows_the_conflict_instead_of_saying_saved()
    {
        var w = await WorldAsync();
        var admin = await w.ClientFor(w.Admin);
        var version = (await (await admin.GetAsync($"/api/units/{w.UnitA.Id}")).JsonAsync()).GetProperty("version").GetInt32();
        await (await admin.PutAsJsonAsync($"/api/units/{w.UnitA.Id}/deputy",
            new { name = "乙角", gender = "Female", mobile = "13900001111" }))
            .JsonAsync();
        var page = await Pages.SignInAsync(app, w.Admin);
        var answer = await page.PostFormAsync($"/Units/{w.UnitA.Id}/Liaison?role=Primary",
            [new("role", "Primary"), new("Version", $"{version}"), new("Input.Name", "迟到的修改"), new("Input.Gender", "Male"),
             new("Input.Mobile", "13800138000")]);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("已被他人修改：在您提交之前", await answer.Content.ReadAsStringAsync());
        var unit = await (await admin.GetAsync($"/api/units/{w.UnitA.Id}")).JsonAsync();
        Assert.NotEqual("迟到的修改", unit.GetProperty("liaison").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_stale_draw_or_operation_button_shows_the_conflict_and_changes_nothing()
    {
        var w = await WorldAsync();
        var staff = await w.ClientFor(w.Staff);
        await (await staff.PostAsJsonAsync("/api/entities", new { name = "摊位" + w.Tag, kind = "Stall", stallNumber = "A001" }))
            .JsonAsync(HttpStatusCode.Created);
        await (await staff.PostAsJsonAsync("/api/officers", new { unitId = w.UnitA.Id, name = "甲", certificateNumber = "A1" + w.Tag }))
            .JsonAsync(HttpStatusCode.Created);
        await (await staff.PostAsJsonAsync("/api/officers", new { unitId = w.UnitB.Id, name = "乙", certificateNumber = "B1" + w.Tag }))
            .JsonAsync(HttpStatusCode.Created);
        var draw = await (await staff.PostAsJsonAsync("/api/random-draws", new { count = 1, seed = 7 })).JsonAsync(HttpStatusCode.Created);
        var id = draw.GetProperty("id").GetGuid();
        var old = draw.GetProperty("version").GetInt32();
        var planned = await (await staff.PostAsJsonAsync($"/api/random-draws/{id}/operation", new { })).JsonAsync();
        var page = await Pages.SignInAsync(app, w.Staff);

        // Before, the page answered a 409 with a 404.
        var publish = await page.PostFormAsync($"/RandomDraws/{id}", [new("version", $"{old}")], $"/RandomDraws/{id}?handler=Publish");
        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        var publishHtml = await publish.Content.ReadAsStringAsync();
        Assert.Contains("已被他人修改：在您提交之前", publishHtml);
        Assert.False((await (await staff.GetAsync($"/api/random-draws/{id}")).JsonAsync()).GetProperty("published").GetBoolean());

        // Before, the page did not send its version at all, so a later change was silently overwritten.
        var op = planned.GetProperty("operationId").GetGuid();
        var opVersion = (await (await staff.GetAsync($"/api/operations/{op}")).JsonAsync()).GetProperty("version").GetInt32();
        var entity = (await (await staff.GetAsync("/api/entities")).JsonAsync()).GetProperty("items")[0].GetProperty("id").GetGuid();
        await (await staff.PostAsJsonAsync($"/api/operations/{op}/inspections", new { marketEntityId = entity, result = "NoProblem" }))
            .JsonAsync();
        var inspect = await page.PostFormAsync($"/Operations/{op}",
            [new("version", $"{opVersion}"), new("MarketEntityId", $"{entity}"), new("Result", "GoodsSeized")],
                $"/Operations/{op}?handler=Inspect");
        Assert.Equal(HttpStatusCode.OK, inspect.StatusCode);
        Assert.Contains("已被他人修改：在您提交之前", await inspect.Content.ReadAsStringAsync());
        var inspections = (await (await staff.GetAsync($"/api/operations/{op}")).JsonAsync()).GetProperty("inspections");
        Assert.Equal("NoProblem", Assert.Single(inspections.EnumerateArray()).GetProperty("result").GetString());
    }

    [Fact]
    public async Task A_saved_page_redirects_to_the_named_page_which_shows_the_flash_once()
    {
        var w = await WorldAsync();
        var page = await Pages.SignInAsync(app, w.CityAdmin);
        var saved = await page.PostFormAsync("/Admin/Jurisdictions",
            [new("ParentId", w.City.Id.ToString()), new("Name", "新镇" + w.Tag), new("Level", "Town")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/Admin/Jurisdictions", saved.Headers.Location!.OriginalString);
        var shown = await (await page.GetAsync(saved.Headers.Location)).Content.ReadAsStringAsync();
        Assert.Contains("<p class=\"flash\" role=\"status\">区域已添加</p>", shown);
        Assert.Contains("新镇" + w.Tag, shown);
        Assert.DoesNotContain("区域已添加", await (await page.GetAsync("/Admin/Jurisdictions")).Content.ReadAsStringAsync());

        var admin = await Pages.SignInAsync(app, w.Admin);
        var liaison = await admin.PostFormAsync($"/Units/{w.UnitA.Id}/Liaison?role=Primary",
            [new("role", "Primary"), new("Input.Name", "新联络员"), new("Input.Gender", "Male"), new("Input.Mobile", "13800138000")]);
        Assert.Equal(HttpStatusCode.Redirect, liaison.StatusCode);
        Assert.Equal($"/Units/{w.UnitA.Id}", liaison.Headers.Location!.OriginalString);
        Assert.Contains("联络员信息已保存", await (await admin.GetAsync(liaison.Headers.Location)).Content.ReadAsStringAsync());
    }
}

[Collection("Sqlite")]
public sealed class AnswerSqlite(SqliteFactory f) : AnswerTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class AnswerPostgres(PostgresFactory f) : AnswerTests(f.WithClockReset());

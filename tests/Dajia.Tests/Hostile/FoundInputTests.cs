using System.Net;
using System.Net.Http.Json;

namespace Dajia.Tests.Hostile;

/// <summary>
/// The inputs the adversarial review found giving a 500 or slipping past a check (issue #10, item 6): each now a 4xx
/// with a Chinese message that stores nothing, the same on SQLite and PostgreSQL.
/// </summary>
public abstract class FoundInputTests(DajiaFactory app)
{
    private async Task<(World W, HttpClient Staff, Dictionary<string, long> Rows)> TownAsync()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        return (w, staff, await Refusals.CountRowsAsync(app));
    }

    private Task<HttpResponseMessage> ReportAsync(World w, object extra)
    {
        var body = new Dictionary<string, object?>
        {
            ["kind"] = "Report", ["description"] = "市场里有假冒商品 " + w.Tag, ["anonymous"] = true,
            ["jurisdictionId"] = w.Town.Id
        };
        foreach (var p in extra.GetType().GetProperties()) body[p.Name] = p.GetValue(extra);
        return app.CreateClient().PostAsJsonAsync("/api/public/reports", body);
    }

    [Fact]
    public async Task A_deadline_under_an_unknown_rule_or_outside_2000_to_2099_is_refused()
    {
        var (_, staff, rows) = await TownAsync();
        Task<HttpResponseMessage> Attach(string rule, string at) => staff.PostAsJsonAsync("/api/deadlines",
            new { subjectType = "Clue", subjectId = Guid.NewGuid(), ruleCode = rule, startedAt = at });
        var unknown = await Refusals.ProblemAsync(await Attach("no.such.rule", "2017-09-13T10:00:00+08:00"));
        Assert.Contains("no.such.rule", unknown.ErrorsFor("ruleCode")[0]);
        foreach (var at in new[] { "1999-06-01T10:00:00+08:00", "2100-01-02T10:00:00+08:00", "9999-12-31T00:00:00Z",
            "0001-01-01T00:00:00Z" })
            await Refusals.ProblemAsync(await Attach("clue.verify", at));
        await Refusals.AssertNothingStoredAsync(app, rows);
        await staff.AttachDeadlineAsync("clue.verify", new DateTimeOffset(2099, 12, 31, 10, 0, 0, TimeSpan.FromHours(8)));
    }

    [Fact]
    public async Task An_operation_starting_in_year_9999_or_year_1_is_refused_by_api_and_page()
    {
        var (w, staff, _) = await TownAsync();
        var page = await Pages.SignInAsync(app, w.Staff); // a sign-in is a session row: counted before, not as the refusal's
        var rows = await Refusals.CountRowsAsync(app);
        foreach (var at in new[] { "9999-12-31T00:00:00+08:00", "0001-01-01T00:00:00+08:00", "2100-03-01T09:00:00+08:00" })
            await Refusals.ProblemAsync(await staff.PostAsJsonAsync("/api/operations",
                new { kind = "JointInspection", title = "检查", startsAt = at, leadUnitId = w.UnitA.Id, personnel = 1, vehicles = 1 }));
        foreach (var at in new[] { "9999-12-31T00:00", "0001-01-01T00:00" })
        {
            var posted = await page.PostFormAsync("/Operations/New",
                [new("kind", "JointInspection"), new("title", "检查"), new("startsAt", at), new("leadUnitId", w.UnitA.Id.ToString())]);
            await Refusals.PageAsync(posted, "日期须在 2000—2099 年之间", 200);
        }
        await Refusals.AssertNothingStoredAsync(app, rows);
    }

    [Fact]
    public async Task Adding_days_past_the_end_of_the_calendar_is_refused()
    {
        var (_, staff, _) = await TownAsync();
        var past = await Refusals.ProblemAsync(await staff.GetAsync("/api/calendar/add-working-days?from=2099-12-31&days=3650"));
        Assert.Contains("2109", past.ErrorsFor("days")[0]);
        await (await staff.GetAsync("/api/calendar/add-working-days?from=2099-12-31&days=2000")).JsonAsync();
        // 3650 calendar days (the most allowed) from the last day allowed still ends inside the calendar.
        await (await staff.GetAsync("/api/calendar/add-calendar-days?from=2099-12-31&days=3650")).JsonAsync();
    }

    [Fact]
    public async Task A_report_naming_an_unknown_entity_is_refused()
    {
        var (w, _, rows) = await TownAsync();
        var refused = await Refusals.ProblemAsync(await ReportAsync(w, new { marketEntityId = Guid.NewGuid() }));
        Assert.NotEmpty(refused.ErrorsFor("marketEntityId"));
        await Refusals.AssertNothingStoredAsync(app, rows);
    }

    [Fact]
    public async Task A_form_of_more_than_1024_fields_is_refused_by_api_and_page()
    {
        var (w, _, rows) = await TownAsync();
        var fields = Enumerable.Range(0, 1100).Select(i => new KeyValuePair<string, string>("f" + i, "x"))
            .Append(new("description", "假货很多很多 " + w.Tag)).Append(new("jurisdictionId", w.Town.Id.ToString())).ToList();
        await Refusals.ProblemAsync(await app.CreateClient().PostAsync("/api/public/reports", new FormUrlEncodedContent(fields)));
        var multipart = new MultipartFormDataContent();
        foreach (var (k, v) in fields) multipart.Add(new StringContent(v), k);
        await Refusals.ProblemAsync(await app.CreateClient().PostAsync("/api/public/reports", multipart));
        var visitor = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        await Refusals.PageAsync(await visitor.PostFormAsync("/Report", fields), "表单字段过多");
        await Refusals.AssertNothingStoredAsync(app, rows);
    }

    [Theory]
    [InlineData("/%5C%5Cevil.example", "/")]
    [InlineData("/%5Cevil.example", "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("https://evil.example", "/")]
    [InlineData("/Clues?page=2", "/Clues?page=2")]
    public async Task The_language_switch_returns_only_within_the_site(string returnUrl, string location)
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/culture/en?returnUrl=" + returnUrl.Replace("?", "%3F").Replace("=", "%3D"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("\u0000")]
    [InlineData("\u0001")]
    [InlineData("\u001b")]
    [InlineData("\u007f")]
    [InlineData("\u202e")]
    [InlineData("\u2066")]
    public async Task Nul_controls_and_bidi_overrides_are_refused_wherever_text_arrives(string bad)
    {
        var (w, staff, rows) = await TownAsync();
        var text = "假冒商品" + bad + "很多";
        var json = await Refusals.ProblemAsync(await ReportAsync(w, new { description = text }));
        Assert.Contains("不允许的字符", json.GetProperty("detail").GetString());
        await Refusals.ProblemAsync(await ReportAsync(w, new { description = "假冒商品很多很多", product = text }));
        await Refusals.ProblemAsync(
            await staff.PostAsJsonAsync("/api/entities", new { name = "摊位" + bad, kind = "Stall", stallNumber = "H1" }));
        await Refusals.ProblemAsync(await staff.GetAsync("/api/clues?q=" + Uri.EscapeDataString(text)));
        // A NUL in the path never reaches the app: Kestrel (and the test server) refuse "%00" in a path before routing.
        if (bad != "\u0000") await Refusals.ProblemAsync(await app.CreateClient()
            .GetAsync("/api/public/reports/" + Uri.EscapeDataString("XS" + bad)));
        var form = new MultipartFormDataContent { { new StringContent(text), "description" },
            { new StringContent(w.Town.Id.ToString()), "jurisdictionId" },
            { new StringContent("true"), "anonymous" } };
        await Refusals.ProblemAsync(await app.CreateClient().PostAsync("/api/public/reports", form));
        var visitor = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        await Refusals.PageAsync(await visitor.PostFormAsync("/Report",
            [new("Description", text), new("JurisdictionId", w.Town.Id.ToString()), new("Anonymous", "true")]), "不允许的字符");
        await Refusals.AssertNothingStoredAsync(app, rows);
    }

    [Fact]
    public async Task Notify_by_of_more_than_16_characters_is_refused()
    {
        var (w, _, rows) = await TownAsync();
        var refused = await Refusals.ProblemAsync(await ReportAsync(w, new
        {
            anonymous = false, informantName = "王某", informantMobile = "13912345678", notifyBy = new string('短', 17),
        }));
        Assert.NotEmpty(refused.ErrorsFor("notifyBy"));
        await Refusals.AssertNothingStoredAsync(app, rows);
    }

    [Theory]
    [InlineData("FakeBrand,Other")]
    [InlineData("FakeBrand, Substandard")]
    [InlineData("4")]
    [InlineData("99")]
    [InlineData("-1")]
    public async Task A_category_is_one_of_its_names_not_a_list_or_a_number(string category)
    {
        var (w, _, rows) = await TownAsync();
        Assert.NotEmpty((await Refusals.ProblemAsync(await ReportAsync(w, new { category }))).ErrorsFor("category"));
        await Refusals.AssertNothingStoredAsync(app, rows);
    }

    [Fact]
    public async Task Seen_on_before_2000_or_after_today_is_refused_in_json_and_in_a_form()
    {
        var (w, _, rows) = await TownAsync();
        await Refusals.ProblemAsync(await ReportAsync(w, new { seenOn = "0001-01-01" }));
        await Refusals.ProblemAsync(await ReportAsync(w, new { seenOn = "9999-12-31" }));
        Assert.NotEmpty((await Refusals.ProblemAsync(await ReportAsync(w, new { seenOn = "2017-09-14" }))).ErrorsFor("seenOn"));
        foreach (var seen in new[] { "0001-01-01", "1999-12-31", "2017-09-14" })
        {
            var form = new MultipartFormDataContent { { new StringContent("市场里有假冒商品"), "description" },
                { new StringContent(seen), "seenOn" },
                { new StringContent(w.Town.Id.ToString()), "jurisdictionId" }, { new StringContent("true"), "anonymous" } };
            Assert.NotEmpty((await Refusals.ProblemAsync(await app.CreateClient().PostAsync("/api/public/reports", form)))
                .ErrorsFor("seenOn"));
        }
        await Refusals.AssertNothingStoredAsync(app, rows);
    }

    [Theory]
    [InlineData("\u200b\u200b\u200b\u200b\u200b\u200b")]
    [InlineData("\u200b\u200c\u200d\u2060\ufeff\u00ad")]
    [InlineData("好\u200b\u200b\u200b\u200b\u200b")]
    [InlineData("  \u200e\u200f  假货 \u3000 ")]
    public async Task A_description_of_fewer_than_five_visible_characters_is_refused(string description)
    {
        var (w, _, rows) = await TownAsync();
        Assert.NotEmpty((await Refusals.ProblemAsync(await ReportAsync(w, new { description }))).ErrorsFor("description"));
        await Refusals.AssertNothingStoredAsync(app, rows);
    }

    [Fact]
    public async Task Page_past_10000_is_refused_by_name_and_page_10000_is_an_empty_last_page()
    {
        var (w, staff, _) = await TownAsync();
        await app.CreateClient()
            .ReportAsync(new { kind = "Report", description = "翻页测试 " + w.Tag, anonymous = true, jurisdictionId = w.Town.Id });
        var admin = await w.ClientFor(w.Admin);
        foreach (var (client, url) in new[] { (staff, "/api/clues"), (staff, "/api/entities"), (admin, "/api/audit") })
        {
            var page = await (await client.GetAsync(url + "?page=10000")).JsonAsync();
            Assert.Equal(10_000, page.GetProperty("page").GetInt32());
            Assert.Empty(page.GetProperty("items").EnumerateArray());
            // Once clamped to the last page in silence; now the caller is told which value is wrong.
            foreach (var bad in new[] { "2147483647", "99999999999", "0", "-1" })
                Assert.Contains("page", (await Refusals.ProblemAsync(await client.GetAsync($"{url}?page={bad}"))).GetProperty("errors")
                    .EnumerateObject().Select(p => p.Name));
        }
    }

    [Fact]
    public async Task Four_byte_characters_are_stored_and_read_back_unchanged()
    {
        var (w, staff, _) = await TownAsync();
        var description = $"𠮷野家门口卖假冒商品😀👨‍👩‍👧 {w.Tag}";
        await app.CreateClient()
            .ReportAsync(new
            {
                kind = "Report", description, product = "𠮷𠮷", brand = "🐉牌", anonymous = true, jurisdictionId = w.Town.Id,
            });
        var clue = await (await staff.GetAsync($"/api/clues/{await staff.FindClueAsync(w.Tag)}")).JsonAsync();
        Assert.Equal(description, clue.GetProperty("description").GetString());
        Assert.Equal("𠮷𠮷", clue.GetProperty("product").GetString());
        Assert.Equal("🐉牌", clue.GetProperty("brand").GetString());
        var entity = await (await staff.PostAsJsonAsync("/api/entities",
            new { name = "𠮷祥服装店" + w.Tag, kind = "Stall", stallNumber = "𠮷1" })).JsonAsync(HttpStatusCode.Created);
        var read = await (await staff.GetAsync($"/api/entities/{entity.GetProperty("id").GetGuid()}")).JsonAsync();
        Assert.Equal("𠮷祥服装店" + w.Tag, read.GetProperty("name").GetString());
    }
}

[Collection("Sqlite")]
public sealed class FoundInputSqlite(SqliteFactory f) : FoundInputTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class FoundInputPostgres(PostgresFactory f) : FoundInputTests(f.WithClockReset());

using System.Net;
using System.Net.Http.Json;

namespace Dajia.Tests.Clues;

/// <summary>
/// Staff intake and the public form say what is wrong where it is wrong, naming the field, and word a complaint as one:
/// 投诉人 rather than 举报人, 我要投诉 rather than 我要举报, and no 匿名 offered (the server refuses it all the same).
/// </summary>
public abstract class IntakeWordingTests(DajiaFactory app)
{
    private static readonly DateTimeOffset Wednesday = new(2026, 11, 18, 2, 0, 0, TimeSpan.Zero);

    private static KeyValuePair<string, string>[] Staff(string kind, string description, params (string, string)[] more) =>
    [
        new("Source", "Phone"), new("ReceivedAtLocal", "2026-11-18T09:30"), new("Kind", kind), new("Category", "FakeBrand"),
        new("Description", description), .. more.Select(m => KeyValuePair.Create(m.Item1, m.Item2)),
    ];

    private static async Task<int> CountAsync(HttpClient staff, string tag) =>
        (await (await staff.GetAsync($"/api/clues?q={tag}")).JsonAsync()).GetProperty("items").GetArrayLength();

    [Fact]
    public async Task Staff_intake_marks_each_mistake_under_its_field_and_every_length_message_names_the_field()
    {
        app.Clock.Now = Wednesday;
        var w = await World.CreateAsync(app);
        var page = await Pages.SignInAsync(app, w.Staff);
        var r = await page.PostFormAsync("/Clues/New", Staff("Report", "短", ("Product", new string('裤', 65)),
            ("Address", new string('路', 129)), ("Anonymous", "false"), ("InformantName", "林小红"), ("InformantMobile", "1381234"),
            ("Brand", w.Tag)));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var html = WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync());
        Assert.Contains("id=\"Product-error\">商品不能超过 64 个字</span>", html);
        Assert.Contains("id=\"Address-error\">地址不能超过 128 个字</span>", html);
        Assert.Contains("id=\"Description-error\">请描述发现的问题", html);
        Assert.Contains("id=\"InformantMobile-error\">手机号码应为 11 位数字", html);
        Assert.Matches("id=\"Product\"[^>]*class=\"input-validation-error\"", html);
        Assert.DoesNotContain("id=\"InformantName-error\"", html);
        Assert.DoesNotContain(">不能超过", html); // the summary names the field too
        Assert.Contains("<li>商品不能超过 64 个字</li>", html);
        Assert.Contains($"value=\"{w.Tag}\"", html);
        Assert.Equal(0, await CountAsync(await w.ClientFor(w.Staff), w.Tag));

        // The API says the same, through the same check.
        var p = await (await app.CreateClient().PostAsJsonAsync("/api/public/reports", new
        {
            kind = "Report", description = "牛仔裤吊牌粗糙，疑似假冒", anonymous = true, jurisdictionId = w.Town.Id,
            product = new string('裤', 65),
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("商品不能超过 64 个字", p.ErrorsFor("product").Single());
    }

    [Fact]
    public async Task Staff_intake_words_a_complaint_for_the_complainant_and_offers_no_anonymous_choice_for_it()
    {
        app.Clock.Now = Wednesday;
        var w = await World.CreateAsync(app);
        var page = await Pages.SignInAsync(app, w.Staff);
        var blank = WebUtility.HtmlDecode(await page.GetStringAsync("/Clues/New"));
        Assert.Matches("<label for=\"InformantName\" data-report=\"举报人姓名\" data-complaint=\"投诉人姓名\">\\s*举报人姓名</label>", blank);
        Assert.Contains("src=\"/js/clue-kind.js", blank);
        Assert.DoesNotMatch("<label class=\"anonymous-choice\" hidden", blank);

        // A complaint sent back for a mistake is worded for the complainant, and 匿名 is neither shown nor sendable.
        var r = await page.PostFormAsync("/Clues/New", Staff("Complaint", "短", ("Anonymous", "false"), ("InformantName", "林小红"),
            ("InformantMobile", "13812345678")));
        var html = WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync());
        Assert.Matches(">\\s*投诉人信息</legend>", html);
        Assert.Matches(">\\s*投诉人姓名</label>", html);
        Assert.Matches(">\\s*投诉人手机</label>", html);
        Assert.DoesNotMatch(">\\s*举报人(信息|姓名|手机)<", html);
        Assert.Matches("<label class=\"anonymous-choice\" hidden=\"hidden\"><input type=\"radio\" name=\"Anonymous\" value=\"true\"" +
            "[^>]*disabled=\"disabled\"", html);
        Assert.Matches("value=\"false\" checked=\"checked\"", html);

        // Sent anonymous all the same (an old page, a hand-made post): refused under the choice, nothing stored.
        var refused = await page.PostFormAsync("/Clues/New", Staff("Complaint", $"买到的运动鞋开胶，要求退货 {w.Tag}",
            ("Anonymous", "true")));
        html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("id=\"Anonymous-error\">投诉需要留下姓名和联系方式", html);
        Assert.Equal(0, await CountAsync(await w.ClientFor(w.Staff), w.Tag));
    }

    [Fact]
    public async Task The_public_form_says_我要投诉_for_a_complaint_and_hides_the_anonymous_choice_for_it()
    {
        app.Clock.Now = Wednesday;
        var w = await World.CreateAsync(app);
        var phone = app.CreateClient();
        var form = WebUtility.HtmlDecode(await phone.GetStringAsync("/Report"));
        Assert.Matches("<h1 data-report=\"我要举报\" data-complaint=\"我要投诉\">我要举报</h1>", form);
        Assert.Contains("<label class=\"anonymous-choice\">", form);
        Assert.Contains("src=\"/js/clue-kind.js", form);

        var r = await phone.PostAsync("/Report", Api.PortalJourneyTests.Multipart(form,
        [
            ("JurisdictionId", w.Town.Id.ToString()), ("Kind", "Complaint"), ("Description", "短"), ("Anonymous", "false"),
            ("InformantName", "林小红"), ("InformantMobile", "13812345678"),
        ]));
        var html = WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync());
        Assert.Matches("<h1 [^>]*>我要投诉</h1>", html);
        Assert.Matches("name=\"Kind\" value=\"Complaint\" checked=\"checked\"", html);
        Assert.Contains("id=\"Description-error\"", html);
    }
}

[Collection("Sqlite")]
public sealed class IntakeWordingSqlite(SqliteFactory f) : IntakeWordingTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class IntakeWordingPostgres(PostgresFactory f) : IntakeWordingTests(f.WithClockReset());

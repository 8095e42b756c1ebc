using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Dajia.Tests.MarketEntities;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Api;

/// <summary>
/// What a citizen meets on the report and tracking pages (issue #12): a mistake marked at its field with the photos
/// kept, the receipt's wording and time limit, additions to a report, and a 404 page for an address that is no page.
/// </summary>
public abstract partial class PortalJourneyTests(DajiaFactory app)
{
    [Fact]
    public async Task A_wrong_mobile_is_marked_at_its_field_the_photos_are_kept_and_sent_with_the_fixed_report()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var phone = app.CreateClient(new() { AllowAutoRedirect = false });
        var form = await phone.GetStringAsync("/Report");
        var fields = Fields(w, "牛仔裤吊牌粗糙，疑似假冒 " + w.Tag, mobile: "1381234");

        var wrong = await phone.PostAsync("/Report", Multipart(form, fields, ImageSanitizerTests.Png("a"), ImageSanitizerTests.Jpeg("b")));
        var html = await wrong.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("id=\"InformantMobile-error\">手机号码应为 11 位数字", html);
        Assert.Matches("id=\"InformantMobile\"[^>]*aria-invalid=\"true\"", html);
        Assert.DoesNotContain("id=\"InformantName-error\"", html);
        Assert.Equal(2, Regex.Matches(html, "<img src=\"data:image/jpeg;base64,").Count);
        Assert.Contains("林小红", html);

        // One of the two is removed, and the fixed report goes with the other.
        var removed = await phone.PostAsync("/Report", Multipart(html, [.. fields, ("RemovePhoto", HeldNames(html)[0])]));
        html = await removed.Content.ReadAsStringAsync();
        Assert.Single(HeldNames(html));
        var sent = await phone.PostAsync("/Report", Multipart(html, [.. fields.Where(f => f.Name != "InformantMobile"),
            ("InformantMobile", "13812345678")]));
        html = await sent.Content.ReadAsStringAsync();
        Assert.Contains("id=\"tracking-code\"", html);
        Assert.Contains("已收到您的举报", html);
        Assert.Contains("受理后，一般在 7 个工作日内核查完毕", html);
        Assert.Contains("id=\"copy-receipt\"", html);
        Assert.Contains("查询密码只显示这一次", html);

        var staff = await w.ClientFor(w.Staff);
        var clue = await (await staff.GetAsync($"/api/clues/{await staff.FindClueAsync(w.Tag)}")).JsonAsync();
        Assert.Equal(1, clue.GetProperty("photos").GetArrayLength());
        Assert.Equal(0, app.Services.GetRequiredService<Dajia.Web.Features.PublicPortal.PhotoHold>().Count(Hidden(form, "HoldToken")));
    }

    [Fact]
    public async Task A_complaint_receipt_and_timeline_say_complaint_and_give_the_acceptance_time_limit()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var phone = app.CreateClient();
        var form = await phone.GetStringAsync("/Report");
        var fields = Fields(w, "买到的运动鞋开胶，要求退货 " + w.Tag, mobile: "13812345678");
        fields[Array.FindIndex(fields, f => f.Name == "Kind")] = ("Kind", "Complaint");
        var html = await (await phone.PostAsync("/Report", Multipart(form, fields))).Content.ReadAsStringAsync();
        Assert.Contains("已收到您的投诉", html);
        Assert.Contains("我们将在 7 个工作日内决定是否受理您的投诉", html);

        var code = Regex.Match(html, "id=\"tracking-code\">([^<]+)<").Groups[1].Value;
        var key = Regex.Match(html, "id=\"access-key\">([^<]+)<").Groups[1].Value;
        var status = await (await phone.SendAsync(Lookup(code, key))).JsonAsync();
        Assert.Equal("您的投诉已收到", status.GetProperty("timeline")[0].GetProperty("text").GetString());
        Assert.Equal("Complaint", status.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task A_citizen_adds_information_and_a_photo_that_staff_see_until_the_report_is_closed()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var citizen = app.CreateClient();
        var (code, key) = await citizen.ReportAsync(new
        {
            kind = "Report", description = "市场里有人卖假烟 " + w.Tag, anonymous = true, jurisdictionId = w.Town.Id,
        });

        var added = await citizen.SendAsync(Addition(code, key, "摊主姓陈，每天下午三点后出摊", ImageSanitizerTests.Jpeg("GPS 22.5N")));
        var status = await added.JsonAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/public/reports/{code}", added.Headers.Location?.OriginalString);
        Assert.Equal("您补充了材料", status.GetProperty("timeline")[1].GetProperty("text").GetString());

        var staff = await w.ClientFor(w.Staff);
        var id = await staff.FindClueAsync(w.Tag);
        var clue = await (await staff.GetAsync($"/api/clues/{id}")).JsonAsync();
        var addition = clue.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "InformationAdded");
        Assert.Equal("摊主姓陈，每天下午三点后出摊", addition.GetProperty("note").GetString());
        Assert.Equal("public", addition.GetProperty("by").GetString());
        var photo = clue.GetProperty("photos")[0].GetString()!;
        Assert.DoesNotContain("GPS", System.Text.Encoding.Latin1.GetString(await staff.GetByteArrayAsync(photo)));

        // A wrong key is no different from an unknown code; nothing sent is refused in Chinese; nothing is recorded.
        await (await citizen.SendAsync(Addition(code, "WRONGKEY", "再补充一点"))).ProblemAsync(HttpStatusCode.NotFound);
        var empty = await (await citizen.SendAsync(Addition(code, key, "  "))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("请填写补充说明，或选择照片", empty.ErrorsFor("text").Single());
        var exe = await (await citizen.SendAsync(Addition(code, key, "附上截图", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x20])))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("只接受 JPEG、PNG 或 WebP 照片", exe.ErrorsFor("photos[0]").Single());
        var tooLong = await (await citizen.SendAsync(Addition(code, key, new string('假', 401)))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Single(tooLong.ErrorsFor("text"));

        await (await staff.PostAsJsonAsync($"/api/clues/{id}/reject", new { reason = "不属于本镇管辖" })).JsonAsync();
        var closed = await (await citizen.SendAsync(Addition(code, key, "还有一家也在卖"))).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("不能再补充材料", closed.GetProperty("detail").GetString());
        clue = await (await staff.GetAsync($"/api/clues/{id}")).JsonAsync();
        Assert.Single(clue.GetProperty("events").EnumerateArray(), e => e.GetProperty("kind").GetString() == "InformationAdded");
        Assert.Equal(1, clue.GetProperty("photos").GetArrayLength());
    }

    [Fact]
    public async Task The_tracking_page_takes_an_addition_and_says_why_not_once_closed()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var citizen = app.CreateClient();
        var (code, key) = await citizen.ReportAsync(new
        {
            kind = "Report", description = "商场三楼卖假名牌包 " + w.Tag, anonymous = true, jurisdictionId = w.Town.Id,
        });
        var looked = await citizen.PostFormAsync("/Track", [new("TrackingCode", code), new("AccessKey", key)]);
        var html = await looked.Content.ReadAsStringAsync();
        Assert.Contains("补充举报材料", html);

        var empty = await citizen.PostAsync("/Track?handler=Add", Multipart(html, [("TrackingCode", code), ("AccessKey", key), ("Text", "")]));
        html = await empty.Content.ReadAsStringAsync();
        Assert.Contains("id=\"AdditionText-error\">请填写补充说明，或选择照片", html);
        var added = await citizen.PostAsync("/Track?handler=Add",
            Multipart(html, [("TrackingCode", code), ("AccessKey", key), ("Text", "店名叫名品汇")], ImageSanitizerTests.Png("x")));
        html = await added.Content.ReadAsStringAsync();
        Assert.Contains("已收到您补充的材料", html);
        Assert.Contains("您补充了材料", html);

        var staff = await w.ClientFor(w.Staff);
        await (await staff.PostAsJsonAsync($"/api/clues/{await staff.FindClueAsync(w.Tag)}/reject", new { reason = "重复" })).JsonAsync();
        html = await (await citizen.PostFormAsync("/Track", [new("TrackingCode", code), new("AccessKey", key)]))
            .Content.ReadAsStringAsync();
        Assert.DoesNotContain("name=\"Text\"", html);
        Assert.Contains("不能再补充材料", html);
    }

    [Fact]
    public async Task Photos_added_with_a_mistake_are_held_shown_and_sent_with_the_fixed_addition()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var citizen = app.CreateClient();
        var (code, key) = await citizen.ReportAsync(new
        {
            kind = "Report", description = "夜市摊位卖假冒耐克 " + w.Tag, anonymous = true, jurisdictionId = w.Town.Id,
        });
        var html = await (await citizen.PostFormAsync("/Track", [new("TrackingCode", code), new("AccessKey", key)]))
            .Content.ReadAsStringAsync();
        var token = Hidden(html, "HoldToken");

        // Too long a text and a file that is no photo: both said at once, the two good photos held and shown.
        var wrong = await citizen.PostAsync("/Track?handler=Add", Multipart(html,
            [("TrackingCode", code), ("AccessKey", key), ("Text", new string('假', 401))],
            ImageSanitizerTests.Png("a"), [0x4D, 0x5A, 0x90, 0x00], ImageSanitizerTests.Jpeg("b")));
        html = await wrong.Content.ReadAsStringAsync();
        Assert.Contains("id=\"AdditionText-error\"", html);
        Assert.Contains("id=\"AdditionPhotos-error\"", html);
        Assert.DoesNotContain("刚才选择的照片没有收到", html);
        Assert.Equal(2, HeldNames(html).Count);
        Assert.Equal(token, Hidden(html, "HoldToken"));
        var staff = await w.ClientFor(w.Staff);
        var id = await staff.FindClueAsync(w.Tag);
        Assert.Equal(0, (await (await staff.GetAsync($"/api/clues/{id}")).JsonAsync()).GetProperty("photos").GetArrayLength());

        // One removed; the fixed text goes with the other.
        html = await (await citizen.PostAsync("/Track?handler=Add", Multipart(html,
            [("TrackingCode", code), ("AccessKey", key), ("Text", "摊主晚上八点出摊"), ("RemovePhoto", HeldNames(html)[0])])))
            .Content.ReadAsStringAsync();
        Assert.Single(HeldNames(html));
        html = await (await citizen.PostAsync("/Track?handler=Add", Multipart(html,
            [("TrackingCode", code), ("AccessKey", key), ("Text", "摊主晚上八点出摊")]))).Content.ReadAsStringAsync();
        Assert.Contains("已收到您补充的材料", html);
        Assert.Empty(HeldNames(html));
        Assert.Equal(1, (await (await staff.GetAsync($"/api/clues/{id}")).JsonAsync()).GetProperty("photos").GetArrayLength());
        Assert.Equal(0, app.Services.GetRequiredService<Dajia.Web.Features.PublicPortal.PhotoHold>().Count(token));
    }

    [Fact]
    public async Task An_unknown_address_is_a_chinese_404_for_the_public_while_staff_pages_still_ask_for_a_sign_in()
    {
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        var missing = await anonymous.GetAsync("/no-such-page/at-all");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var html = await missing.Content.ReadAsStringAsync();
        Assert.Contains("找不到该页面或记录", html);
        Assert.Contains("href=\"/Report\"", html);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/wp-login.php")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/Clues")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/no-such-thing")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/Report")).StatusCode);
    }

    [Fact]
    public async Task Held_photos_last_an_hour_and_only_under_their_own_token()
    {
        var hold = app.Services.GetRequiredService<Dajia.Web.Features.PublicPortal.PhotoHold>();
        var (mine, other) = (Dajia.Web.Features.PublicPortal.PhotoHold.NewToken(), Dajia.Web.Features.PublicPortal.PhotoHold.NewToken());
        var photo = Dajia.Web.Infrastructure.ImageSanitizer.Clean(ImageSanitizerTests.Png("held")).Image!;
        await hold.AddAsync(mine, [photo], default);
        Assert.Equal(1, hold.Count(mine));
        Assert.Equal(0, hold.Count(other));
        Assert.Equal(0, hold.Count("../" + mine[3..]));

        var folder = Path.Combine(app.FileStore, "held",
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(mine))));
        Assert.Equal(2, Directory.GetFiles(folder).Length);
        foreach (var f in Directory.GetFiles(folder)) File.SetLastWriteTimeUtc(f, DateTime.UtcNow.AddHours(-2));
        Assert.Equal(0, hold.Count(mine));
        Assert.False(Directory.Exists(folder));
    }

    private static (string Name, string Value)[] Fields(World w, string description, string mobile) =>
    [
        ("JurisdictionId", w.Town.Id.ToString()), ("Kind", "Report"), ("Category", "FakeBrand"), ("Product", "牛仔裤"),
        ("Description", description), ("Anonymous", "false"), ("InformantName", "林小红"), ("InformantMobile", mobile),
        ("NotifyBy", "短信"),
    ];

    /// <summary>The form as the browser sends it: every field, the page's hidden ones (token, keys) and any photos.</summary>
    internal static MultipartFormDataContent Multipart(string page, (string Name, string Value)[] fields, params byte[][] photos)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in HiddenFields(page).DistinctBy(f => f.Name).Where(h => fields.All(f => f.Name != h.Name)))
            content.Add(new StringContent(value), name);
        foreach (var (name, value) in fields) content.Add(new StringContent(value), name);
        foreach (var (bytes, i) in photos.Select((p, i) => (p, i))) content.Add(new ByteArrayContent(bytes), "photos", $"p{i}.png");
        return content;
    }

    private static IEnumerable<(string Name, string Value)> HiddenFields(string page) =>
        HiddenTag().Matches(page).Select(m => (Attribute(m.Value, "name"), Attribute(m.Value, "value")));

    private static string Attribute(string tag, string name) => Regex.Match(tag, $" {name}=\"([^\"]*)\"").Groups[1].Value;

    internal static string Hidden(string page, string name) => HiddenFields(page).First(f => f.Name == name).Value;

    internal static List<string> HeldNames(string page) =>
        RemoveButton().Matches(page).Select(m => m.Groups[1].Value).ToList();

    private static HttpRequestMessage Lookup(string code, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/public/reports/{code}");
        request.Headers.Add("X-Access-Key", key);
        return request;
    }

    private static HttpRequestMessage Addition(string code, string key, string text, params byte[][] photos)
    {
        var content = new MultipartFormDataContent { { new StringContent(text), "text" } };
        foreach (var (bytes, i) in photos.Select((p, i) => (p, i))) content.Add(new ByteArrayContent(bytes), "photos", $"p{i}.jpg");
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/public/reports/{code}/additions") { Content = content };
        request.Headers.Add("X-Access-Key", key);
        return request;
    }

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*>")]
    private static partial Regex HiddenTag();

    [GeneratedRegex("name=\"RemovePhoto\" value=\"([^\"]+)\"")]
    private static partial Regex RemoveButton();
}

[Collection("Sqlite")]
public sealed class PortalJourneySqlite(SqliteFactory f) : PortalJourneyTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class PortalJourneyPostgres(PostgresFactory f) : PortalJourneyTests(f.WithClockReset());

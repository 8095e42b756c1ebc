using Microsoft.Playwright;
using SkiaSharp;

namespace Dajia.BrowserTests;

/// <summary>The public portal as a citizen on a phone meets it (issue #12): whose it is, mistakes, photos, receipt, additions.</summary>
public sealed class PortalTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly ViewportSize Phone = Portal.Phone;

    [Fact]
    public async Task A_citizen_fixes_a_wrong_mobile_keeps_the_photos_copies_the_receipt_tracks_and_adds_information()
    {
        var context = await app.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseUrl, ViewportSize = Phone, Locale = "zh-CN", Permissions = ["clipboard-read", "clipboard-write"],
        });
        var phone = await context.NewPageAsync();
        await phone.GotoAsync("/Report");
        await Assertions.Expect(phone.Locator("#office-contact")).ToContainTextAsync("大涌镇打假办");
        // The number of the plan it published last: the demo publishes the current year's plan.
        await Assertions.Expect(phone.Locator("#office-contact a[href^='tel:']")).ToHaveTextAsync("0760-87112345");
        await Assertions.Expect(phone.GetByRole(AriaRole.Link, new() { Name = "年度工作方案" })).ToBeVisibleAsync();

        // Anonymous hides the name and mobile; real name shows them, starred.
        await phone.GetByLabel("匿名").CheckAsync();
        await Assertions.Expect(phone.Locator("#identity")).ToBeHiddenAsync();
        await phone.GetByLabel("实名").CheckAsync();
        await Assertions.Expect(phone.Locator("label[for=InformantMobile] .req")).ToHaveTextAsync("*");

        await phone.GetByLabel("商品").FillAsync("牛仔裤");
        await phone.GetByLabel("品牌").FillAsync("李维斯");
        await phone.GetByLabel("商家名称 / 摊位号").FillAsync("岚田布业城 A区12号");
        await phone.GetByLabel("情况描述").FillAsync("A区12号摊位出售假冒李维斯牛仔裤，吊牌和走线粗糙，价格只有正品三分之一。");
        await phone.Locator("#photos")
            .SetInputFilesAsync([Portal.Photo("front.png", SKColors.SteelBlue), Portal.Photo("label.png", SKColors.Peru)]);
        await phone.GetByLabel("姓名").FillAsync("林小红");
        await phone.GetByLabel("手机").FillAsync("1381234");
        await phone.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();

        await Assertions.Expect(phone.Locator("#InformantMobile-error")).ToContainTextAsync("手机号码应为 11 位数字");
        await Assertions.Expect(phone.Locator("#InformantMobile")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(phone.Locator("#held-photos img")).ToHaveCountAsync(2);
        await Assertions.Expect(phone.Locator("#held-hint")).ToContainTextAsync("2 张照片已保存");
        await Assertions.Expect(phone.GetByLabel("情况描述")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("假冒李维斯"));
        await Portal.Shot(phone, "portal-phone-mistake");

        await phone.GetByLabel("手机").FillAsync("13812345678");
        await phone.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "已收到您的举报" })).ToBeVisibleAsync();
        await Assertions.Expect(phone.Locator("#expected-time")).ToContainTextAsync("15 个工作日");
        await Assertions.Expect(phone.Locator("#save-advice")).ToContainTextAsync("截图保存");
        var code = await phone.Locator("#tracking-code").InnerTextAsync();
        var key = await phone.Locator("#access-key").InnerTextAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "复制查询码和查询密码" }).ClickAsync();
        await Assertions.Expect(phone.Locator("#copy-result")).ToContainTextAsync("已复制");
        Assert.Contains(key, await phone.EvaluateAsync<string>("navigator.clipboard.readText()"));
        await Portal.Shot(phone, "portal-phone-receipt");

        await phone.GetByRole(AriaRole.Link, new() { Name = "进度查询" }).Last.ClickAsync();
        await Assertions.Expect(phone.GetByLabel("查询码")).ToHaveValueAsync(code);
        await phone.GetByLabel("查询密码").FillAsync(key);
        await phone.GetByRole(AriaRole.Button, new() { Name = "查询", Exact = true }).ClickAsync();
        await Assertions.Expect(phone.Locator("#status")).ToContainTextAsync("您的举报已收到");
        await phone.GetByLabel("补充说明").FillAsync("摊主姓陈，每天下午三点后出摊，仓库在布业城后面。");
        await phone.Locator("#AdditionPhotos").SetInputFilesAsync([Portal.Photo("stall.png", SKColors.OliveDrab)]);
        await phone.GetByRole(AriaRole.Button, new() { Name = "提交补充材料" }).ClickAsync();
        await Assertions.Expect(phone.Locator("#added")).ToContainTextAsync("已收到您补充的材料");
        await Assertions.Expect(phone.Locator("#status")).ToContainTextAsync("您补充了材料");
        await Portal.Shot(phone, "portal-phone-addition");

        var office = await app.SignInAsync("office.staff");
        await office.GotoAsync("/Clues?q=" + Uri.EscapeDataString("李维斯"));
        await office.Locator("tbody tr").First.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(office.Locator("ol.timeline")).ToContainTextAsync("摊主姓陈");
        await Assertions.Expect(office.Locator("ol.timeline")).ToContainTextAsync("举报人补充材料");
    }

    [Fact]
    public async Task A_citizen_opening_the_site_sees_the_office_where_to_report_and_follow_and_a_discreet_staff_entry()
    {
        var phone = await (await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = Phone, Locale = "zh-CN" }))
            .NewPageAsync();
        await phone.GotoAsync("/");
        Assert.DoesNotContain("/Account/Login", phone.Url);
        await Assertions.Expect(phone.Locator("#home-offices")).ToContainTextAsync("大涌镇打假办");
        await Assertions.Expect(phone.Locator("#home-offices a[href^='tel:']")).ToHaveTextAsync("0760-87112345");
        await Assertions.Expect(phone.Locator("#home-report")).ToContainTextAsync("我要举报/投诉");
        await Assertions.Expect(phone.Locator("#home-track")).ToContainTextAsync("查询进度");
        await Assertions.Expect(phone.Locator("#home-plan")).ToContainTextAsync("工作方案");
        await Assertions.Expect(phone.Locator("#home-staff-login")).ToHaveTextAsync("工作人员登录");
        await Portal.Shot(phone, "portal-phone-home");
        await phone.Locator("#home-track").ClickAsync();
        await Assertions.Expect(phone).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Track$"));
    }

    [Fact]
    public async Task An_unknown_address_shows_a_chinese_404_page_with_the_way_on()
    {
        var phone = await (await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = Phone, Locale = "zh-CN" }))
            .NewPageAsync();
        var response = await phone.GotoAsync("/jubao/2026");
        Assert.Equal(404, response!.Status);
        Assert.DoesNotContain("/Account/Login", phone.Url);
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("找不到该页面或记录");
        await Assertions.Expect(phone.Locator("main").GetByRole(AriaRole.Link, new() { Name = "我要举报" })).ToBeVisibleAsync();
        await Assertions.Expect(phone.Locator("#office-contact")).ToContainTextAsync("大涌镇打假办");
        await Portal.Shot(phone, "portal-phone-404");

        await phone.GetByRole(AriaRole.Link, new() { Name = "年度工作方案" }).ClickAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("方案");
    }
}

/// <summary>A photo to attach and a screenshot to keep, for the portal's journeys.</summary>
internal static class Portal
{
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    public static FilePayload Photo(string name, SKColor color)
    {
        using var bitmap = new SKBitmap(160, 120);
        bitmap.Erase(color);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return new FilePayload { Name = name, MimeType = "image/png", Buffer = data.ToArray() };
    }

    public static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, name + ".png"), FullPage = true });
}

/// <summary>The app with a tight submission limit, so a test reaches it in a few taps.</summary>
public sealed class TightLimitApp : BrowserApp
{
    protected override IReadOnlyDictionary<string, string> Settings =>
        new Dictionary<string, string> { ["Dajia:PublicSubmissionsPerMinute"] = "2" };
}

public sealed class PortalLimitTests(TightLimitApp app) : IClassFixture<TightLimitApp>
{
    [Fact]
    public async Task Hitting_the_submission_limit_shows_a_chinese_page_that_keeps_the_form()
    {
        var phone = await (await app.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseUrl, ViewportSize = Portal.Phone, Locale = "zh-CN",
        })).NewPageAsync();
        await phone.GotoAsync("/Report");
        await phone.GetByLabel("情况描述").FillAsync("布业城 B 区有人批量出售假冒耐克运动鞋，鞋盒印刷模糊。");
        await phone.GetByLabel("姓名").FillAsync("林小红");
        await phone.GetByLabel("手机").FillAsync("1381234");
        // Two tries with a mistake use up this network's two submissions a minute; the third is told to wait.
        for (var i = 0; i < 2; i++)
        {
            await phone.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();
            await Assertions.Expect(phone.Locator("#InformantMobile-error")).ToBeVisibleAsync();
        }
        var response = await phone.RunAndWaitForResponseAsync(
            () => phone.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync(),
            r => r.Url.EndsWith("/Report") && r.Request.Method == "POST");
        Assert.Equal(429, response.Status);
        Assert.NotNull(await response.HeaderValueAsync("retry-after"));
        await Assertions.Expect(phone.GetByRole(AriaRole.Alert)).ToContainTextAsync("秒后）再点“提交”。您填写的内容和选择的照片都还在");
        await Assertions.Expect(phone.GetByLabel("情况描述")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("假冒耐克运动鞋"));
        await Assertions.Expect(phone.GetByLabel("姓名")).ToHaveValueAsync("林小红");
        await Assertions.Expect(phone.Locator("body")).Not.ToContainTextAsync("\"status\"");
        await Portal.Shot(phone, "portal-phone-limit");
    }
}

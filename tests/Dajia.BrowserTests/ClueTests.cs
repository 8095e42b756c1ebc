using Microsoft.Playwright;

namespace Dajia.BrowserTests;

public sealed class ClueTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [Fact]
    public async Task A_resident_reports_from_a_phone_and_follows_it_through_triage_and_verification()
    {
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = Phone, Locale = "zh-CN" });
        var phone = await context.NewPageAsync();
        await phone.GotoAsync("/");
        await phone.Locator("#home-report").ClickAsync();
        await Assertions.Expect(phone.Locator("#urgent")).ToContainTextAsync("请立即拨打 110");
        await phone.GetByLabel("商品").FillAsync("牛仔裤");
        await phone.GetByLabel("品牌").FillAsync("耐克");
        await phone.GetByLabel("情况描述").FillAsync("岚田布业城 B 区有摊位出售假冒耐克牛仔裤，吊牌粗糙。");
        await phone.GetByLabel("姓名").FillAsync("林小红");
        await phone.GetByLabel("手机").FillAsync("1381234");
        await phone.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Alert)).ToContainTextAsync("手机号码应为 11 位数字");
        await phone.GetByLabel("手机").FillAsync("13812345678");
        await phone.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        var code = await phone.Locator("#tracking-code").InnerTextAsync();
        var key = await phone.Locator("#access-key").InnerTextAsync();
        await phone.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, "phone-receipt.png"), FullPage = true });
        var width = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"page is {width}px wide on a 390px phone");

        var office = await app.SignInAsync("office.staff");
        await office.GotoAsync("/Clues?q=" + Uri.EscapeDataString("耐克"));
        await office.Locator("tbody tr").First.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(office.Locator("#facts")).Not.ToContainTextAsync("林小红");
        await office.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Status)).ToHaveTextAsync("已受理");
        await office.GetByLabel("交办给").SelectOptionAsync(new SelectOptionValue { Label = "市场监管分局" });
        await office.GetByRole(AriaRole.Button, new() { Name = "交办", Exact = true }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Status)).ToHaveTextAsync("已交办");
        var clueUrl = office.Url;

        var liaison = await app.SignInAsync("liaison.scjg", Phone);
        await Assertions.Expect(liaison.Locator("#clue-tasks")).ToContainTextAsync("已交办");
        await liaison.GotoAsync(clueUrl);
        await Assertions.Expect(liaison.Locator("#facts")).ToContainTextAsync("举报人 #");
        await liaison.GetByRole(AriaRole.Button, new() { Name = "接收核查" }).ClickAsync();
        await liaison.GetByLabel("核查结果").SelectOptionAsync("True");
        await liaison.GetByLabel("核查情况及证据").FillAsync("现场查获假冒耐克牛仔裤 36 条，已扣押。");
        await liaison.GetByRole(AriaRole.Button, new() { Name = "提交核查结果" }).ClickAsync();
        await Assertions.Expect(liaison.GetByRole(AriaRole.Status)).ToHaveTextAsync("核查结果已提交");
        await liaison.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, "phone-clue.png"), FullPage = true });

        await office.GotoAsync(clueUrl);
        await office.GetByPlaceholder("查看理由").FillAsync("需要电话告知处理结果");
        await office.GetByRole(AriaRole.Button, new() { Name = "查看举报人身份" }).ClickAsync();
        await Assertions.Expect(office.Locator("#identity")).ToContainTextAsync("林小红");
        await office.GotoAsync(clueUrl);
        await Assertions.Expect(office.Locator("body")).Not.ToContainTextAsync("林小红");
        await office.GetByPlaceholder("告知方式，如：短信告知").FillAsync("电话告知");
        await office.GetByRole(AriaRole.Button, new() { Name = "登记已告知举报人" }).ClickAsync();
        await office.GetByLabel("向公众公开的处理结果").FillAsync("经核查，您反映的问题属实，执法人员已查获假冒耐克牛仔裤并依法处理。");
        await office.GetByRole(AriaRole.Button, new() { Name = "办结" }).ClickAsync();
        await Assertions.Expect(office.Locator("#status")).ToHaveTextAsync("已办结");

        await phone.GotoAsync("/Track");
        await phone.GetByLabel("查询码").FillAsync(code);
        await phone.GetByLabel("查询密码").FillAsync(key);
        await phone.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Assertions.Expect(phone.Locator("#status h2")).ToContainTextAsync("已办结");
        await Assertions.Expect(phone.Locator("#status")).ToContainTextAsync("已交职能部门核查");
        await Assertions.Expect(phone.Locator("#status")).Not.ToContainTextAsync("市场监管");
        await Assertions.Expect(phone.Locator("#outcome")).ToContainTextAsync("属实");
        await Assertions.Expect(phone.Locator("#outcome")).ToContainTextAsync("已查获假冒耐克牛仔裤并依法处理");
        await phone.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, "phone-track.png"), FullPage = true });
    }

    [Fact]
    public async Task The_office_filters_and_orders_the_list_on_a_phone_and_the_export_follows()
    {
        var office = await app.SignInAsync("office.staff", Phone);
        await office.GotoAsync("/Clues");
        // The filters fold behind 筛选 on a phone until one is in force.
        await Assertions.Expect(office.GetByLabel("线索来源")).ToBeHiddenAsync();
        await office.Locator("#clue-filter-fold > summary").ClickAsync();
        await office.GetByLabel("线索来源").SelectOptionAsync(new SelectOptionValue { Label = "网上举报" });
        await office.GetByLabel("排序").SelectOptionAsync(new SelectOptionValue { Label = "期限最近在前" });
        await office.GetByRole(AriaRole.Button, new() { Name = "查看", Exact = true }).ClickAsync();
        Assert.Contains("sort=DueSoonest", office.Url);
        await Assertions.Expect(office.GetByLabel("排序")).ToHaveValueAsync("DueSoonest");
        await Assertions.Expect(office.Locator("#filter-summary")).ToHaveTextAsync("网上举报");
        await Assertions.Expect(office.GetByRole(AriaRole.Link, new() { Name = "导出" }))
            .ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("source=PublicPortal.*sort=DueSoonest"));
        await Assertions.Expect(office.Locator("tbody tr").First).ToBeVisibleAsync();
        var width = await office.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"page is {width}px wide on a 390px phone");
        await office.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, "phone-clue-list.png"), FullPage = true });
    }

    [Fact]
    public async Task A_2017_demo_clue_shows_its_clocks_met_on_time_or_late()
    {
        var office = await app.SignInAsync("office.staff");
        await office.GotoAsync("/Clues?q=" + Uri.EscapeDataString("红木"));
        await office.Locator("tbody tr").First.GetByRole(AriaRole.Link).ClickAsync();
        var clocks = office.Locator("section.card", new() { Has = office.GetByRole(AriaRole.Heading, new() { Name = "期限" }) });
        await Assertions.Expect(clocks).ToContainTextAsync("核查及立案决定 · 2017-11-07");
        await Assertions.Expect(clocks).ToContainTextAsync("按时完成");
        await office.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, "clue-2017-clocks.png"), FullPage = true });
        await office.GotoAsync("/Clues?q=" + Uri.EscapeDataString("暗访发现"));
        await office.Locator("tbody tr").First.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(clocks).ToContainTextAsync("核查及立案决定 · 2017-09-26");
        await Assertions.Expect(clocks).ToContainTextAsync("逾期完成");
    }
}

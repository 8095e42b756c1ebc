using Microsoft.Playwright;

namespace Dajia.BrowserTests;

/// <summary>
/// A real-name complaint taken its own way: accepted, mediated to an agreement, told, closed; the citizen reads the outcome.
/// </summary>
public sealed class ComplaintTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, name), FullPage = true });

    [Fact]
    public async Task The_office_mediates_a_complaint_tells_the_complainant_and_closes_and_the_citizen_reads_the_outcome()
    {
        const string outcome = "经镇打假办调解，商家同意为您办理退货，退还货款 280 元并另行赔偿 280 元，双方已签订调解协议书。";
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = Phone, Locale = "zh-CN" });
        var phone = await context.NewPageAsync();
        await phone.GotoAsync("/Report");
        await phone.Locator("input[name=Kind][value=Complaint]").CheckAsync();
        await phone.GetByLabel("商品").FillAsync("牛仔裤");
        await phone.GetByLabel("情况描述").FillAsync("在岚田布业城C区买的牛仔裤洗一次就严重褪色，商家拒绝退货，要求退货并赔偿。");
        await phone.GetByLabel("姓名").FillAsync("黄晓雯");
        await phone.GetByLabel("手机").FillAsync("13812348765");
        await phone.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        var code = await phone.Locator("#tracking-code").InnerTextAsync();
        var key = await phone.Locator("#access-key").InnerTextAsync();

        var office = await app.SignInAsync("office.staff");
        await office.GotoAsync("/Clues?q=" + Uri.EscapeDataString("褪色"));
        await office.Locator("tbody tr").First.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(office.Locator("#facts")).ToContainTextAsync("投诉人 #");
        await Assertions.Expect(office.Locator("#facts")).Not.ToContainTextAsync("黄晓雯");
        await office.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
        await Assertions.Expect(office.Locator("#status")).ToHaveTextAsync("已受理待调解");
        await Assertions.Expect(office.GetByRole(AriaRole.Button, new() { Name = "交办", Exact = true })).ToHaveCountAsync(0);
        await Assertions.Expect(office.Locator("body")).ToContainTextAsync("投诉调解期限");
        await office.GetByLabel("调解安排").FillAsync("双方同意11月20日到镇打假办调解");
        await office.GetByRole(AriaRole.Button, new() { Name = "开始调解" }).ClickAsync();
        await Assertions.Expect(office.Locator("#status")).ToHaveTextAsync("调解中");
        await office.GetByLabel("协议内容").FillAsync("商家退货退款 280 元，另赔偿 280 元");
        await office.GetByRole(AriaRole.Button, new() { Name = "达成调解协议", Exact = true }).ClickAsync();
        await Assertions.Expect(office.Locator("#mediation-outcome")).ToContainTextAsync("达成调解协议");

        // Closing before the complainant was told is refused in Chinese, and what was typed stays.
        await office.GetByLabel("向公众公开的处理结果").FillAsync(outcome);
        await office.GetByRole(AriaRole.Button, new() { Name = "办结", Exact = true }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Alert)).ToContainTextAsync("投诉人尚未被告知处理结果，不能办结");
        await Assertions.Expect(office.GetByLabel("向公众公开的处理结果")).ToHaveValueAsync(outcome);
        await Assertions.Expect(office.Locator("#status")).ToHaveTextAsync("调解结束待办结");
        await ShotAsync(office, "office-complaint-close-refused.png");

        await office.GetByPlaceholder("告知方式，如：短信告知").FillAsync("电话告知调解结果");
        await office.GetByRole(AriaRole.Button, new() { Name = "登记已告知投诉人" }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Status)).ToHaveTextAsync("已登记告知");
        await office.GetByLabel("向公众公开的处理结果").FillAsync(outcome);
        await office.GetByLabel("内部备注").FillAsync("商家态度较差，列入重点检查对象");
        await office.GetByRole(AriaRole.Button, new() { Name = "办结", Exact = true }).ClickAsync();
        await Assertions.Expect(office.Locator("#status")).ToHaveTextAsync("已办结");
        await Assertions.Expect(office.Locator("#public-outcome")).ToHaveTextAsync(outcome);
        await Assertions.Expect(office.Locator(".timeline")).ToContainTextAsync("告知投诉人");
        await ShotAsync(office, "office-complaint-closed.png");

        await phone.GotoAsync("/Track");
        await phone.GetByLabel("查询码").FillAsync(code);
        await phone.GetByLabel("查询密码").FillAsync(key);
        await phone.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Assertions.Expect(phone.Locator("#status h2")).ToContainTextAsync("已办结");
        await Assertions.Expect(phone.Locator("#status")).ToContainTextAsync("调解达成协议");
        await Assertions.Expect(phone.Locator("#outcome")).ToContainTextAsync(outcome);
        await Assertions.Expect(phone.Locator("#outcome")).ToContainTextAsync("达成调解协议");
        await Assertions.Expect(phone.Locator("body")).Not.ToContainTextAsync("重点检查对象");
        await Assertions.Expect(phone.Locator("body")).Not.ToContainTextAsync("电话告知调解结果");
        var width = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"page is {width}px wide on a 390px phone");
        await ShotAsync(phone, "phone-track-complaint-outcome.png");
    }
}

using Microsoft.Playwright;

namespace Dajia.BrowserTests;

public sealed class CalendarTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Staff_see_the_2017_calendar_and_compute_a_complaint_deadline_across_national_day()
    {
        var page = await app.SignInAsync("office.staff");
        await page.GetByRole(AriaRole.Link, new() { Name = "工作日历" }).ClickAsync();
        await page.GotoAsync("/Calendar?year=2017");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "2017 年工作日历" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("td[data-date='2017-09-30']")).ToHaveClassAsync("day makeup");
        await Assertions.Expect(page.Locator("td[data-date='2017-10-04']")).ToHaveClassAsync("day holiday");
        await Assertions.Expect(page.Locator("td[data-date='2017-10-04']")).ToContainTextAsync("国庆节、中秋节");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, "calendar-2017.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "期限计算器" }).ClickAsync();
        await page.GetByLabel("收到（起算）日期").FillAsync("2017-09-28");
        await page.GetByLabel("时限规则").SelectOptionAsync("complaint.accept");
        await page.GetByRole(AriaRole.Button, new() { Name = "计算" }).ClickAsync();
        var result = page.Locator("#result");
        await Assertions.Expect(result.GetByRole(AriaRole.Heading)).ToHaveTextAsync("期限届满日：2017-10-13");
        await Assertions.Expect(result.Locator("ol.counted li")).ToHaveCountAsync(7);
        await Assertions.Expect(result.Locator("ol.counted li").Nth(1)).ToHaveTextAsync("2017-09-30");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, "calculator.png"), FullPage = true });
    }

    [Fact]
    public async Task An_admin_marks_a_day_and_the_grid_shows_it()
    {
        var page = await app.SignInAsync("office.admin");
        await page.GotoAsync("/Calendar?year=2030");
        await Assertions.Expect(page.GetByRole(AriaRole.Note)).ToContainTextAsync("尚未发布");
        await page.GetByLabel("日期", new() { Exact = true }).FillAsync("2030-03-04");
        await page.GetByLabel("类型").SelectOptionAsync("Holiday");
        await page.GetByLabel("节日名称").FillAsync("测试假日");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("2030-03-04 已调整");
        await Assertions.Expect(page.Locator("td[data-date='2030-03-04']")).ToHaveClassAsync("day holiday");

        await page.GetByLabel("类型").SelectOptionAsync("Holiday");
        await page.GetByLabel("日期", new() { Exact = true }).FillAsync("2030-03-05");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("请填写节日名称");
    }

    [Fact]
    public async Task The_rules_page_lists_each_limit_with_its_legal_basis()
    {
        var page = await app.SignInAsync("liaison.scjg");
        await page.GotoAsync("/Calendar/Rules");
        var row = page.Locator("tr[data-rule='case.decision']");
        await Assertions.Expect(row).ToContainTextAsync("90 日（自然日）");
        await Assertions.Expect(row).ToContainTextAsync("经批准可延长 30");
        await Assertions.Expect(page.Locator("tr[data-rule='complaint.accept']")).ToHaveCountAsync(3);
    }
}

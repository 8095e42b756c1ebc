using Microsoft.Playwright;

namespace Dajia.BrowserTests;

public sealed class CalendarTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Staff_see_the_2017_calendar_and_compute_a_complaint_deadline_across_national_day()
    {
        var page = await app.SignInAsync("office.staff");
        await page.GetByRole(AriaRole.Link, new() { Name = "工作日历", Exact = true }).ClickAsync();
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
    public async Task The_root_admin_marks_a_day_and_the_grid_shows_it()
    {
        var page = await app.SignInAsync("root.admin");
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
    public async Task The_root_admin_imports_next_years_notice_and_corrects_a_rule()
    {
        var page = await app.SignInAsync("root.admin");
        await page.GotoAsync("/Calendar?year=2031");
        var file = Path.Combine(BrowserApp.Shots, "2031.json");
        await File.WriteAllTextAsync(file, """
            {"year":2031,"papers":["https://www.gov.cn/example-2031"],
             "days":[{"name":"元旦","date":"2031-01-01","isOffDay":true},{"name":"春节","date":"2031-01-25","isOffDay":false}]}
            """);
        await page.Locator("input[type=file]").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "导入 2031 年安排" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已导入 2031 年安排：2 天");
        await Assertions.Expect(page.GetByRole(AriaRole.Note)).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("td[data-date='2031-01-25']")).ToHaveClassAsync("day makeup");

        await File.WriteAllTextAsync(file, "{ not json");
        await page.Locator("input[type=file]").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "导入 2031 年安排" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("holiday-cn 格式");

        await page.GotoAsync("/Calendar/Rules");
        await page.Locator("tr[data-rule='evidence.preservation']").GetByRole(AriaRole.Link, new() { Name = "编辑" }).ClickAsync();
        await page.GetByLabel("废止日期（空为现行）").FillAsync("2000-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("废止日期不能早于施行日期");
        await page.GetByLabel("废止日期（空为现行）").FillAsync("");
        await page.GetByLabel("时限数值").FillAsync("10");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("规则已保存");
        await Assertions.Expect(page.Locator("tr[data-rule='evidence.preservation']")).ToContainTextAsync("10 个工作日");
    }

    [Fact]
    public async Task The_rules_page_lists_each_limit_with_its_legal_basis()
    {
        var page = await app.SignInAsync("liaison.scjg");
        await page.GotoAsync("/Calendar/Rules");
        // The 2007 工商 rule for 2017's cases and the 2019 市场监管 rule after it: both 90 days, +30 with approval.
        var rows = page.Locator("tr[data-rule='case.decision']");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        foreach (var row in await rows.AllAsync())
        {
            await Assertions.Expect(row).ToContainTextAsync("90 日（自然日）");
            await Assertions.Expect(row).ToContainTextAsync("经批准可延长 30");
        }
        await Assertions.Expect(page.Locator("tr[data-rule='complaint.accept']")).ToHaveCountAsync(3);
    }
}

using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.Playwright;

namespace Dajia.BrowserTests;

/// <summary>
/// 司法所's 2017Q3 report is missing and long past due (the app's clock is in 2026): the office allows a late report, the
/// liaison files it on a phone from the prefilled figures, the office returns it, the liaison fixes it, the office accepts.
/// </summary>
public sealed class ReportTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, name + ".png"), FullPage = true });

    [Fact]
    public async Task A_missing_quarter_is_allowed_late_filed_on_a_phone_returned_fixed_and_accepted()
    {
        var office = await app.SignInAsync("office.staff");
        // A special action 司法所 led in the quarter, so the liaison has records behind a prefilled figure.
        using var units = JsonDocument.Parse(await (await office.APIRequest.GetAsync("/api/units")).TextAsync());
        var sfs = units.RootElement.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("code").GetString() == "sfs")
            .GetProperty("id").GetGuid();
        var created = await office.APIRequest.PostAsync("/api/operations", new()
        {
            DataObject = new
            {
                kind = "SpecialAction", title = "普法宣传暨打假专项行动", startsAt = "2017-08-16T09:00:00+08:00", leadUnitId = sfs,
                personnel = 6, vehicles = 2,
            },
        });
        Assert.Equal(201, created.Status);

        await office.GotoAsync("/Reports");
        var round = office.Locator("section.report-round[data-form='key-area-quarterly'][data-period='2017Q3']");
        await round.Locator("summary").ClickAsync();
        await round.GetByRole(AriaRole.Link, new() { Name = "大涌镇司法所" }).ClickAsync();
        await Assertions.Expect(office.Locator("#lock-reason")).ToContainTextAsync("已过报送截止日期");
        await office.GetByLabel("允许补报至").FillAsync("2026-11-27");
        await office.GetByRole(AriaRole.Button, new() { Name = "允许补报" }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Status).First).ToHaveTextAsync("已允许补报");
        await Assertions.Expect(office.Locator("#late-until")).ToHaveTextAsync("2026-11-27");
        await Shot(office, "report-office-allow-late");
        var formUrl = office.Url;

        var liaison = await app.SignInAsync("liaison.sfs", Phone);
        await liaison.Locator("#nav-reports").ClickAsync();
        await Assertions.Expect(liaison.Locator("#my-reports")).ToContainTextAsync("逾期");
        await Shot(liaison, "report-phone-list");
        await liaison.Locator("#my-reports tr[data-form='key-area-quarterly'][data-period='2017Q3'] a").ClickAsync();
        await Assertions.Expect(liaison.Locator("#report-title")).ToHaveTextAsync("大涌镇2017年度第3季度打假重点区域整治情况报表");
        await Assertions.Expect(liaison.Locator("#f-actions-personnel")).ToHaveValueAsync("6");
        await liaison.Locator(".indicator[data-code='actions.personnel'] .prefill-mark").ClickAsync();
        await Assertions.Expect(liaison.Locator("#src-f-actions-personnel")).ToContainTextAsync("普法宣传暨打假专项行动");

        foreach (var (code, value) in new[] { ("cases-transferredPersons", "0"), ("publicity-events", "3"), ("publicity-materials", "200"),
            ("publicity-media", "1"), ("publicity-exposures", "0") })
            await liaison.Locator("#f-" + code).FillAsync(value);
        await liaison.Locator("#f-cases-rectifications").FillAsync("2.5");
        await Assertions.Expect(liaison.Locator("#f-cases-rectifications-error")).ToHaveTextAsync("请填写不小于0的整数");
        await liaison.Locator("#f-cases-rectifications").FillAsync("2");
        await Assertions.Expect(liaison.Locator("#f-cases-rectifications-error")).ToBeEmptyAsync();
        await liaison.Locator("#f-text-problems").FillAsync("村居普法宣传场次偏少。");
        await Assertions.Expect(liaison.Locator("#autosave")).ToContainTextAsync("已自动保存", new() { Timeout = 15_000 });
        await Shot(liaison, "report-phone-form");
        var width = await liaison.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"page is {width}px wide on a 390px phone");

        await liaison.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();
        await Assertions.Expect(liaison.Locator("#summary")).ToContainTextAsync("发放资料");
        await Shot(liaison, "report-phone-summary");
        await liaison.GetByRole(AriaRole.Button, new() { Name = "确认提交" }).ClickAsync();
        await Assertions.Expect(liaison.GetByRole(AriaRole.Status).First).ToHaveTextAsync("报表已提交");
        await Assertions.Expect(liaison.Locator("#report-status")).ToHaveTextAsync("逾期提交");

        await office.GotoAsync(formUrl);
        await office.GetByLabel("退回理由").FillAsync("发放资料份数与台账不符，请核实。");
        await office.GetByRole(AriaRole.Button, new() { Name = "退回", Exact = true }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Status).First).ToHaveTextAsync("报表已退回");

        await liaison.ReloadAsync();
        await Assertions.Expect(liaison.Locator("#return-reason")).ToContainTextAsync("发放资料份数与台账不符");
        await Shot(liaison, "report-phone-returned");
        await liaison.Locator("#f-publicity-materials").FillAsync("150");
        await Assertions.Expect(liaison.Locator("#autosave")).ToContainTextAsync("已自动保存", new() { Timeout = 15_000 });
        await liaison.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();
        await liaison.GetByRole(AriaRole.Button, new() { Name = "确认提交" }).ClickAsync();
        await Assertions.Expect(liaison.GetByRole(AriaRole.Status).First).ToHaveTextAsync("报表已提交");

        await office.GotoAsync(formUrl);
        await office.GetByRole(AriaRole.Button, new() { Name = "审核通过" }).ClickAsync();
        await Assertions.Expect(office.Locator("#report-status")).ToHaveTextAsync("已通过");
        await office.Locator("#snapshots details").First.Locator("summary").ClickAsync();
        await Shot(office, "report-office-accepted");

        // The round's official copy: the town sheet and 司法所's sheet with the figure the liaison typed.
        await office.GotoAsync("/Reports/key-area-quarterly/2017Q3");
        var download = await office.RunAndWaitForDownloadAsync(() =>
            office.Locator("#round-exports").GetByRole(AriaRole.Link, new() { Name = "导出Excel" }).ClickAsync());
        Assert.StartsWith("大涌镇2017年", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        var file = Path.Combine(BrowserApp.Shots, "report-2017Q3.xlsx");
        await download.SaveAsAsync(file);
        using var book = new XLWorkbook(file);
        Assert.Equal("全镇合计", book.Worksheets.First().Name);
        Assert.Contains("2017", book.Worksheets.First().Cell(1, 1).GetString(), StringComparison.Ordinal);
        var sheet = book.Worksheet("司法所");
        Assert.Contains(sheet.CellsUsed(), c => c.GetString() == "150");
    }
}

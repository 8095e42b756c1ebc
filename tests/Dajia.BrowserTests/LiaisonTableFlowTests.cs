using ClosedXML.Excel;
using Dajia.Web.Domain.Units;
using Microsoft.Playwright;

namespace Dajia.BrowserTests;

public sealed class LiaisonTableFlowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Unit = "岚田布业城市场管理处"; // the demo's unit that has not named a liaison

    [Fact]
    public async Task A_liaison_fixes_a_bad_mobile_and_submits_and_the_office_sees_it_and_downloads_the_table()
    {
        var liaison = await app.SignInAsync("liaison.ltbyc");
        await Assertions.Expect(liaison.GetByText("本单位尚未填写联络员。")).ToBeVisibleAsync();
        await liaison.GetByRole(AriaRole.Link, new() { Name = "立即填写" }).ClickAsync();

        await liaison.GetByLabel("联络员姓名").FillAsync("欧阳明");
        await liaison.GetByLabel("女").CheckAsync();
        await liaison.GetByLabel("科室/职务").FillAsync("管理处办公室");
        await liaison.GetByLabel("手机").FillAsync("1381234");
        await liaison.GetByLabel("办公电话").FillAsync("0760-87115566");
        await liaison.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(liaison.Locator("[data-valmsg-for='Input.Mobile']")).ToContainTextAsync("手机号码应为 11 位数字");
        await Assertions.Expect(liaison.GetByRole(AriaRole.Alert)).ToContainTextAsync("请更正以下问题");
        await Assertions.Expect(liaison.GetByLabel("联络员姓名")).ToHaveValueAsync("欧阳明");
        await liaison.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, "liaison-invalid-mobile.png"), FullPage = true });

        await liaison.GetByLabel("手机").FillAsync("13812345678");
        await liaison.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(liaison.GetByRole(AriaRole.Status)).ToHaveTextAsync("联络员信息已保存");
        await liaison.GetByRole(AriaRole.Button, new() { Name = "确认并报送" }).ClickAsync();
        await Assertions.Expect(liaison.GetByRole(AriaRole.Status)).ToHaveTextAsync("联络员表已报送");
        await liaison.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, "liaison-unit.png"), FullPage = true });

        var office = await app.SignInAsync("office.staff");
        await office.GetByRole(AriaRole.Link, new() { Name = "联络员表", Exact = true }).ClickAsync();
        var row = office.Locator("tr[data-unit=ltbyc]");
        await Assertions.Expect(row).ToContainTextAsync("欧阳明");
        await Assertions.Expect(row.Locator(".badge")).ToHaveTextAsync("按时报送");
        await office.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, "office-liaison-table.png"), FullPage = true });

        var download = await office.RunAndWaitForDownloadAsync(() =>
            office.GetByRole(AriaRole.Link, new() { Name = "下载 2026 年度联络员表（.xlsx）" }).ClickAsync());
        Assert.Equal("联络员表-2026年度.xlsx", download.SuggestedFilename);
        var file = Path.Combine(BrowserApp.Shots, "liaison-table.xlsx");
        await download.SaveAsAsync(file);
        using var book = new XLWorkbook(file);
        var ws = book.Worksheets.First();
        Assert.Equal("大涌镇打假办2026年度成员单位联络员表", ws.Cell(1, 1).GetString());
        var unitRow = ws.RowsUsed().Single(r => r.Cell(2).GetString() == Unit);
        Assert.Equal("欧阳明", unitRow.Cell(6).GetString());
        Assert.Equal("女", unitRow.Cell(7).GetString());
        Assert.Equal("13812345678", unitRow.Cell(10).GetString());
        Assert.Equal("0760-87115566", unitRow.Cell(9).GetString());
    }

    [Fact]
    public async Task The_office_imports_a_filled_table_and_a_bad_row_is_shown_with_its_row_number()
    {
        var office = await app.SignInAsync("office.admin");
        await office.GotoAsync("/LiaisonTables");
        var download = await office.RunAndWaitForDownloadAsync(() =>
            office.GetByRole(AriaRole.Link, new() { Name = "下载各单位当前联络员（.xlsx，可作填报模板）" }).ClickAsync());
        var file = Path.Combine(BrowserApp.Shots, "import.xlsx");
        await download.SaveAsAsync(file);

        using (var book = new XLWorkbook(file))
        {
            var row = book.Worksheets.First().RowsUsed().Single(r => r.Cell(2).GetString() == "大涌镇司法所");
            row.Cell(6).Value = "司马光";
            row.Cell(10).SetValue("1391234");
            book.Save();
        }
        await office.Locator("input[type=file]").SetInputFilesAsync(file);
        await office.GetByRole(AriaRole.Button, new() { Name = "导入" }).ClickAsync();
        var alert = office.GetByRole(AriaRole.Alert);
        await Assertions.Expect(alert).ToContainTextAsync("导入未执行");
        await Assertions.Expect(alert).ToContainTextAsync("行 手机：手机号码应为 11 位数字");
        await Assertions.Expect(office.Locator("tr[data-unit=sfs]")).Not.ToContainTextAsync("司马光");

        using (var book = new XLWorkbook(file))
        {
            book.Worksheets.First().RowsUsed().Single(r => r.Cell(2).GetString() == "大涌镇司法所").Cell(10).SetValue("13912345678");
            book.Save();
        }
        await office.Locator("input[type=file]").SetInputFilesAsync(file);
        await office.GetByLabel("同时将表中各单位登记为已报送").CheckAsync();
        await office.GetByRole(AriaRole.Button, new() { Name = "导入" }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Status)).ToContainTextAsync("导入完成");
        await Assertions.Expect(office.Locator("tr[data-unit=sfs]")).ToContainTextAsync("司马光");
        await Assertions.Expect(office.Locator("tr[data-unit=sfs]")).ToContainTextAsync("表格导入");
    }

    [Fact]
    public async Task The_office_home_lists_units_to_follow_up_and_english_is_one_click_away()
    {
        var page = await app.SignInAsync("office.admin");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "需要跟进的单位" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, "office-home.png"), FullPage = true });
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Member units" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "中文" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "成员单位" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task On_a_phone_the_units_table_reads_as_labelled_cards()
    {
        var page = await app.SignInAsync("leader", new ViewportSize { Width = 390, Height = 844 });
        await page.GotoAsync("/Units");
        var header = page.Locator("table thead");
        await Assertions.Expect(header).ToBeHiddenAsync();
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"page is {width}px wide on a 390px phone");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, "phone-units.png"), FullPage = true });
    }
}

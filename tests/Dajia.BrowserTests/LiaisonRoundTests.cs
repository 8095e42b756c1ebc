using ClosedXML.Excel;
using Microsoft.Playwright;

namespace Dajia.BrowserTests;

/// <summary>
/// 附件1 as submitted: a liaison submits on a phone and then changes the liaison; the office sees the change and the
/// kept table; last year's round keeps last year's people and dates; a closed round refuses an import. Own app: the
/// last step closes the current round.
/// </summary>
public sealed class LiaisonRoundTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, name + ".png"), FullPage = true });

    [Fact]
    public async Task A_table_is_kept_as_submitted_a_change_is_seen_past_rounds_keep_their_people_and_a_closed_round_refuses_an_import()
    {
        // The liaison of 大涌镇司法所 (张家豪 since 2017) submits this year's table on a phone …
        var liaison = await app.SignInAsync("liaison.sfs", Phone);
        await liaison.GetByRole(AriaRole.Link, new() { Name = "去报送" }).ClickAsync();
        await liaison.GetByRole(AriaRole.Button, new() { Name = "确认并报送" }).ClickAsync();
        await Assertions.Expect(liaison.GetByRole(AriaRole.Status)).ToHaveTextAsync("联络员表已报送");
        await Assertions.Expect(liaison.Locator("#submission")).ToContainTextAsync("按时报送");
        await Shot(liaison, "round-phone-submitted");

        // … then a new colleague takes over: the unit's page asks for a resubmission.
        await liaison.Locator("section.card", new() { HasText = "联络员" }).First.GetByRole(AriaRole.Link, new() { Name = "变更" }).ClickAsync();
        await liaison.GetByLabel("联络员姓名").FillAsync("梁晓敏");
        await liaison.GetByLabel("女").CheckAsync();
        await liaison.GetByLabel("手机").FillAsync("13912340000");
        await liaison.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(liaison.Locator("#submission")).ToContainTextAsync("报送后有变更");
        await Assertions.Expect(liaison.GetByRole(AriaRole.Button, new() { Name = "重新报送" })).ToBeVisibleAsync();
        await Assertions.Expect(liaison.Locator("body")).Not.ToContainTextAsync("liaison.sfs");
        var width = await liaison.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"page is {width}px wide on a 390px phone");
        await Shot(liaison, "round-phone-changed");

        // The office sees the change and the table as it was submitted.
        var office = await app.SignInAsync("office.staff");
        await office.GotoAsync("/LiaisonTables");
        var row = office.Locator("tr[data-unit=sfs]");
        await Assertions.Expect(row).ToContainTextAsync("张家豪");
        await Assertions.Expect(row).ToContainTextAsync("报送后有变更");
        await Assertions.Expect(row).Not.ToContainTextAsync("梁晓敏");
        await Shot(office, "round-office-changed");
        await row.GetByRole(AriaRole.Link, new() { Name = "报送记录" }).ClickAsync();
        await Assertions.Expect(office.Locator("#current")).ToContainTextAsync("梁晓敏");
        await Assertions.Expect(office.Locator("#version-1")).ToContainTextAsync("张家豪");
        await Assertions.Expect(office.Locator("#version-1")).ToContainTextAsync("网上报送");
        await Shot(office, "round-office-versions");

        // Last year's round (2017) keeps 2017's people and dates, in the page and in the file named by its year.
        await office.GotoAsync("/LiaisonTables?year=2017");
        await Assertions.Expect(office.Locator("#round-closed")).ToContainTextAsync("2017 年度报送已结束");
        var old = office.Locator("tr[data-unit=sfs]");
        await Assertions.Expect(old).ToContainTextAsync("张家豪");
        await Assertions.Expect(old).ToContainTextAsync("2017-09-");
        await Assertions.Expect(office.Locator("#import")).ToHaveCountAsync(0);
        await Shot(office, "round-2017");
        var download = await office.RunAndWaitForDownloadAsync(() =>
            office.GetByRole(AriaRole.Link, new() { Name = "下载 2017 年度联络员表（.xlsx）" }).ClickAsync());
        Assert.Equal("联络员表-2017年度.xlsx", download.SuggestedFilename);
        var file = Path.Combine(BrowserApp.Shots, "liaison-table-2017.xlsx");
        await download.SaveAsAsync(file);
        using (var book = new XLWorkbook(file))
        {
            var ws = book.Worksheets.First();
            Assert.Equal("大涌镇打假办2017年度成员单位联络员表", ws.Cell(1, 1).GetString());
            var sfs = ws.RowsUsed().Single(r => r.Cell(2).GetString() == "大涌镇司法所");
            Assert.Equal("张家豪", sfs.Cell(6).GetString());
            Assert.StartsWith("9月", sfs.Cell(13).GetString());
            Assert.Contains(ws.RowsUsed(), r => r.Cell(1).GetString().StartsWith("填报日期：2017年", StringComparison.Ordinal));
        }

        // The current round closes while another tab still shows its import form: that import is refused.
        var form = await office.Context.NewPageAsync();
        await form.GotoAsync("/LiaisonTables");
        await office.GotoAsync("/LiaisonTables");
        await office.GetByRole(AriaRole.Button, new() { Name = "结束本轮报送" }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Status)).ToHaveTextAsync("本轮报送已结束");
        await form.Locator("input[type=file]").SetInputFilesAsync(file);
        await form.GetByRole(AriaRole.Button, new() { Name = "导入" }).ClickAsync();
        await Assertions.Expect(form.GetByRole(AriaRole.Alert)).ToContainTextAsync("2026 年度联络员表报送已结束，不能再修改");
        await Assertions.Expect(form.Locator("tr[data-unit=sfs]")).ToContainTextAsync("张家豪");
        await Shot(form, "round-closed-import-refused");
    }

    [Fact]
    public async Task Pages_show_names_not_codes_and_a_new_user_hears_every_problem_at_once()
    {
        var admin = await app.SignInAsync("office.admin");
        await admin.GotoAsync("/Admin/Users/Edit");
        await admin.GetByLabel("用户名").FillAsync("office.staff");
        await admin.GetByLabel("姓名").FillAsync("重复的人");
        await admin.GetByLabel("初始密码").FillAsync("abc");
        await admin.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        var alert = admin.GetByRole(AriaRole.Alert);
        await Assertions.Expect(alert).ToContainTextAsync("用户名“office.staff”已被使用");
        await Assertions.Expect(alert).ToContainTextAsync("密码至少 8 位");
        await Assertions.Expect(alert).ToContainTextAsync("请至少选择一个角色");
        await Shot(admin, "user-all-errors");

        var staff = await app.SignInAsync("office.staff");
        await staff.GotoAsync("/Calendar/Rules");
        await Assertions.Expect(staff.Locator("table")).ToContainTextAsync("案件处理决定");
        await Assertions.Expect(staff.Locator("body")).Not.ToContainTextAsync("case.decision");
        await Shot(staff, "rules-names");
        await staff.GotoAsync("/Units");
        await Assertions.Expect(staff.Locator("body")).Not.ToContainTextAsync("scjg");
        var clue = await staff.GotoAsync("/Clues");
        await staff.Locator("tbody tr").Last.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(staff.Locator("ol.timeline")).Not.ToContainTextAsync("office.staff");
        await Shot(staff, "clue-timeline-names");

        var root = await app.SignInAsync("root.admin");
        await root.GotoAsync("/Calendar");
        await Assertions.Expect(root.Locator("body")).Not.ToContainTextAsync("{\"year\"");
        var example = await root.RunAndWaitForDownloadAsync(() =>
            root.GetByRole(AriaRole.Link, new() { Name = "下载示例文件（2026 年现行安排）" }).ClickAsync());
        Assert.Equal("节假日安排-2026.json", example.SuggestedFilename);
        await Shot(root, "calendar-import-hint");
    }
}

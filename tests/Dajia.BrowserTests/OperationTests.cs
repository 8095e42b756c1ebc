using Microsoft.Playwright;

namespace Dajia.BrowserTests;

public sealed class OperationTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task The_office_runs_a_joint_operation_with_two_units_records_three_inspections_and_sees_the_totals()
    {
        var office = await app.SignInAsync("office.staff");
        await office.GetByRole(AriaRole.Link, new() { Name = "执法行动", Exact = true }).ClickAsync();
        await office.GetByRole(AriaRole.Link, new() { Name = "记录执法行动" }).ClickAsync();
        await office.GetByLabel("行动类型").SelectOptionAsync("JointInspection");
        await office.GetByLabel("行动名称").FillAsync("岚田布业城联合检查（测试）");
        await office.GetByLabel("时间").FillAsync("2026-11-20T09:30");
        await office.GetByLabel("重点区域").SelectOptionAsync(new SelectOptionValue { Label = "岚田布业城" });
        await office.GetByLabel("市场监管分局").CheckAsync();
        await office.GetByLabel("公安分局").CheckAsync();
        await office.GetByLabel("出动人员（人次）").FillAsync("9");
        await office.GetByLabel("出动车辆（台次）").FillAsync("2");
        await office.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Status)).ToContainTextAsync("已记录");
        var url = office.Url;

        var liaison = await app.SignInAsync("liaison.scjg");
        await liaison.GotoAsync(url);
        await liaison.GetByLabel("派出人员").FillAsync("梁振国、冯丽华");
        await liaison.GetByRole(AriaRole.Button, new() { Name = "确认参加" }).ClickAsync();
        await Assertions.Expect(liaison.GetByRole(AriaRole.Status)).ToHaveTextAsync("已确认参加");

        var results = new[] { ("GoodsSeized", "查扣商品"), ("OrderedToRectify", "责令整改"), ("NoProblem", "未发现问题") };
        for (var i = 0; i < 3; i++)
        {
            var page = i == 1 ? liaison : office; // the confirmed unit records one itself
            await page.GotoAsync(url);
            // The picker is a search: a stall number finds the one stall, which the page then offers alone.
            await page.GetByLabel("查找经营主体").FillAsync($"A{i + 1}");
            await Assertions.Expect(page.Locator("#entity-hits label")).ToHaveCountAsync(1);
            await page.Locator("#entity-hits input[type=radio]").CheckAsync();
            await page.GetByLabel("检查结果").SelectOptionAsync(results[i].Item1);
            await page.GetByRole(AriaRole.Button, new() { Name = "记录检查" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("检查记录已保存");
        }
        await office.GotoAsync(url);
        await Assertions.Expect(office.Locator("[data-total=inspections]")).ToHaveTextAsync("检查经营主体 3 户次");
        await Assertions.Expect(office.Locator("#totals")).ToContainTextAsync("出动 9 人次");
        foreach (var (_, label) in results) await Assertions.Expect(office.Locator("#totals")).ToContainTextAsync($"{label} 1");
        await office.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, "operation.png"), FullPage = true });

        await office.GotoAsync("/Operations?from=2026-11-01&to=2026-11-30");
        await Assertions.Expect(office.Locator("#totals")).ToContainTextAsync("检查经营主体 3 户次");
    }

    [Fact]
    public async Task A_draw_is_made_verified_and_turned_into_an_action_in_the_pages()
    {
        var office = await app.SignInAsync("office.admin");
        await office.GotoAsync("/RandomDraws");
        await office.GetByLabel("抽取户数").FillAsync("4");
        await office.GetByRole(AriaRole.Button, new() { Name = "抽取" }).ClickAsync();
        await Assertions.Expect(office.Locator("table tbody tr")).ToHaveCountAsync(4);
        await office.GetByRole(AriaRole.Button, new() { Name = "重新抽取核对" }).ClickAsync();
        await Assertions.Expect(office.Locator("#verify")).ToContainTextAsync("核对一致");
        await office.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, "random-draw.png"), FullPage = true });
        await office.GetByRole(AriaRole.Button, new() { Name = "转为执法行动" }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Status)).ToContainTextAsync("已转为执法行动");
    }

    [Fact]
    public async Task A_new_user_sees_both_plans_and_the_key_area_with_its_stalls()
    {
        var page = await app.SignInAsync("leader");
        await page.GetByRole(AriaRole.Link, new() { Name = "工作方案", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("p.flash")).ToContainTextAsync("当前处于");
        await page.GetByRole(AriaRole.Link, new() { Name = "2017", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "2017年大涌镇打假工作方案" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, "plan-2017.png"), FullPage = true });
        await page.GotoAsync("/KeyAreas");
        await Assertions.Expect(page.Locator("[data-area='岚田布业城']")).ToContainTextAsync("60 户");
        await page.GotoAsync("/Operations?from=2017-01-01&to=2017-12-31");
        await Assertions.Expect(page.Locator("table").Last).ToContainTextAsync("XD-2017-002");
    }
}

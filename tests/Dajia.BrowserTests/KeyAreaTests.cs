using Microsoft.Playwright;

namespace Dajia.BrowserTests;

/// <summary>Key areas recognised in reports, the entity picker by stall number, and the plan and operations pages read right.</summary>
public sealed class KeyAreaTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, name + ".png"), FullPage = true });

    [Fact]
    public async Task The_office_confirms_one_proposed_match_corrects_another_and_sees_the_key_area_on_hot_spots()
    {
        // A resident names a shop from the suggestions; the report is linked to that stall without telling them so.
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = Phone, Locale = "zh-CN" });
        var phone = await context.NewPageAsync();
        await phone.GotoAsync("/Report");
        await Assertions.Expect(phone.Locator("#merchants option[value='大涌镇何记布行（岚田布业城 A018）']")).ToHaveCountAsync(1);
        await phone.GetByLabel("商家名称").FillAsync("大涌镇何记布行（岚田布业城 A018）");
        await phone.GetByLabel("情况描述").FillAsync("该布行出售假冒品牌牛仔布，标签粗糙。");
        await phone.GetByLabel("匿名").CheckAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        await Assertions.Expect(phone.Locator("#tracking-code")).ToBeVisibleAsync();
        await Assertions.Expect(phone.Locator("body")).Not.ToContainTextAsync("A018号");

        var office = await app.SignInAsync("office.staff");
        await office.GotoAsync("/Clues?q=" + Uri.EscapeDataString("假冒品牌牛仔布"));
        await office.Locator("tbody tr").First.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(office.Locator("#match-state")).ToHaveTextAsync("系统建议，待确认");
        await Assertions.Expect(office.Locator("#match-entity")).ToContainTextAsync("大涌镇何记布行 · 摊位 A018");
        await Assertions.Expect(office.Locator("#match-area")).ToHaveTextAsync("岚田布业城");
        await office.GetByRole(AriaRole.Button, new() { Name = "确认", Exact = true }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Status)).ToHaveTextAsync("经营主体与重点区域已确认");
        await Assertions.Expect(office.Locator("#match-state")).ToHaveTextAsync("已确认");
        await Assertions.Expect(office.Locator(".timeline")).ToContainTextAsync("确认经营主体");
        await Shot(office, "clue-match-confirmed");

        // Today's demo report names D区008号, which the register does not have: the area is proposed, the stall is corrected.
        await office.GotoAsync("/Clues?q=" + Uri.EscapeDataString("D区008号"));
        await office.Locator("tbody tr").First.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(office.Locator("#match-entity")).ToHaveTextAsync("无");
        await office.GetByRole(AriaRole.Link, new() { Name = "更正" }).ClickAsync();
        await office.GetByLabel("名称、摊位号或统一社会信用代码").FillAsync("C8");
        await office.GetByRole(AriaRole.Button, new() { Name = "查找" }).ClickAsync();
        await Assertions.Expect(office.Locator("#hits tbody tr")).ToHaveCountAsync(1);
        await Shot(office, "clue-match-correct");
        await office.Locator("#hits tbody tr").First.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(office.Locator("#match-entity")).ToContainTextAsync("C008");
        await Assertions.Expect(office.Locator(".timeline")).ToContainTextAsync("更正经营主体");

        await office.GotoAsync("/Clues/HotSpots");
        var areas = office.Locator("section.card", new() { Has = office.GetByRole(AriaRole.Heading, new() { Name = "重点区域" }) });
        await Assertions.Expect(areas).ToContainTextAsync("岚田布业城");
        await Assertions.Expect(areas).Not.ToContainTextAsync("—");
        await Shot(office, "hotspots-key-area");

        var onPhone = await app.SignInAsync("office.staff", Phone);
        await onPhone.GotoAsync("/Clues/HotSpots");
        await Shot(onPhone, "phone-hotspots-key-area");
        await onPhone.GotoAsync("/KeyAreas");
        await Assertions.Expect(onPhone.Locator("[data-area='岚田布业城']")).ToContainTextAsync("2026 年度重点区域");
        await Shot(onPhone, "phone-key-areas");
    }

    [Fact]
    public async Task An_action_picks_an_entity_by_typing_its_stall_number()
    {
        var office = await app.SignInAsync("office.staff");
        await office.GotoAsync("/Operations?from=2017-01-01&to=2017-12-31");
        await office.GetByRole(AriaRole.Link, new() { Name = "XD-2017-002" }).ClickAsync();
        await Assertions.Expect(office.Locator("select#MarketEntityId")).ToHaveCountAsync(0);
        await office.GetByLabel("查找经营主体").FillAsync("B区7号");
        await Assertions.Expect(office.Locator("#entity-hits label")).ToHaveCountAsync(1);
        await Assertions.Expect(office.Locator("#entity-hits label")).ToContainTextAsync("B007 · 岚田布业城");
        await office.Locator("#entity-hits input[type=radio]").CheckAsync();
        await office.GetByLabel("检查结果").SelectOptionAsync("OrderedToRectify");
        await office.GetByRole(AriaRole.Button, new() { Name = "记录检查" }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Status)).ToHaveTextAsync("检查记录已保存");
        await Assertions.Expect(office.Locator("table").Last).ToContainTextAsync("B007");
        await Shot(office, "operation-entity-picked");

        var phone = await app.SignInAsync("office.staff", Phone);
        await phone.GotoAsync(office.Url);
        await phone.GetByLabel("查找经营主体").FillAsync("何记布行");
        // 大涌镇何记布行 and 大涌镇新何记布行: two stalls whose names contain it, each with its stall number.
        await Assertions.Expect(phone.Locator("#entity-hits label")).ToHaveCountAsync(2);
        await Shot(phone, "phone-operation-entity-picker");
    }

    [Fact]
    public async Task The_plan_labels_time_gone_and_links_each_due_item_and_operations_show_the_latest_year_with_actions()
    {
        var leader = await app.SignInAsync("office.staff");
        await leader.GotoAsync("/Campaigns");
        await Assertions.Expect(leader.Locator("#progress-note")).ToHaveTextAsync("百分比是各阶段已经过去的时间，不代表工作完成情况。");
        await Assertions.Expect(leader.Locator("ol.stages .elapsed").First).ToHaveTextAsync("时间已过 100%");
        await Assertions.Expect(leader.Locator("ul.upcoming a").First).ToBeVisibleAsync();
        await Shot(leader, "plan-labelled");
        await leader.Locator("ul.upcoming li[data-kind='Quarter4'] a").ClickAsync();
        await Assertions.Expect(leader)
            .ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Operations\\?from=2026-10-01&to=2026-12-31$"));

        var phone = await app.SignInAsync("office.staff", Phone);
        await phone.GotoAsync("/Operations");
        await Assertions.Expect(phone.Locator("#period-note")).ToHaveTextAsync("本年度尚无执法行动，下面显示有记录的最近年度：2017 年。");
        await Assertions.Expect(phone.Locator("#units-note")).ToContainTextAsync("参与行动");
        await Shot(phone, "phone-operations-latest-year");
        var width = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"page is {width}px wide on a 390px phone");
    }
}

using Microsoft.Playwright;
using SkiaSharp;

namespace Dajia.BrowserTests;

/// <summary>
/// Issue #12's leftovers as people meet them: a co-operating unit added to an assignment later, a complaint's page and
/// list without empty rows, an addition's photos kept after a mistake, and the entity picker posting what it shows.
/// </summary>
public sealed class FollowUpTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, name + ".png"), FullPage = true });

    private async Task<string> ReportAsync(IPage office, string description)
    {
        await office.GotoAsync("/Clues/New");
        await office.GetByLabel("线索来源").SelectOptionAsync(new SelectOptionValue { Label = "电话举报" });
        await office.GetByLabel("情况描述").FillAsync(description);
        await office.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Status)).ToContainTextAsync("已登记");
        return office.Url;
    }

    [Fact]
    public async Task The_office_adds_a_co_operating_unit_to_an_assigned_clue_and_the_evidence_names_the_person()
    {
        var office = await app.SignInAsync("office.staff");
        var url = await ReportAsync(office, "来电反映岚田布业城D区5号仓库存放假冒李维斯牛仔裤，需公安协助。");
        await office.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
        var actions = office.Locator("#actions");
        await actions.GetByLabel("交办给").SelectOptionAsync(new SelectOptionValue { Label = "市场监管分局" });
        await actions.GetByRole(AriaRole.Button, new() { Name = "交办", Exact = true }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Status)).ToHaveTextAsync("已交办");

        var card = office.Locator("#assignment");
        await card.Locator("#adjust summary").ClickAsync();
        await Assertions.Expect(card.Locator("#adjust")).ToContainTextAsync("承办单位（中山市市场监督管理局大涌分局）不变");
        await card.Locator("#adjust").GetByLabel("公安分局").CheckAsync();
        await card.Locator("#adjust").GetByLabel("交办意见").FillAsync("请公安分局协助查封仓库。");
        await Shot(office, "desktop-clue-adjust-assignment");
        await card.GetByRole(AriaRole.Button, new() { Name = "保存调整" }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Status)).ToHaveTextAsync("交办已调整");
        await Assertions.Expect(office.Locator("#assignment")).ToContainTextAsync("公安");
        await Assertions.Expect(office.Locator("#assignment")).ToContainTextAsync("请公安分局协助查封仓库。");
        await Assertions.Expect(office.Locator("ol.timeline")).ToContainTextAsync("调整交办");

        var liaison = await app.SignInAsync("liaison.scjg", Portal.Phone);
        await liaison.GotoAsync(url);
        await liaison.GetByRole(AriaRole.Button, new() { Name = "接收核查" }).ClickAsync();
        var verify = liaison.Locator("#verify");
        await verify.GetByLabel("核查结果").SelectOptionAsync("True");
        await verify.GetByLabel("核查情况及证据").FillAsync("会同公安查封仓库，查获假冒牛仔裤 40 条。");
        await verify.Locator("#Evidence").SetInputFilesAsync(Portal.Photo("仓库.png", SKColors.SaddleBrown));
        await verify.GetByRole(AriaRole.Button, new() { Name = "提交核查结果" }).ClickAsync();
        await Assertions.Expect(liaison.GetByRole(AriaRole.Status)).ToContainTextAsync("核查结果已提交");
        await office.GotoAsync(url);
        await Assertions.Expect(office.Locator("#evidence .person")).ToHaveCountAsync(1);
        await Assertions.Expect(office.Locator("#evidence")).Not.ToContainTextAsync("liaison.");
        Assert.Matches("\\p{IsCJKUnifiedIdeographs}", await office.Locator("#evidence .person").InnerTextAsync());
        await Shot(office, "desktop-clue-evidence-by-name");
        var phone = await app.SignInAsync("office.staff", Portal.Phone);
        await phone.GotoAsync(url);
        await Shot(phone, "phone-clue-adjusted");
    }

    [Fact]
    public async Task A_complaint_reads_the_same_in_the_list_and_on_its_page_with_no_empty_rows_on_a_phone()
    {
        var office = await app.SignInAsync("office.staff", Portal.Phone);
        await office.GotoAsync("/Clues/New");
        await office.GetByLabel("类型").SelectOptionAsync("Complaint");
        await office.GetByLabel("线索来源").SelectOptionAsync(new SelectOptionValue { Label = "电话举报" });
        await office.GetByLabel("情况描述").FillAsync("投诉在布业城买到的窗帘布严重褪色，商家拒绝退换。编号甲乙丙。");
        await office.GetByLabel("留有姓名和联系方式").CheckAsync();
        await office.GetByLabel("投诉人姓名").FillAsync("黄先生");
        await office.GetByLabel("投诉人手机").FillAsync("13800002222");
        await office.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Status)).ToContainTextAsync("已登记");
        await office.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
        await Assertions.Expect(office.Locator("#status")).ToHaveTextAsync("已受理待调解");
        await Assertions.Expect(office.Locator("dl.facts dd:empty")).ToHaveCountAsync(0);
        await Shot(office, "phone-complaint-accepted");

        await office.GotoAsync("/Clues?q=" + Uri.EscapeDataString("甲乙丙"));
        var row = office.Locator("tbody tr").First;
        await Assertions.Expect(row.Locator("td[data-label='状态']")).ToHaveTextAsync("已受理待调解");
        // A cell with nothing in it is not shown as a label with nothing beside it.
        foreach (var cell in await row.Locator("td").AllAsync())
        {
            if ((await cell.InnerTextAsync()).Trim().Length == 0) await Assertions.Expect(cell).ToBeHiddenAsync();
        }
        await Assertions.Expect(row.Locator("span.tag")).ToHaveTextAsync("投诉");
        var tag = await row.Locator("span.tag").BoundingBoxAsync();
        Assert.True(tag!.Height < 40, $"the tag is {tag.Height}px high");
        await Shot(office, "phone-complaint-in-list");
    }

    [Fact]
    public async Task Photos_added_to_a_report_are_kept_after_a_photo_is_refused_and_sent_with_the_addition()
    {
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = Portal.Phone, Locale = "zh-CN" });
        var phone = await context.NewPageAsync();
        await phone.GotoAsync("/Report");
        await phone.GetByLabel("匿名").CheckAsync();
        await phone.GetByLabel("情况描述").FillAsync("兴华路一家店卖假冒耐克运动鞋，价格很低。补充照片测试。");
        await phone.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();
        var code = await phone.Locator("#tracking-code").InnerTextAsync();
        var key = await phone.Locator("#access-key").InnerTextAsync();
        await phone.GotoAsync("/Track?code=" + code);
        await phone.GetByLabel("查询密码").FillAsync(key);
        await phone.GetByRole(AriaRole.Button, new() { Name = "查询", Exact = true }).ClickAsync();

        await phone.GetByLabel("补充说明").FillAsync("店门口有红色招牌。");
        await phone.Locator("#AdditionPhotos").SetInputFilesAsync([
            Portal.Photo("招牌.png", SKColors.Firebrick),
            new FilePayload { Name = "说明.png", MimeType = "image/png", Buffer = "not a photo"u8.ToArray() },
        ]);
        await phone.GetByRole(AriaRole.Button, new() { Name = "提交补充材料" }).ClickAsync();
        await Assertions.Expect(phone.Locator("#AdditionPhotos-error")).ToBeVisibleAsync();
        await Assertions.Expect(phone.Locator("#addition-held img")).ToHaveCountAsync(1);
        await Assertions.Expect(phone.Locator("#addition-held-hint")).ToContainTextAsync("1 张照片已保存");
        await Assertions.Expect(phone.GetByLabel("补充说明")).ToHaveValueAsync("店门口有红色招牌。");
        await Portal.Shot(phone, "portal-phone-addition-mistake");

        await phone.GetByRole(AriaRole.Button, new() { Name = "提交补充材料" }).ClickAsync();
        await Assertions.Expect(phone.Locator("#added")).ToContainTextAsync("已收到您补充的材料");
        await Assertions.Expect(phone.Locator("#addition-held img")).ToHaveCountAsync(0);

        var office = await app.SignInAsync("office.staff");
        await office.GotoAsync("/Clues?q=" + Uri.EscapeDataString("补充照片测试"));
        await office.Locator("tbody tr").First.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(office.Locator("p.photos img")).ToHaveCountAsync(1);
        await Assertions.Expect(office.Locator("ol.timeline")).ToContainTextAsync("店门口有红色招牌");
    }

    [Fact]
    public async Task The_entity_the_picker_shows_chosen_is_the_one_recorded()
    {
        var office = await app.SignInAsync("office.staff");
        await office.GotoAsync("/Operations/New");
        await office.GetByLabel("行动类型").SelectOptionAsync("DailySupervision");
        await office.GetByLabel("行动名称").FillAsync("布业城日常巡查（选取经营主体）");
        await office.GetByLabel("时间").FillAsync("2026-11-18T09:30");
        await office.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Status)).ToContainTextAsync("已记录");

        // One hit is chosen for the person, and that choice is what the form sends.
        await office.GetByLabel("查找经营主体").FillAsync("A5");
        var hit = office.Locator("#entity-hits label");
        await Assertions.Expect(hit).ToHaveCountAsync(1);
        await Assertions.Expect(hit.Locator("input[type=radio]")).ToBeCheckedAsync();
        var shown = (await hit.InnerTextAsync()).Split(" · ")[0].Trim();
        await office.GetByLabel("检查结果").SelectOptionAsync("OrderedToRectify");
        await office.GetByRole(AriaRole.Button, new() { Name = "记录检查" }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Status)).ToHaveTextAsync("检查记录已保存");
        await Assertions.Expect(office.Locator("table tbody tr").First).ToContainTextAsync(shown);

        // Several hits: nothing is chosen for the person, and the form asks for a choice rather than guessing.
        await office.GetByLabel("查找经营主体").FillAsync("布行");
        await Assertions.Expect(office.Locator("#entity-hits label").Nth(1)).ToBeVisibleAsync();
        await Assertions.Expect(office.Locator("#entity-hits input:checked")).ToHaveCountAsync(0);
        await Shot(office, "desktop-operation-entity-picker");
    }
}

using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Dajia.BrowserTests;

/// <summary>
/// Issue #13 as the office meets it: a case opened from a verified clue with one action, its goods listed, a fine
/// decided (the decision numbered), paid and the case closed — on a desktop and on a phone.
/// </summary>
public sealed class CaseTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, name + ".png"), FullPage = true });

    private static async Task AddExhibitAsync(IPage page, string item, string brand, string quantity, string unit, string value)
    {
        var form = page.Locator("#exhibit-add-form");
        if (!await form.IsVisibleAsync()) await page.Locator("#exhibits > details > summary").ClickAsync();
        await form.GetByLabel("物品名称").FillAsync(item);
        await form.GetByLabel("品牌").FillAsync(brand);
        await form.GetByLabel("数量").FillAsync(quantity);
        await form.GetByLabel("计量单位").SelectOptionAsync(new SelectOptionValue { Label = unit });
        await form.GetByLabel("价值（元）").FillAsync(value);
        await form.GetByLabel("存放地点").FillAsync("市场监管分局罚没物品仓库");
        await form.GetByRole(AriaRole.Button, new() { Name = "登记涉案物品" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("涉案物品已登记");
    }

    [Fact]
    public async Task The_office_opens_a_case_from_a_verified_clue_lists_its_goods_decides_a_fine_and_closes_it()
    {
        var office = await app.SignInAsync("office.staff");
        await office.GotoAsync("/Clues/New");
        await office.GetByLabel("线索来源").SelectOptionAsync(new SelectOptionValue { Label = "电话举报" });
        await office.GetByLabel("情况描述").FillAsync("来电反映岚田布业城C区有摊位销售假冒阿迪达斯运动服。");
        await office.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await office.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
        await office.GetByLabel("交办给").SelectOptionAsync(new SelectOptionValue { Label = "市场监管分局" });
        await office.GetByRole(AriaRole.Button, new() { Name = "交办", Exact = true }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Status)).ToHaveTextAsync("已交办");
        var clueUrl = office.Url;

        var liaison = await app.SignInAsync("liaison.scjg", Phone);
        await liaison.GotoAsync(clueUrl);
        await liaison.GetByRole(AriaRole.Button, new() { Name = "接收核查" }).ClickAsync();
        await liaison.GetByLabel("核查结果").SelectOptionAsync("True");
        await liaison.GetByLabel("核查情况及证据").FillAsync("现场查获假冒阿迪达斯运动服 60 套，已扣押。");
        await liaison.GetByRole(AriaRole.Button, new() { Name = "提交核查结果" }).ClickAsync();
        await Assertions.Expect(liaison.GetByRole(AriaRole.Status)).ToHaveTextAsync("核查结果已提交");

        // One action on the verified clue; the form comes filled from the clue, the officers are chosen.
        await office.GotoAsync(clueUrl);
        await office.Locator("#clue-case").GetByRole(AriaRole.Link, new() { Name = "立案" }).ClickAsync();
        await Assertions.Expect(office.Locator("#from-clue")).ToBeVisibleAsync();
        // The facts are the officer's to write: the clue's words are shown beside the field, not copied into it.
        await Assertions.Expect(office.Locator("#clue-text")).ToContainTextAsync("来电反映岚田布业城C区有摊位销售假冒阿迪达斯运动服。");
        await Assertions.Expect(office.GetByLabel("违法事实")).ToHaveValueAsync("");
        await office.GetByLabel("违法事实").FillAsync("当事人在岚田布业城C区摊位销售假冒阿迪达斯注册商标的运动服 60 套。");
        await office.GetByLabel("案由").FillAsync("销售假冒阿迪达斯运动服案");
        await office.GetByLabel("自然人", new() { Exact = true }).CheckAsync();
        await office.GetByLabel("自然人姓名").FillAsync("陈大文");
        await office.GetByLabel("身份证号").FillAsync("11010519491231002X");
        await office.GetByLabel("梁振国（市场监管分局）").CheckAsync();
        await office.GetByLabel("冯丽华（市场监管分局）").CheckAsync();
        await office.Locator("#case-form").GetByRole(AriaRole.Button, new() { Name = "立案" }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Status)).ToContainTextAsync("已立案");
        var caseUrl = office.Url;

        await AddExhibitAsync(office, "运动服", "阿迪达斯", "60", "套", "18000");
        await AddExhibitAsync(office, "商标标识", "阿迪达斯", "1", "批", "600");
        await Assertions.Expect(office.Locator("#exhibit-totals")).ToContainTextAsync("18,600.00");
        await Assertions.Expect(office.Locator("#exhibits tbody tr")).ToHaveCountAsync(2);

        // 行政处罚告知 first (行政处罚法第四十四条): the decision form appears only once the party answered or waived.
        await Assertions.Expect(office.Locator("#decide-form")).ToHaveCountAsync(0);
        var notify = office.Locator("#notify-form");
        await notify.GetByLabel("罚款", new() { Exact = true }).CheckAsync();
        await notify.GetByLabel("没收违法物品").CheckAsync();
        await notify.GetByLabel("拟罚款（元）").FillAsync("20000");
        await notify.GetByLabel("理由及依据").FillAsync("违反《商标法》第五十七条，依据第六十条第二款拟没收并罚款20000元");
        await notify.GetByRole(AriaRole.Button, new() { Name = "告知拟作出的行政处罚" }).ClickAsync();
        await Assertions.Expect(office.Locator("#statement-period")).ToContainTextAsync("陈述申辩期至");
        await Assertions.Expect(office.Locator("#clocks tr[data-rule='case.statement']")).ToHaveCountAsync(1);
        var statement = office.Locator("#statement-form");
        await statement.GetByLabel("陈述申辩情况").SelectOptionAsync(new SelectOptionValue { Label = "放弃陈述申辩" });
        await statement.GetByRole(AriaRole.Button, new() { Name = "记录陈述申辩" }).ClickAsync();
        await Assertions.Expect(office.Locator("#statement-state")).ToContainTextAsync("放弃陈述申辩");
        await Shot(office, "case-notified");

        var decide = office.Locator("#decide-form");
        // The maximum is beside the fine box before anything is submitted.
        await Assertions.Expect(decide.Locator("#decide-fine-cap")).ToContainTextAsync("罚款上限：250,000.00元（《中华人民共和国商标法》");
        await decide.GetByLabel("罚款", new() { Exact = true }).CheckAsync();
        await decide.GetByLabel("没收违法物品").CheckAsync();
        await decide.GetByLabel("罚款（元）").FillAsync("20000");
        await decide.GetByLabel("处罚内容").FillAsync("没收假冒阿迪达斯运动服60套及商标标识一批，罚款20000元");
        await decide.GetByLabel("法律依据").FillAsync("《商标法》第五十七条第（三）项、第六十条第二款");
        await decide.GetByRole(AriaRole.Button, new() { Name = "作出处罚决定" }).ClickAsync();
        await Assertions.Expect(office.Locator("#decision-number")).ToContainTextAsync("处字〔2026〕");
        var number = await office.Locator("#decision-number").InnerTextAsync();
        await Assertions.Expect(office.Locator("#documents tr[data-kind=PenaltyDecision] .document-number")).ToHaveTextAsync(number);
        await Shot(office, "case-decided");
        await office.Locator("#print-links").GetByRole(AriaRole.Link, new() { Name = "行政处罚决定书" }).ClickAsync();
        await Assertions.Expect(office.Locator("body")).ToContainTextAsync(number);
        await Assertions.Expect(office.Locator("body")).ToContainTextAsync("贰万元整");
        await Shot(office, "case-decision-printed");
        await office.GotoAsync(caseUrl);

        var phone = await app.SignInAsync("office.staff", Phone);
        await phone.GotoAsync(caseUrl);
        await Assertions.Expect(phone.Locator("#decision-number")).ToHaveTextAsync(number);
        var width = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"page is {width}px wide on a 390px phone");
        await Shot(phone, "phone-case-decided");
        // 剩 15 天 stays on one line in the phone's card (it once broke into 剩 / 15 / 天).
        Assert.Equal(1, await phone.Locator("#clocks .nowrap").First.EvaluateAsync<int>("e => e.getClientRects().length"));
        await phone.GotoAsync("/Cases");
        // On a phone the five filters fold behind 筛选: the first screen shows cases, not boxes.
        await Assertions.Expect(phone.Locator("#unit-filter")).ToBeHiddenAsync();
        Assert.True((await phone.Locator("#cases tbody tr").First.BoundingBoxAsync())!.Y < Phone.Height, "a case on the first screen");
        await Shot(phone, "phone-case-list-folded");
        await phone.Locator("#case-filter-fold > summary").ClickAsync();
        await Assertions.Expect(phone.Locator("#unit-filter")).ToBeVisibleAsync();
        await Assertions.Expect(phone.Locator("#area-filter")).ToBeVisibleAsync();
        Assert.True(await phone.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390, "the list's filters fit a phone");
        // The filters stack on a phone: the search box as wide as the status box below it, its label above it.
        var search = await phone.Locator("#q").BoundingBoxAsync();
        var status = await phone.Locator("#status").BoundingBoxAsync();
        Assert.Equal(status!.Width, search!.Width, 1);
        Assert.True((await phone.Locator("label[for=q]").BoundingBoxAsync())!.Y < search.Y, "the search box's label is above it");
        await Shot(phone, "phone-case-list");
        // A filter in force keeps them open, and says itself in one line beside 筛选.
        await phone.Locator("#status").SelectOptionAsync(new SelectOptionValue { Label = "已作出处罚决定" });
        await phone.GetByRole(AriaRole.Button, new() { Name = "查看", Exact = true }).ClickAsync();
        await Assertions.Expect(phone.Locator("#filter-summary")).ToHaveTextAsync("已作出处罚决定");
        await Assertions.Expect(phone.Locator("#status")).ToBeVisibleAsync();
        await Shot(phone, "phone-case-list-filtered");
        // The demo's paused case: its stopped clock says so once.
        await phone.GotoAsync("/Cases?status=Paused");
        await phone.Locator("#cases tbody tr").First.GetByRole(AriaRole.Link).ClickAsync();
        var stopped = phone.Locator("#clocks tr[data-rule='case.decision']");
        await Assertions.Expect(stopped).ToContainTextAsync(new Regex(@"计时已中止\s*（自 2017-10-12，已 \d+ 天），恢复后剩"));
        await Assertions.Expect(stopped).Not.ToContainTextAsync("不计入");
        await Shot(phone, "phone-paused-clock");
        // A desktop shows them unfolded, without the toggle.
        await office.GotoAsync("/Cases");
        await Assertions.Expect(office.Locator("#unit-filter")).ToBeVisibleAsync();
        await Assertions.Expect(office.Locator("#case-filter-fold > summary")).ToBeHiddenAsync();
        await office.GotoAsync(caseUrl);

        await office.Locator("#payment-form").GetByRole(AriaRole.Button, new() { Name = "登记缴款" }).ClickAsync();
        // 结案 waits for the goods: the confiscated goods are destroyed first.
        await Assertions.Expect(office.Locator("#close-goods-held")).ToContainTextAsync("2项");
        for (var i = 0; i < 2; i++)
        {
            var held = office.Locator("#exhibits tbody tr:has(select[name=disposal])").First;
            await held.Locator("summary").Filter(new() { HasText = "登记处置" }).ClickAsync();
            await held.Locator("select[name=disposal]").SelectOptionAsync("Destroyed");
            await held.GetByRole(AriaRole.Button, new() { Name = "登记处置" }).ClickAsync();
            await Assertions.Expect(office.Locator("#exhibits tbody tr:has(select[name=disposal])")).ToHaveCountAsync(1 - i);
        }
        await office.Locator("#close-form").GetByRole(AriaRole.Button, new() { Name = "结案" }).ClickAsync();
        await Assertions.Expect(office.Locator("#status")).ToHaveTextAsync("已结案");
        await Assertions.Expect(office.Locator("#exhibit-add-form")).ToHaveCountAsync(0);
        await Shot(office, "case-closed");
        await office.GotoAsync(clueUrl);
        await Assertions.Expect(office.Locator("#clue-case")).ToContainTextAsync("AJ-2026-");
    }
}

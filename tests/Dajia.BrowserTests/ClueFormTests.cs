using Microsoft.Playwright;

namespace Dajia.BrowserTests;

/// <summary>
/// The clue page's forms refused and put right: 交办 and 核查 keep what was typed and mark each field, the result's
/// choices are words, and closing without telling the informant takes a reason from the list that the history repeats.
/// </summary>
public sealed class ClueFormTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, name + ".png"), FullPage = true });

    [Fact]
    public async Task Refused_forms_keep_what_was_typed_and_closing_untold_records_a_real_reason()
    {
        var citizen = await (await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = Phone, Locale = "zh-CN" }))
            .NewPageAsync();
        await citizen.GotoAsync("/Report");
        await citizen.GetByLabel("情况描述").FillAsync("表单走查：岚田布业城 C 区有摊位出售假冒阿迪达斯运动鞋。");
        await citizen.GetByLabel("姓名").FillAsync("林走查");
        await citizen.GetByLabel("手机").FillAsync("13812340000");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        await Assertions.Expect(citizen.Locator("#tracking-code")).ToBeVisibleAsync();

        var office = await app.SignInAsync("office.staff");
        await office.GotoAsync("/Clues?q=" + Uri.EscapeDataString("表单走查"));
        await office.Locator("tbody tr").First.GetByRole(AriaRole.Link).ClickAsync();
        var clueUrl = office.Url;
        await office.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
        await office.GetByLabel("交办给").SelectOptionAsync(new SelectOptionValue { Label = "市场监管分局" });
        await office.Locator("#actions fieldset").GetByLabel("市场监管分局").CheckAsync();
        await office.GetByLabel("交办意见").FillAsync("请现场核查C区摊位并封存样品");
        await office.GetByLabel("办理期限").FillAsync("2026-11-28"); // a Saturday
        await office.GetByRole(AriaRole.Button, new() { Name = "交办", Exact = true }).ClickAsync();
        await Assertions.Expect(office.Locator("#CoUnitIds-error")).ToContainTextAsync("协查单位不能是承办单位本身");
        await Assertions.Expect(office.Locator("#DueOn-error")).ToBeVisibleAsync();
        await Assertions.Expect(office.GetByLabel("交办意见")).ToHaveValueAsync("请现场核查C区摊位并封存样品");
        await Shot(office, "form-assign-refused");
        await office.Locator("#actions fieldset").GetByLabel("市场监管分局").UncheckAsync();
        await office.Locator("#actions fieldset").GetByLabel("公安分局").CheckAsync();
        await office.GetByLabel("办理期限").FillAsync("2026-11-27");
        await office.GetByRole(AriaRole.Button, new() { Name = "交办", Exact = true }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Status)).ToHaveTextAsync("已交办");
        await Assertions.Expect(office.Locator(".timeline")).ToContainTextAsync("交给中山市市场监督管理局大涌分局，协查：");

        var liaison = await app.SignInAsync("liaison.scjg", Phone);
        await liaison.GotoAsync(clueUrl);
        await liaison.GetByRole(AriaRole.Button, new() { Name = "接收核查" }).ClickAsync();
        await liaison.GetByLabel("核查情况及证据").FillAsync("现场查获假冒阿迪达斯运动鞋 8 双。");
        await liaison.GetByLabel("立案编号（如已立案）").FillAsync("AJ-2026-0031");
        await liaison.Locator("#Result").EvaluateAsync("s => s.removeAttribute('required')");
        await liaison.GetByRole(AriaRole.Button, new() { Name = "提交核查结果" }).ClickAsync();
        await Assertions.Expect(liaison.Locator("#Result-error")).ToContainTextAsync("请选择核查结果");
        await Assertions.Expect(liaison.GetByLabel("核查情况及证据")).ToHaveValueAsync("现场查获假冒阿迪达斯运动鞋 8 双。");
        await Assertions.Expect(liaison.GetByLabel("立案编号（如已立案）")).ToHaveValueAsync("AJ-2026-0031");
        await Shot(liaison, "form-verify-refused-phone");
        await liaison.GetByLabel("核查结果").SelectOptionAsync(new SelectOptionValue { Label = "属实" });
        await liaison.GetByRole(AriaRole.Button, new() { Name = "提交核查结果" }).ClickAsync();
        await Assertions.Expect(liaison.GetByRole(AriaRole.Status)).ToHaveTextAsync("核查结果已提交");

        await office.GotoAsync(clueUrl);
        await Assertions.Expect(office.Locator("#case-reference")).ToHaveTextAsync("AJ-2026-0031");
        await office.GetByLabel("向公众公开的处理结果").FillAsync("经核查，您反映的问题属实，已依法立案查处。");
        await office.GetByLabel("无法告知的原因").SelectOptionAsync(new SelectOptionValue { Label = "多次联系不上" });
        await office.GetByLabel("联系次数").FillAsync("1");
        await office.GetByLabel("情况说明").FillAsync("x");
        await office.GetByRole(AriaRole.Button, new() { Name = "办结" }).ClickAsync();
        await Assertions.Expect(office.Locator("#UntoldAttempts-error")).ToBeVisibleAsync();
        await Assertions.Expect(office.Locator("#UntoldLastTriedOn-error")).ToBeVisibleAsync();
        await Assertions.Expect(office.Locator("#UntoldReason-error")).ToBeVisibleAsync();
        await Shot(office, "form-close-untold-refused");
        await office.GetByLabel("联系次数").FillAsync("3");
        await office.GetByLabel("最后一次联系日期").FillAsync("2026-11-18");
        await office.GetByLabel("情况说明").FillAsync("拨打登记的手机三次无人接听，短信未回复");
        await office.GetByRole(AriaRole.Button, new() { Name = "办结" }).ClickAsync();
        await Assertions.Expect(office.Locator("#status")).ToHaveTextAsync("已办结");
        await Assertions.Expect(office.Locator(".timeline"))
            .ToContainTextAsync("多次联系不上（联系 3 次，最后一次 2026-11-18）：拨打登记的手机三次无人接听");
        await Assertions.Expect(office.Locator(".timeline")).ToContainTextAsync("属实：现场查获假冒阿迪达斯运动鞋 8 双。；立案编号 AJ-2026-0031");
        await Shot(office, "form-closed-history");
        await office.SetViewportSizeAsync(390, 844);
        await Shot(office, "form-closed-history-phone");
    }
}

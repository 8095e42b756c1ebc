using Microsoft.Playwright;
using SkiaSharp;

namespace Dajia.BrowserTests;

/// <summary>
/// Staff intake with the received time and a photo; 交办 with instructions, a date and a co-operating unit; the
/// printed 交办单; verification on a phone with a chosen result and evidence; 退回重查 and verification again.
/// </summary>
public sealed class AssignmentTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private static byte[] Png()
    {
        using var bitmap = new SKBitmap(320, 200);
        using (var canvas = new SKCanvas(bitmap)) canvas.Clear(SKColors.SteelBlue);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 90);
        return data.ToArray();
    }

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, name), FullPage = true });

    [Fact]
    public async Task The_office_records_a_call_assigns_it_prints_the_sheet_sends_the_result_back_and_the_unit_verifies_again()
    {
        var office = await app.SignInAsync("office.staff");
        await office.GotoAsync("/Clues/New");
        await office.GetByLabel("线索来源").SelectOptionAsync(new SelectOptionValue { Label = "电话举报" });
        await office.GetByLabel("接收时间").FillAsync("2026-11-17T16:20");
        await office.GetByLabel("品牌").FillAsync("阿迪达斯");
        await office.GetByLabel("商家名称 / 摊位号").FillAsync("岚田布业城C区8号");
        await office.GetByLabel("情况描述").FillAsync("来电反映岚田布业城C区8号出售假冒阿迪达斯运动服，价格明显偏低。");
        await Assertions.Expect(office.Locator("main form")).Not.ToContainTextAsync("您的身份");
        await office.Locator("#photos").SetInputFilesAsync(new FilePayload { Name = "现场.png", MimeType = "image/png", Buffer = Png() });
        await Shot(office, "desktop-staff-intake.png");
        await office.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Status)).ToContainTextAsync("已登记");
        await Assertions.Expect(office.Locator("#facts")).ToContainTextAsync("2026-11-17 16:20");
        await Assertions.Expect(office.Locator("p.photos img")).ToHaveCountAsync(1);
        var clueUrl = office.Url;

        await office.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
        var actions = office.Locator("#actions");
        await actions.GetByLabel("交办给").SelectOptionAsync(new SelectOptionValue { Label = "市场监管分局" });
        await actions.GetByLabel("公安分局").CheckAsync();
        await actions.GetByLabel("交办意见").FillAsync("请现场核查C区8号，封存可疑商品并拍照取证。");
        await Assertions.Expect(actions.GetByLabel("办理期限")).ToHaveValueAsync("2026-12-09");
        await actions.GetByLabel("办理期限").FillAsync("2026-12-31");
        await actions.GetByRole(AriaRole.Button, new() { Name = "交办", Exact = true }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Alert)).ToContainTextAsync("不能晚于核查时限规则规定的 2026-12-09");
        actions = office.Locator("#actions");
        await actions.GetByLabel("交办给").SelectOptionAsync(new SelectOptionValue { Label = "市场监管分局" });
        await actions.GetByLabel("公安分局").CheckAsync();
        await actions.GetByLabel("交办意见").FillAsync("请现场核查C区8号，封存可疑商品并拍照取证。");
        await actions.GetByLabel("办理期限").FillAsync("2026-12-04");
        await actions.GetByRole(AriaRole.Button, new() { Name = "交办", Exact = true }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Status)).ToHaveTextAsync("已交办");
        var card = office.Locator("#assignment");
        foreach (var text in new[] { "中山市市场监督管理局大涌分局", "中山市公安局大涌分局", "请现场核查C区8号", "2026-12-04" })
            await Assertions.Expect(card).ToContainTextAsync(text);
        // The assignment is shown, not the empty form again: reassigning is behind its own heading.
        await Assertions.Expect(office.Locator("#actions").GetByLabel("交办给")).ToHaveCountAsync(0);
        await Assertions.Expect(card.GetByLabel("改派给")).Not.ToBeVisibleAsync();
        await Shot(office, "desktop-clue-assigned.png");

        await card.GetByRole(AriaRole.Link, new() { Name = "打印交办单" }).ClickAsync();
        var sheet = office.Locator("#sheet");
        foreach (var text in new[] { "线索交办单", "大涌镇打假办", "中山市市场监督管理局大涌分局", "中山市公安局大涌分局", "请现场核查C区8号", "2026-12-04", "盖章" })
            await Assertions.Expect(sheet).ToContainTextAsync(text);
        await Assertions.Expect(sheet).Not.ToContainTextAsync("举报人 #");
        await Shot(office, "desktop-assignment-sheet.png");
        await office.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(office.Locator("header.top")).Not.ToBeVisibleAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Button, new() { Name = "打印" })).Not.ToBeVisibleAsync();
        await Shot(office, "print-assignment-sheet.png");
        await office.EmulateMediaAsync(new() { Media = Media.Screen });

        var liaison = await app.SignInAsync("liaison.scjg", Phone);
        await liaison.GotoAsync(clueUrl);
        await Assertions.Expect(liaison.Locator("#assignment")).ToContainTextAsync("请现场核查C区8号");
        await liaison.GetByRole(AriaRole.Button, new() { Name = "接收核查" }).ClickAsync();
        await Assertions.Expect(liaison.GetByLabel("核查结果")).ToHaveValueAsync("");
        await liaison.GetByLabel("核查结果").SelectOptionAsync(new SelectOptionValue { Label = "部分属实" });
        await liaison.GetByLabel("核查情况及证据").FillAsync("现场发现假冒阿迪达斯运动服 12 件，已封存。");
        await liaison.GetByLabel("核查证据").SetInputFilesAsync([
            new FilePayload { Name = "封存现场.png", MimeType = "image/png", Buffer = Png() },
            new FilePayload { Name = "封存清单.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%%EOF\n"u8.ToArray() },
        ]);
        await liaison.GetByRole(AriaRole.Button, new() { Name = "提交核查结果" }).ClickAsync();
        await Assertions.Expect(liaison.GetByRole(AriaRole.Status)).ToHaveTextAsync("核查结果已提交");
        await Assertions.Expect(liaison.Locator("#evidence")).ToContainTextAsync("封存清单.pdf");
        await Shot(liaison, "phone-liaison-verified.png");
        Assert.True(await liaison.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390);

        await office.GotoAsync(clueUrl);
        await office.GetByLabel("退回理由").FillAsync("封存数量与照片不符，请重新清点。");
        await office.GetByRole(AriaRole.Button, new() { Name = "退回重查" }).ClickAsync();
        await Assertions.Expect(office.Locator("#status")).ToHaveTextAsync("核查中");
        await Shot(office, "desktop-sent-back.png");

        await liaison.GotoAsync(clueUrl);
        await Assertions.Expect(liaison.Locator("ol.timeline")).ToContainTextAsync("封存数量与照片不符");
        await liaison.GetByLabel("核查结果").SelectOptionAsync(new SelectOptionValue { Label = "属实" });
        await liaison.GetByLabel("核查情况及证据").FillAsync("重新清点：假冒运动服 14 件，照片已补充。");
        await liaison.GetByRole(AriaRole.Button, new() { Name = "提交核查结果" }).ClickAsync();
        await Assertions.Expect(liaison.Locator("#status")).ToHaveTextAsync("已核查");
        await Shot(liaison, "phone-liaison-reverified.png");
    }
}

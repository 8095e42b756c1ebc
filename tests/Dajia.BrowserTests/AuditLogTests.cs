using Microsoft.Playwright;

namespace Dajia.BrowserTests;

public sealed class AuditLogTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [Fact]
    public async Task An_admin_filters_the_log_by_person_date_and_type_reads_it_in_chinese_follows_the_link_and_exports()
    {
        // Something to find: the market office's liaison names herself.
        var liaison = await app.SignInAsync("liaison.ltbyc");
        await liaison.GetByRole(AriaRole.Link, new() { Name = "立即填写" }).ClickAsync();
        await liaison.GetByLabel("联络员姓名").FillAsync("欧阳敏");
        await liaison.GetByLabel("女").CheckAsync();
        await liaison.GetByLabel("手机").FillAsync("13812345678");
        await liaison.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(liaison.GetByRole(AriaRole.Status)).ToHaveTextAsync("联络员信息已保存");

        var admin = await app.SignInAsync("office.admin");
        await admin.GotoAsync("/Admin/Audit");
        var today = Dajia.Web.Domain.ChinaTime.Today(new StartedClock()).ToString("yyyy-MM-dd");
        await admin.GetByLabel("操作人").SelectOptionAsync(new SelectOptionValue { Label = "谢国平（liaison.ltbyc）" });
        await admin.GetByLabel("从").FillAsync(today);
        await admin.GetByLabel("到").FillAsync(today);
        await admin.GetByLabel("对象类型").SelectOptionAsync(new SelectOptionValue { Label = "联络员" });
        await admin.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();
        var row = admin.Locator("table.audit tbody tr").First;
        await Assertions.Expect(row).ToContainTextAsync("谢国平（liaison.ltbyc）");
        await Assertions.Expect(row).ToContainTextAsync("新增");
        await Assertions.Expect(row).ToContainTextAsync("性别：女");
        await Assertions.Expect(row).ToContainTextAsync("姓名：欧阳敏");
        await Assertions.Expect(row).ToContainTextAsync(today + " ");
        await Assertions.Expect(admin.Locator("table.audit")).Not.ToContainTextAsync("Liaison");
        await admin.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, "audit-filtered.png"), FullPage = true });

        var download = await admin.RunAndWaitForDownloadAsync(() =>
            admin.GetByRole(AriaRole.Link, new() { Name = "导出 Excel" }).ClickAsync());
        Assert.Equal($"审计日志-{today}.xlsx", download.SuggestedFilename);

        await row.GetByRole(AriaRole.Link, new() { Name = "岚田布业城市场管理处" }).ClickAsync();
        await Assertions.Expect(admin.Locator("h1")).ToContainTextAsync("岚田布业城市场管理处");
        await Assertions.Expect(admin.Locator("body")).ToContainTextAsync("欧阳敏");

        var phone = await app.SignInAsync("office.admin", Phone);
        await phone.GotoAsync("/Admin/Audit?entityType=Liaison");
        await Assertions.Expect(phone.Locator("table.audit thead")).ToBeHiddenAsync();
        var width = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"page is {width}px wide on a 390px phone");
        await phone.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, "phone-audit.png"), FullPage = true });
    }
}

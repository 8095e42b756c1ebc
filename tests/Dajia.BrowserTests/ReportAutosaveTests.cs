using System.Text.Json;
using Microsoft.Playwright;

namespace Dajia.BrowserTests;

/// <summary>
/// 烟草所's liaison presses 提交 while the autosave is still on its way: the post waits for it and goes on with the version it
/// left, so the liaison's own save never meets their own submit. Someone else's save still stops the autosave with what
/// differs.
/// </summary>
public sealed class ReportAutosaveTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, name + ".png"), FullPage = true });

    [Fact]
    public async Task A_submit_pressed_during_an_autosave_waits_for_it_and_another_persons_save_still_shows_what_differs()
    {
        var liaison = await app.SignInAsync("liaison.yc");
        await liaison.Locator("#nav-reports").ClickAsync();
        await liaison.Locator("#my-reports tr[data-form='key-area-quarterly'][data-period='2026Q4'] a").ClickAsync();
        await Assertions.Expect(liaison.Locator("#report-form")).ToBeVisibleAsync();
        var formUrl = liaison.Url;

        // The server stores the autosave at once; its answer is held back until the liaison has pressed 提交.
        var stored = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        await liaison.RouteAsync("**/api/reports/**", async route =>
        {
            if (route.Request.Method != "PUT")
            {
                await route.ContinueAsync();
                return;
            }
            var answer = await route.FetchAsync();
            stored.TrySetResult();
            await release.Task;
            await route.FulfillAsync(new() { Response = answer });
        });
        await liaison.Locator("#f-publicity-events").FillAsync("4");
        await stored.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await liaison.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();
        release.SetResult();
        await Assertions.Expect(liaison.Locator("#summary")).ToContainTextAsync("宣传活动");
        await Assertions.Expect(liaison.Locator("body")).Not.ToContainTextAsync("已被他人修改");
        await liaison.UnrouteAllAsync();

        // Someone at the office changes the draft meanwhile; the liaison's next autosave says what differs and stops.
        await liaison.GotoAsync(formUrl);
        var api = await liaison.Locator("#report-form").GetAttributeAsync("data-api");
        var office = await app.SignInAsync("office.staff");
        using var report = JsonDocument.Parse(await (await office.APIRequest.GetAsync(api!)).TextAsync());
        var values = report.RootElement.GetProperty("blocks").EnumerateArray()
            .SelectMany(b => b.GetProperty("indicators").EnumerateArray())
            .ToDictionary(i => i.GetProperty("code").GetString()!, i => i.GetProperty("code").GetString() == "publicity.media"
                ? (object?)7m : i.GetProperty("type").GetString() == "Text" ? i.GetProperty("text").GetString() : ValueOf(i));
        var put = await office.APIRequest.PutAsync(api!, new()
        {
            DataObject = new { values },
            Headers = new Dictionary<string, string> { ["If-Match"] = $"\"{report.RootElement.GetProperty("version").GetInt32()}\"" },
        });
        Assert.Equal(200, put.Status);
        await liaison.Locator("#f-publicity-media").FillAsync("2");
        await Assertions.Expect(liaison.Locator("#autosave")).ToContainTextAsync("与您填写不同的项目：媒体报道", new() { Timeout = 15_000 });
        await Shot(liaison, "report-autosave-conflict");
    }

    [Fact]
    public async Task One_over_long_text_is_held_back_and_kept_in_the_browser_while_the_figures_are_saved()
    {
        var liaison = await app.SignInAsync("liaison.ga", new() { Width = 390, Height = 844 });
        await liaison.Locator("#nav-reports").ClickAsync();
        await liaison.Locator("#my-reports tr[data-form='key-area-quarterly'][data-period='2026Q4'] a").ClickAsync();
        await Assertions.Expect(liaison.Locator("#f-text-problems-count")).ToHaveTextAsync("0/2000 字");

        await liaison.Locator("#f-publicity-events").FillAsync("5");
        await liaison.Locator("#f-text-problems").FillAsync(new string('问', 6000));
        await Assertions.Expect(liaison.Locator("#f-text-problems-error")).ToHaveTextAsync("不能超过 2000 个字");
        await Assertions.Expect(liaison.Locator("#f-text-problems-count")).ToHaveTextAsync("6000/2000 字");
        await Assertions.Expect(liaison.Locator("#autosave")).ToContainTextAsync("存在问题有误，未保存", new() { Timeout = 15_000 });
        await Shot(liaison, "report-autosave-too-long");

        // After a reload the saved figure is the server's and the held-back text comes back from the browser, marked.
        await liaison.ReloadAsync();
        await Assertions.Expect(liaison.Locator("#f-publicity-events")).ToHaveValueAsync("5");
        Assert.Equal(6000, (await liaison.Locator("#f-text-problems").InputValueAsync()).Length);
        await Assertions.Expect(liaison.Locator("#f-text-problems-error")).ToHaveTextAsync("不能超过 2000 个字");
        await Assertions.Expect(liaison.Locator("#autosave")).ToContainTextAsync("已恢复上次未保存的内容：存在问题");

        await liaison.Locator("#f-text-problems").FillAsync("人手不足");
        await Assertions.Expect(liaison.Locator("#autosave")).ToContainTextAsync("已自动保存", new() { Timeout = 15_000 });
        await Assertions.Expect(liaison.Locator("#autosave")).Not.ToContainTextAsync("有误");
        await liaison.ReloadAsync();
        await Assertions.Expect(liaison.Locator("#f-text-problems")).ToHaveValueAsync("人手不足");
        await Assertions.Expect(liaison.Locator("#autosave")).ToBeEmptyAsync();
    }

    [Fact]
    public async Task Kept_text_is_the_accounts_own_and_the_summary_shows_it_as_typed_and_marked_invalid()
    {
        // 经科局's liaison, on a phone: a figure the server would refuse is kept in this browser under the account's name.
        var page = await app.SignInAsync("liaison.jkj", new() { Width = 390, Height = 844 });
        await page.Locator("#nav-reports").ClickAsync();
        await page.Locator("#my-reports tr[data-form='key-area-quarterly'][data-period='2026Q4'] a").ClickAsync();
        var formUrl = page.Url;
        var key = "dajia-report:liaison.jkj:" + await page.Locator("#report-form").GetAttributeAsync("data-api");
        await page.Locator("#f-publicity-events").FillAsync("3");
        await page.Locator("#f-cases-rectifications").FillAsync("2.5");
        await Assertions.Expect(page.Locator("#autosave")).ToContainTextAsync("责令整改有误，未保存", new() { Timeout = 15_000 });
        Assert.Contains("2.5", await KeptAsync(page, key));

        // 提交前请核对 shows the kept figure as typed, marked, with what is wrong: not 尚未填写.
        await page.GotoAsync(formUrl + "?confirm=true#summary");
        var row = page.Locator("#summary tr[data-code='cases.rectifications']");
        await Assertions.Expect(row.Locator(".kept-invalid")).ToHaveTextAsync("2.5");
        await Assertions.Expect(row).ToContainTextAsync("有误：请填写不小于0的整数");
        await Assertions.Expect(page.Locator("#summary-problems")).ToContainTextAsync("责令整改：请填写不小于0的整数");
        await Assertions.Expect(page.Locator("#summary-empty")).Not.ToContainTextAsync("责令整改");
        await row.ScrollIntoViewIfNeededAsync();
        await Shot(page, "report-summary-kept-invalid-phone");
        await SignOutAsync(page);

        // The office on the same browser (a desktop) opens the same report: nothing of the liaison's comes back.
        await page.SetViewportSizeAsync(1280, 900);
        await SignInHereAsync(page, "office.staff");
        await page.GotoAsync(formUrl);
        await Assertions.Expect(page.Locator("#report-form")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#f-cases-rectifications")).ToHaveValueAsync("");
        await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync("已恢复上次未保存的内容");
        await Shot(page, "report-kept-other-account-desktop");
        Assert.Contains("2.5", await KeptAsync(page, key)); // still the liaison's, untouched
        await SignOutAsync(page);

        // The liaison signs in again on it and gets the kept figure back, marked.
        await page.SetViewportSizeAsync(390, 844);
        await SignInHereAsync(page, "liaison.jkj");
        await page.GotoAsync(formUrl);
        await Assertions.Expect(page.Locator("#f-cases-rectifications")).ToHaveValueAsync("2.5");
        await Assertions.Expect(page.Locator("#autosave")).ToContainTextAsync("已恢复上次未保存的内容：责令整改");
        await Assertions.Expect(page.Locator("#f-cases-rectifications-error")).ToHaveTextAsync("请填写不小于0的整数");
    }

    private static Task<string?> KeptAsync(IPage page, string key) =>
        page.EvaluateAsync<string?>("k => localStorage.getItem(k)", key);

    private static async Task SignOutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
        await page.WaitForURLAsync("**/Account/Login**");
    }

    private static async Task SignInHereAsync(IPage page, string userName)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(Dajia.Web.Data.Demo.DemoSeeder.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.Locator("form[action=\"/Account/Logout\"]")
            .WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
    }

    private static object? ValueOf(JsonElement indicator) =>
        indicator.GetProperty("value").ValueKind == JsonValueKind.Number ? indicator.GetProperty("value").GetDecimal() : null;
}

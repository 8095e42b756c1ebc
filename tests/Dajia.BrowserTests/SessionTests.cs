using Dajia.Tests.Auth;
using Microsoft.Playwright;

namespace Dajia.BrowserTests;

public sealed class SessionTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Signing_out_from_a_page_ends_the_sign_in_for_a_copy_of_its_cookie_too()
    {
        var office = await app.SignInAsync("office.staff");
        var cookies = await office.Context.CookiesAsync();
        var thief = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "zh-CN" });
        await thief.AddCookiesAsync(cookies.Select(c => new Cookie { Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path }));
        var stolen = await thief.NewPageAsync();
        await stolen.GotoAsync("/Clues");
        Assert.EndsWith("/Clues", stolen.Url);

        await office.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
        await office.WaitForURLAsync("**/Account/Login");
        await stolen.GotoAsync("/Clues");
        Assert.Contains("/Account/Login", stolen.Url);
        await office.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, "signed-out.png") });
    }

    [Fact]
    public async Task A_leader_turns_on_two_step_sign_in_and_signs_in_with_the_code()
    {
        var leader = await app.SignInAsync("leader");
        await leader.GetByRole(AriaRole.Link, new() { Name = "两步验证" }).ClickAsync();
        var key = (await leader.Locator("#authenticator-key").InnerTextAsync()).Replace(" ", "");
        await leader.GetByLabel("验证码").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await leader.GetByRole(AriaRole.Button, new() { Name = "开启两步验证" }).ClickAsync();
        await Assertions.Expect(leader.Locator(".recovery-codes li")).ToHaveCountAsync(10);
        await leader.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, "two-factor-on.png") });
        await leader.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
        await leader.WaitForURLAsync("**/Account/Login");

        await leader.GetByLabel("用户名").FillAsync("leader");
        await leader.GetByLabel("密码").FillAsync(Dajia.Web.Data.Demo.DemoSeeder.Password);
        await leader.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await leader.WaitForURLAsync("**/Account/LoginWith2fa**");
        await leader.GetByLabel("验证码").FillAsync("000000");
        await leader.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(leader.Locator("main")).ToContainTextAsync("验证码错误");
        await leader.GetByLabel("验证码").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await leader.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await leader.WaitForURLAsync(app.BaseUrl + "/");
        await Assertions.Expect(leader.GetByRole(AriaRole.Button, new() { Name = "退出" })).ToBeVisibleAsync();
    }
}

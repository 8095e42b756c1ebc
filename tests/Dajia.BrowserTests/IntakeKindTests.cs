using Microsoft.Playwright;

namespace Dajia.BrowserTests;

/// <summary>
/// Choosing 投诉 rewords the forms at once — 投诉人 on staff intake, 我要投诉 on the public form — and takes away 匿名,
/// which a complaint cannot be; choosing 举报 again brings both back.
/// </summary>
public sealed class IntakeKindTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, name), FullPage = true });

    [Fact]
    public async Task Staff_intake_words_a_complaint_for_the_complainant_and_hides_anonymous()
    {
        var office = await app.SignInAsync("office.staff");
        await office.GotoAsync("/Clues/New");
        var form = office.Locator("main form");
        await Assertions.Expect(form.Locator("legend")).ToHaveTextAsync("举报人信息");
        await Assertions.Expect(office.GetByLabel("举报人姓名")).ToBeVisibleAsync();
        await Assertions.Expect(office.GetByLabel("未留姓名（匿名）")).ToBeVisibleAsync();

        await office.Locator("#Kind").SelectOptionAsync("Complaint");
        await Assertions.Expect(form.Locator("legend")).ToHaveTextAsync("投诉人信息");
        await Assertions.Expect(office.GetByLabel("投诉人姓名")).ToBeVisibleAsync();
        await Assertions.Expect(office.GetByLabel("投诉人手机")).ToBeVisibleAsync();
        await Assertions.Expect(form).Not.ToContainTextAsync("举报人");
        await Assertions.Expect(form.Locator("[data-anonymous]")).ToBeHiddenAsync();
        await Assertions.Expect(form.Locator("[data-anonymous]")).ToBeDisabledAsync();
        await Assertions.Expect(form.Locator("[data-real-name]")).ToBeCheckedAsync();
        await Shot(office, "desktop-staff-complaint-intake.png");

        await office.Locator("#Kind").SelectOptionAsync("Report");
        await Assertions.Expect(office.GetByLabel("举报人姓名")).ToBeVisibleAsync();
        await Assertions.Expect(form.Locator("[data-anonymous]")).ToBeEnabledAsync();
    }

    [Fact]
    public async Task The_public_form_says_我要投诉_and_a_chosen_anonymous_gives_way_to_the_name_fields()
    {
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = Phone, Locale = "zh-CN" });
        var phone = await context.NewPageAsync();
        await phone.GotoAsync("/Report");
        await Assertions.Expect(phone.Locator("h1")).ToHaveTextAsync("我要举报");
        await phone.Locator("[data-anonymous]").CheckAsync();
        await Assertions.Expect(phone.Locator("#InformantName")).ToBeHiddenAsync();

        await phone.Locator("input[name=Kind][value=Complaint]").CheckAsync();
        await Assertions.Expect(phone.Locator("h1")).ToHaveTextAsync("我要投诉");
        await Assertions.Expect(phone.Locator("[data-anonymous]")).ToBeHiddenAsync();
        await Assertions.Expect(phone.Locator("[data-real-name]")).ToBeCheckedAsync();
        await Assertions.Expect(phone.Locator("#InformantName")).ToBeVisibleAsync();
        await Shot(phone, "phone-complaint-form.png");

        await phone.Locator("input[name=Kind][value=Report]").CheckAsync();
        await Assertions.Expect(phone.Locator("h1")).ToHaveTextAsync("我要举报");
        await Assertions.Expect(phone.Locator("[data-anonymous]")).ToBeVisibleAsync();
    }
}

using Microsoft.Playwright;

namespace Dajia.BrowserTests;

/// <summary>The A4 copies of a round reached from the report page: the town total (office) and a unit's own (its liaison).</summary>
public sealed class ReportPrintTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly PageWaitForURLOptions AtAddress = new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 };

    [Fact]
    public async Task The_town_and_a_units_copy_print_on_A4_in_Chinese()
    {
        var office = await app.SignInAsync("office.staff");
        await office.GotoAsync("/Reports/key-area-quarterly/2026Q3");
        await office.Locator("#round-exports").GetByRole(AriaRole.Link, new() { Name = "打印" }).ClickAsync();
        // The address, not the load event: under CI load a late resource held "load" past 30 s on a page already there.
        await office.WaitForURLAsync("**/Reports/key-area-quarterly/2026Q3/Print", AtAddress);
        await Assertions.Expect(office.Locator("#title")).ToHaveTextAsync("大涌镇2026年度第3季度打假重点区域整治情况报表");
        await Assertions.Expect(office.Locator("#period")).ToHaveTextAsync("报告期：2026年7月1日至9月30日");
        await Assertions.Expect(office.Locator("#lines th").Last).ToHaveTextAsync("合计");
        await office.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(office.GetByRole(AriaRole.Button, new() { Name = "打印" })).ToBeHiddenAsync();
        await office.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, "report-print-town.png"), FullPage = true });

        var liaison = await app.SignInAsync("liaison.scjg");
        await liaison.GotoAsync("/Reports");
        await liaison.Locator("#my-reports tr[data-form='key-area-quarterly'][data-period='2026Q4'] a").ClickAsync();
        await liaison.Locator("#report-head").GetByRole(AriaRole.Link, new() { Name = "打印本单位报表（盖章传真用）" }).ClickAsync();
        await liaison.WaitForURLAsync("**/Reports/key-area-quarterly/2026Q4/Units/*/Print", AtAddress);
        await Assertions.Expect(liaison.Locator("#filing-unit")).ToContainTextAsync("填报单位（盖章）：");
        await Assertions.Expect(liaison.Locator("#mark")).ToContainTextAsync("待审核");
        await liaison.EmulateMediaAsync(new() { Media = Media.Print });
        await liaison.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, "report-print-unit.png"), FullPage = true });
        await liaison.EmulateMediaAsync(new() { Media = Media.Screen });
        await liaison.SetViewportSizeAsync(390, 844);
        await liaison.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, "report-print-unit-phone.png"), FullPage = true });
    }
}

using Dajia.Web.Data;
using Dajia.Web.Data.Demo;
using Dajia.Web.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dajia.BrowserTests;

/// <summary>
/// The demo's 2017 as the office and leaders read it: the town summary drafted and edited, each submission with how it
/// came (网上报送 / 打假办代登记), the ranking of quarter 3, and the forms page saying which version the town uses.
/// </summary>
public sealed class ReportDemoViewsTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    private static readonly ViewportSize Desktop = new() { Width = 1280, Height = 900 };

    private static string Shot(string name) => Path.Combine(BrowserApp.Shots, name);

    [Fact]
    public async Task The_office_reads_the_2017_town_summary_the_channels_the_ranking_and_the_versions_in_use()
    {
        Guid scjg;
        using (var scope = app.Services.CreateScope())
            scjg = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Unit>().Where(u => u.Code == "scjg")
                .Select(u => u.Id).FirstAsync();

        var office = await app.SignInAsync("office.staff", Desktop);
        await office.GotoAsync("/Reports/Summary/2017");
        await Assertions.Expect(office.Locator("h1")).ToContainTextAsync("大涌镇2017年度打假工作总结");
        await Assertions.Expect(office.Locator("body")).ToContainTextAsync("第2次保存");
        Assert.Contains(DemoTownSummary.OfficeParagraph, await office.Locator("#summary-text").InputValueAsync());
        await office.ScreenshotAsync(new() { Path = Shot("town-summary-2017-desktop.png"), FullPage = true });

        await office.GotoAsync($"/Reports/key-area-quarterly/2017Q3/Units/{scjg}");
        var records = office.Locator("#snapshots");
        await Assertions.Expect(records).ToContainTextAsync("第2次提交");
        await Assertions.Expect(records.Locator(".channel")).ToHaveTextAsync(["网上报送", "网上报送"]);
        await records.ScreenshotAsync(new() { Path = Shot("report-snapshots-channel.png") });

        await office.GotoAsync("/Reports/key-area-quarterly/2017Q3/Ranking");
        await Assertions.Expect(office.Locator("body")).ToContainTextAsync("未报送");
        await office.ScreenshotAsync(new() { Path = Shot("report-ranking-2017q3.png"), FullPage = true });

        var admin = await app.SignInAsync("office.admin", Phone);
        await admin.GotoAsync("/Reports/Forms");
        var inUse = admin.Locator("#form-key-area-quarterly table.in-use");
        await Assertions.Expect(inUse).ToContainTextAsync("大涌镇");
        await Assertions.Expect(inUse).ToContainTextAsync("2017年起施行，通用格式");
        await inUse.ScreenshotAsync(new() { Path = Shot("report-forms-in-use-phone.png") });
        // On a phone each cell of the versions carries its column's name; the copies are the periods the plans give.
        var cell = admin.Locator("#form-key-area-quarterly table.versions-list td").First;
        Assert.Equal("\"施行年度\"", await cell.EvaluateAsync<string>("td => getComputedStyle(td, '::before').content"));
        var copies = admin.Locator("#copies-key-area-quarterly");
        await Assertions.Expect(copies.Locator("tr[data-period='2026Q4']")).ToHaveCountAsync(1);
        await Assertions.Expect(copies.Locator("tr[data-period='2017Q3']")).ToHaveCountAsync(1);
        await Assertions.Expect(copies.Locator("tr[data-period^='2025']")).ToHaveCountAsync(0);
        await admin.ScreenshotAsync(new() { Path = Shot("report-forms-phone.png"), FullPage = true });
        await admin.SetViewportSizeAsync(Desktop.Width, Desktop.Height);
        await admin.ScreenshotAsync(new() { Path = Shot("report-forms-desktop.png"), FullPage = true });
    }

    [Fact]
    public async Task A_year_without_records_says_so_and_the_year_links_go_only_to_years_with_records()
    {
        var office = await app.SignInAsync("office.staff", Desktop);
        await office.GotoAsync("/Reports/Summary/2026");
        await Assertions.Expect(office.Locator("#summary-next")).ToHaveCountAsync(0); // this year: no later summary
        await office.Locator("#summary-previous").ClickAsync();
        await Assertions.Expect(office.Locator("h1")).ToContainTextAsync("大涌镇2017年度打假工作总结");
        await Assertions.Expect(office.Locator("#summary-previous")).ToHaveCountAsync(0); // nothing before the demo's first plan
        await Assertions.Expect(office.Locator("#summary-next")).ToHaveAttributeAsync("href", "/Reports/Summary/2026");

        var leader = await app.SignInAsync("leader", Phone);
        await leader.GotoAsync("/Reports/Summary/2018");
        await Assertions.Expect(leader.Locator("#summary-no-records")).ToContainTextAsync("系统中没有2018年的记录");
        await Assertions.Expect(leader.Locator("body")).Not.ToContainTextAsync("起草依据");
        await Assertions.Expect(leader.Locator("#summary-previous")).ToHaveAttributeAsync("href", "/Reports/Summary/2017");
        await Assertions.Expect(leader.Locator("#summary-next")).ToHaveAttributeAsync("href", "/Reports/Summary/2026");
        await leader.ScreenshotAsync(new() { Path = Shot("town-summary-2018-phone.png"), FullPage = true });
        await office.GotoAsync("/Reports/Summary/2018");
        await office.ScreenshotAsync(new() { Path = Shot("town-summary-2018-desktop.png"), FullPage = true });
    }
}

using Microsoft.Playwright;

namespace Dajia.BrowserTests;

/// <summary>
/// The office's report views: the navigation's 报表 opens this quarter's round; the office closes and reopens it,
/// opens the ranking with its 通报 and the year's matrix; a leader reads the year on a phone. Own app: it closes a round.
/// </summary>
public sealed class ReportOfficeTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, name + ".png"), FullPage = true });

    [Fact]
    public async Task The_office_walks_from_the_round_to_the_ranking_and_the_year_and_a_leader_reads_the_year_on_a_phone()
    {
        var office = await app.SignInAsync("office.staff");
        await office.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "报表", Exact = true }).ClickAsync();
        await Assertions.Expect(office.Locator("h1")).ToContainTextAsync("2026年度第4季度");
        await Assertions.Expect(office.Locator("#round-state")).ToHaveTextAsync("报送中");
        await Assertions.Expect(office.Locator("#round-units tbody tr").First).ToBeVisibleAsync();
        await Assertions.Expect(office.Locator("#round-exports")).ToBeAttachedAsync();
        await Shot(office, "report-round");

        await office.GetByRole(AriaRole.Button, new() { Name = "关闭本期报送" }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Status)).ToHaveTextAsync("本期报送已关闭，各单位报表只读");
        await Assertions.Expect(office.Locator("#round-state")).ToHaveTextAsync("已关闭");
        await Shot(office, "report-round-closed");
        await office.GetByRole(AriaRole.Button, new() { Name = "重新开放" }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Status)).ToHaveTextAsync("本期报送已重新开放");

        await office.Locator("#to-ranking").ClickAsync();
        await Assertions.Expect(office.Locator("h1")).ToHaveTextAsync("2026年第4季度报送情况排名通报");
        await Assertions.Expect(office.Locator("#notice-text")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^关于.*未报送的有："));
        await Assertions.Expect(office.Locator("#copy-notice")).ToBeVisibleAsync();
        await Shot(office, "report-ranking");

        await office.Locator("#to-year").ClickAsync();
        await Assertions.Expect(office.Locator("#year-matrix")).ToContainTextAsync("第4季度");
        await Assertions.Expect(office.Locator("#year-reporting-rate")).ToContainTextAsync("报送率");
        await Shot(office, "report-year");

        var leader = await app.SignInAsync("leader", Phone);
        await leader.GotoAsync("/Reports/key-area-quarterly/Year/2026");
        await Assertions.Expect(leader.Locator("#year-matrix tbody tr").First).ToBeVisibleAsync();
        var width = await leader.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"page is {width}px wide on a 390px phone");
        var sticky = await leader.Locator("#year-matrix tbody th.sticky").First.EvaluateAsync<string>("e => getComputedStyle(e).position");
        Assert.Equal("sticky", sticky);
        await Shot(leader, "report-year-phone");
        await leader.GotoAsync("/Reports/key-area-quarterly/2026Q4/Ranking");
        await Shot(leader, "report-ranking-phone");
    }
}

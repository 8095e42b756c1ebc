using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dajia.Web.Data;
using Dajia.Web.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dajia.BrowserTests;

/// <summary>
/// The liaison records the stamped paper copy of a submitted report and writes the unit's annual summary on a phone; the
/// office edits the town summary drafted from the year's records on a desktop, and a leader reads it on a phone.
/// </summary>
public sealed class ReportAnnualTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    private static readonly ViewportSize Desktop = new() { Width = 1280, Height = 900 };

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        + "3 0 obj<</Type/Page/MediaBox[0 0 595 842]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    [Fact]
    public async Task A_liaison_records_the_stamped_copy_and_the_office_edits_the_town_summary()
    {
        var unitId = await SubmittedQuarterAsync("liaison.scjg", "scjg");

        var liaison = await app.SignInAsync("liaison.scjg", Phone);
        await liaison.GotoAsync($"/Reports/key-area-quarterly/2026Q4/Units/{unitId}/PaperCopy");
        await Assertions.Expect(liaison.Locator("#paper-copy")).ToContainTextAsync("尚未登记纸质盖章件");
        await liaison.GetByLabel("传真或送达日期").FillAsync("2026-11-18");
        await liaison.GetByLabel("扫描件").SetInputFilesAsync(new FilePayload
        {
            Name = "盖章件.pdf", MimeType = "application/pdf", Buffer = Pdf,
        });
        await liaison.GetByRole(AriaRole.Button, new() { Name = "登记并上传" }).ClickAsync();
        await Assertions.Expect(liaison.GetByRole(AriaRole.Status)).ToContainTextAsync("纸质盖章件已登记");
        await Assertions.Expect(liaison.Locator("#paper-copy")).ToContainTextAsync("2026-11-18 传真/送达");
        await liaison.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, "paper-copy-phone.png"), FullPage = true });
        Assert.True(await liaison.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390);

        // The nav's 年度总结 takes a liaison to their unit's written summary of the year.
        await liaison.GotoAsync("/Reports/Summary");
        await liaison.GetByLabel("总结正文").First.FillAsync("# 一、工作开展情况\n全年配合镇打假办开展专项整治。\n- 检查岚田布业城商户\n- 宣传打假法规");
        await liaison.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await Assertions.Expect(liaison.GetByRole(AriaRole.Status)).ToContainTextAsync("总结草稿已保存");
        await liaison.GetByRole(AriaRole.Button, new() { Name = "提交总结" }).ClickAsync();
        await Assertions.Expect(liaison.GetByRole(AriaRole.Status)).ToContainTextAsync("年度工作总结已提交");
        await Assertions.Expect(liaison.Locator("body")).ToContainTextAsync("第1次提交");
        await liaison.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, "unit-summary-phone.png"), FullPage = true });

        var office = await app.SignInAsync("office.staff", Desktop);
        await office.GetByRole(AriaRole.Link, new() { Name = "年度总结" }).ClickAsync();
        await Assertions.Expect(office.Locator("h1")).ToContainTextAsync("2026年度打假工作总结");
        await Assertions.Expect(office.Locator("body")).ToContainTextAsync("尚未保存");
        var text = await office.Locator("#summary-text").InputValueAsync();
        Assert.Contains("主要工作成效", text);
        await office.Locator("#summary-text").FillAsync(text + "\n# 六、其他\n全年工作经镇打假办审定。");
        await office.GetByRole(AriaRole.Button, new() { Name = "保存总结" }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Status)).ToContainTextAsync("总结已保存");
        await Assertions.Expect(office.Locator("body")).ToContainTextAsync("第1次保存");
        await office.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, "town-summary-desktop.png"), FullPage = true });
        var download = await office.RunAndWaitForDownloadAsync(() =>
            office.GetByRole(AriaRole.Link, new() { Name = "导出 Word 文档" }).ClickAsync());
        Assert.EndsWith("2026年度打假工作总结.docx", download.SuggestedFilename);

        var leader = await app.SignInAsync("leader", Phone);
        await leader.GotoAsync("/Reports/Summary/2026");
        await Assertions.Expect(leader.Locator("body")).ToContainTextAsync("全年工作经镇打假办审定");
        await Assertions.Expect(leader.Locator("textarea")).ToHaveCountAsync(0);
        await leader.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, "town-summary-phone.png"), FullPage = true });
        await leader.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, "town-summary-phone-top.png") });
        await leader.Locator("section.card").Nth(1)
            .ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, "town-summary-phone-figures.png") });
        Assert.True(await leader.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390);
    }

    /// <summary>The unit's 2026Q4 report filed through the API as its liaison (the figures as prefilled, the rest 0).</summary>
    private async Task<Guid> SubmittedQuarterAsync(string liaison, string code)
    {
        Guid unitId;
        using (var scope = app.Services.CreateScope())
            unitId = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Unit>().Where(u => u.Code == code)
                .Select(u => u.Id).FirstAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var token = await (await http.PostAsJsonAsync("/api/auth/token",
            new { userName = liaison, password = Dajia.Web.Data.Demo.DemoSeeder.Password })).Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        var url = $"/api/reports/key-area-quarterly/2026Q4/units/{unitId}";
        var report = await http.GetFromJsonAsync<JsonElement>(url);
        if (report.GetProperty("firstSubmittedAt").ValueKind != JsonValueKind.Null) return unitId;
        var values = report.GetProperty("blocks").EnumerateArray().SelectMany(b => b.GetProperty("indicators").EnumerateArray())
            .Where(i => i.GetProperty("type").GetString() != "Text")
            .ToDictionary(i => i.GetProperty("code").GetString()!,
                i => i.GetProperty("value").ValueKind == JsonValueKind.Number ? i.GetProperty("value").GetDecimal() : 0m);
        report = await SendAsync(http, HttpMethod.Put, url, new { values }, report.GetProperty("version").GetInt32());
        await SendAsync(http, HttpMethod.Post, url + "/submit", new { }, report.GetProperty("version").GetInt32());
        return unitId;
    }

    private static async Task<JsonElement> SendAsync(HttpClient http, HttpMethod method, string url, object body, int version)
    {
        var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}

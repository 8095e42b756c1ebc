using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Dajia.BrowserTests;

/// <summary>
/// Follows every link a role can see, two clicks deep from the home page, on a phone: each page must open without an
/// error and be no wider than the phone. Pages of the same shape (another clue, another unit) are visited twice at most.
/// </summary>
public sealed partial class EveryPageTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [Theory]
    [InlineData("office.admin")]
    [InlineData("leader")]
    [InlineData("liaison.scjg")]
    [InlineData("")] // the public: sign-in, reporting, tracking, published plans
    public async Task Every_page_a_role_reaches_opens_and_fits_a_phone(string user)
    {
        var page = user == ""
            ? await (await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = Phone, Locale = "zh-CN" }))
                .NewPageAsync()
            : await app.SignInAsync(user, Phone);
        var seen = new HashSet<string>();
        var shapes = new Dictionary<string, int>();
        var queue = new Queue<(string Path, int Depth)>([("/", 0)]);
        var problems = new List<string>();
        while (queue.TryDequeue(out var next))
        {
            var (path, depth) = next;
            var shape = Guid().Replace(path, "{id}");
            if (!seen.Add(path)) continue;
            shapes[shape] = shapes.GetValueOrDefault(shape) + 1;
            if (shapes[shape] > 2) continue;
            IResponse? response;
            try
            {
                response = await page.GotoAsync(path);
            }
            catch (PlaywrightException e)
            {
                problems.Add($"{path}: {e.Message.Split('\n')[0]}");
                continue;
            }
            if (response is null || response.Status >= 400) { problems.Add($"{path}: HTTP {response?.Status}"); continue; }
            var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            if (width > Phone.Width) problems.Add($"{path}: {width}px wide");
            if (user == "office.admin" && shapes[shape] == 1)
                await page.ScreenshotAsync(
                    new() { Path = Path.Combine(BrowserApp.Shots, "phone" + Unsafe().Replace(path, "_") + ".png"), FullPage = true });
            if (depth == 2) continue;
            var links = await page.EvalOnSelectorAllAsync<string[]>("a[href^='/']", "links => links.map(a => a.getAttribute('href'))");
            foreach (var href in links.Select(h => h.Split('#')[0]).Where(Followable)) queue.Enqueue((href, depth + 1));
        }
        Assert.True(problems.Count == 0, $"{user}:\n" + string.Join("\n", problems));
        Assert.True(seen.Count > (user == "" ? 3 : 8), $"'{user}' reached only {seen.Count} pages: {string.Join(" ", seen)}");
    }

    // Exports and files are not pages; switching language or signing out would change the rest of the walk.
    private static bool Followable(string href) =>
        href.Length > 0 && !href.StartsWith("/api/", StringComparison.Ordinal) && !href.StartsWith("/culture/", StringComparison.Ordinal)
        && !href.StartsWith("/Account/Logout", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex Unsafe();

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Guid();
}

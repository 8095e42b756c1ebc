using System.Net;
using System.Text.RegularExpressions;
using Dajia.Tests.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Rules;

public sealed class PageRateFactory : SqliteFactory
{
    public const int Submissions = 3;
    public const int Lookups = 4;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Dajia:PublicSubmissionsPerMinute", Submissions.ToString());
        builder.UseSetting("Dajia:PublicLookupsPerMinute", Lookups.ToString());
        builder.ConfigureTestServices(s => s.AddSingleton<IStartupFilter, SignInLimits.ClientAddressFromHeader>());
    }
}

/// <summary>
/// The public limits count what costs: sending (reports, additions) and looking up, per client, pages and API alike.
/// Reading a page is free. A refused page is the same form with everything typed, a Chinese message and Retry-After.
/// </summary>
[Collection("Sqlite")]
public sealed partial class PublicPageRateLimitTests(PageRateFactory app) : IClassFixture<PageRateFactory>
{
    [Fact]
    public async Task Reading_is_free_and_a_refused_report_comes_back_with_what_was_typed_and_when_to_try_again()
    {
        var flooder = app.From("203.0.113.17");
        for (var i = 0; i < PageRateFactory.Submissions * 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await flooder.GetAsync("/Report")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await flooder.GetAsync("/Track")).StatusCode);
        }
        var token = await TokenAsync(flooder, "/Report");
        HttpResponseMessage answer;
        var sent = 0;
        do
        {
            // A real name without a mobile: refused for that, and counted all the same, as every attempt to send is.
            answer = await flooder.PostAsync("/Report", Form(token, ("Kind", "Report"), ("Description", "布业城有人卖假冒名牌牛仔裤，数量很多"),
                ("Anonymous", "false"), ("InformantName", "林小红")));
            sent++;
        }
        while (answer.StatusCode == HttpStatusCode.OK && sent <= PageRateFactory.Submissions);
        Assert.Equal(PageRateFactory.Submissions + 1, sent);
        Assert.Equal(HttpStatusCode.TooManyRequests, answer.StatusCode);
        var seconds = (int)answer.Headers.RetryAfter!.Delta!.Value.TotalSeconds;
        Assert.InRange(seconds, 1, 60);
        var html = await answer.Content.ReadAsStringAsync();
        Assert.Contains("text/html", answer.Content.Headers.ContentType!.ToString());
        Assert.Contains($"（约 {seconds} 秒后）再点“提交”。您填写的内容和选择的照片都还在。", html);
        Assert.Contains("布业城有人卖假冒名牌牛仔裤，数量很多</textarea>", html);
        Assert.Contains("value=\"林小红\"", html);

        // The API counts with the page; looking up is another limit and still open; another client can send.
        var api = await (await flooder.PostAsync("/api/public/reports", new StringContent("{}", null, "application/json")))
            .ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("请求过于频繁，请稍后再试", api.Title());
        var looked = await flooder.PostAsync("/Track", Form(token, ("TrackingCode", "DJNOSUCHCODE"), ("AccessKey", "WRONGKEY")));
        Assert.Equal(HttpStatusCode.OK, looked.StatusCode);
        var other = app.From("203.0.113.18");
        var otherToken = await TokenAsync(other, "/Report");
        Assert.Equal(HttpStatusCode.OK,
            (await other.PostAsync("/Report", Form(otherToken, ("Kind", "Report"), ("Description", "短")))).StatusCode);
    }

    [Fact]
    public async Task A_flood_of_lookups_is_refused_for_that_client_only_and_keeps_the_code()
    {
        var flooder = app.From("203.0.113.7");
        var token = await TokenAsync(flooder, "/Track");
        var sent = 0;
        HttpResponseMessage answer;
        do
        {
            answer = await flooder.PostAsync("/Track", Form(token, ("TrackingCode", "DJNOSUCHCODE"), ("AccessKey", "WRONGKEY")));
            sent++;
        }
        while (answer.StatusCode == HttpStatusCode.OK && sent <= PageRateFactory.Lookups);
        Assert.Equal(PageRateFactory.Lookups + 1, sent);
        Assert.Equal(HttpStatusCode.TooManyRequests, answer.StatusCode);
        Assert.NotNull(answer.Headers.RetryAfter);
        var html = await answer.Content.ReadAsStringAsync();
        Assert.Contains("秒后再查询", html);
        Assert.Contains("value=\"DJNOSUCHCODE\"", html);
        var api = await flooder.GetAsync("/api/public/reports/DJNOSUCHCODE");
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.NotNull(api.Headers.RetryAfter);

        var other = app.From("203.0.113.8");
        var otherToken = await TokenAsync(other, "/Report");
        var looked = await other.PostAsync("/Track", Form(otherToken, ("TrackingCode", "DJNOSUCHCODE"), ("AccessKey", "WRONGKEY")));
        Assert.Equal(HttpStatusCode.OK, looked.StatusCode);
        Assert.Contains("role=\"alert\"", await looked.Content.ReadAsStringAsync());
    }

    private static async Task<string> TokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        return Antiforgery().Match(html).Groups[1].Value;
    }

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new([.. fields.Select(f => KeyValuePair.Create(f.Name, f.Value)), new("__RequestVerificationToken", token)]);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}

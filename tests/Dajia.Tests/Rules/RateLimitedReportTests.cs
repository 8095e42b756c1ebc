using System.Net;
using System.Text.RegularExpressions;
using Dajia.Tests.Api;
using Dajia.Tests.Auth;
using Dajia.Tests.MarketEntities;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Rules;

public sealed class PageRatePostgresFactory : PostgresFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Dajia:PublicSubmissionsPerMinute", PageRateFactory.Submissions.ToString());
        builder.UseSetting("Dajia:PublicLookupsPerMinute", PageRateFactory.Lookups.ToString());
        builder.ConfigureTestServices(s => s.AddSingleton<IStartupFilter, SignInLimits.ClientAddressFromHeader>());
    }
}

/// <summary>
/// A report refused for coming too often keeps the chosen photos, held as after a mistake, under its own heading
/// (提交过于频繁, not 请更正以下问题) with the time to send again; sent again, the report takes the photos.
/// </summary>
public abstract class RateLimitedReportTests(DajiaFactory app)
{
    [Fact]
    public async Task A_refused_report_holds_its_photos_says_when_to_send_again_and_the_report_sent_later_takes_them()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var flooder = app.From("203.0.113.41");
        var form = await flooder.GetStringAsync("/Report");
        (string, string)[] fields =
        [
            ("JurisdictionId", w.Town.Id.ToString()), ("Kind", "Report"), ("Description", "夜市摊位卖假冒耐克 " + w.Tag),
            ("Anonymous", "true"),
        ];
        for (var i = 0; i < PageRateFactory.Submissions; i++)
        {
            var tooShort = await flooder.PostAsync("/Report", PortalJourneyTests.Multipart(form, [("Description", "短")]));
            Assert.Equal(HttpStatusCode.OK, tooShort.StatusCode);
        }

        var refused = await flooder.PostAsync("/Report", PortalJourneyTests.Multipart(form, fields,
            ImageSanitizerTests.Png("a"), ImageSanitizerTests.Jpeg("b")));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var seconds = (int)refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds;
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Matches("id=\"too-many\"><p>提交过于频繁</p><p>请在 \\d{2}:\\d{2}:\\d{2} 以后（约 " + seconds + " 秒后）再点“提交”。" +
            "您填写的内容和选择的照片都还在。</p>", html);
        Assert.DoesNotContain("请更正以下问题", html);
        Assert.DoesNotContain("照片没有收到", html);
        Assert.Equal(2, PortalJourneyTests.HeldNames(html).Count);
        Assert.Equal(2, Regex.Matches(html, "<img src=\"data:image/jpeg;base64,").Count);
        var token = PortalJourneyTests.Hidden(form, "HoldToken");
        Assert.Equal(token, PortalJourneyTests.Hidden(html, "HoldToken"));
        var hold = app.Services.GetRequiredService<Dajia.Web.Features.PublicPortal.PhotoHold>();
        Assert.Equal(2, hold.Count(token));

        // The window is real time: sending from another network (its own form token) stands for sending again later.
        var other = app.From("198.51.100.9");
        var fresh = await other.GetStringAsync("/Report");
        var sent = await other.PostAsync("/Report", PortalJourneyTests.Multipart(fresh, [.. fields, ("HoldToken", token)]));
        Assert.Contains("id=\"tracking-code\"", await sent.Content.ReadAsStringAsync());
        var staff = await w.ClientFor(w.Staff);
        var clue = await (await staff.GetAsync($"/api/clues/{await staff.FindClueAsync(w.Tag)}")).JsonAsync();
        Assert.Equal(2, clue.GetProperty("photos").GetArrayLength());
        Assert.Equal(0, hold.Count(token));
    }
}

[Collection("Sqlite")]
public sealed class RateLimitedReportSqlite(PageRateFactory f) : RateLimitedReportTests(f), IClassFixture<PageRateFactory>;

[Collection("Postgres")]
public sealed class RateLimitedReportPostgres(PageRatePostgresFactory f)
    : RateLimitedReportTests(f), IClassFixture<PageRatePostgresFactory>;

using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Auth;

/// <summary>
/// Small sign-in limits, and a test header that stands for the client's address (a test server has none), so that one
/// test can be the outsider and the owner at once.
/// </summary>
public static class SignInLimits
{
    public const int PerMinute = 8;
    public const int PerAccount = 3;
    public const int PerAccountEverywhere = 6;

    public static void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Dajia:Auth:SignInsPerMinute", PerMinute.ToString());
        builder.UseSetting("Dajia:Auth:FailuresPerAccount", PerAccount.ToString());
        builder.UseSetting("Dajia:Auth:FailuresPerAccountAllClients", PerAccountEverywhere.ToString());
        builder.UseSetting("Dajia:Auth:FailureWindowMinutes", "15");
        builder.ConfigureTestServices(s => s.AddSingleton<IStartupFilter, ClientAddressFromHeader>());
    }

    public static HttpClient From(this DajiaFactory app, string address)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Test-Client", address);
        return client;
    }

    /// <summary>Takes the client's address from X-Test-Client; a test server has none of its own.</summary>
    public sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((ctx, go) =>
            {
                if (IPAddress.TryParse(ctx.Request.Headers["X-Test-Client"].ToString(), out var ip)) ctx.Connection.RemoteIpAddress = ip;
                return go(ctx);
            });
            next(app);
        };
    }
}

public sealed class LimitedSqliteFactory : SqliteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        SignInLimits.Configure(builder);
    }
}

public sealed class LimitedPostgresFactory : PostgresFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        SignInLimits.Configure(builder);
    }
}

public abstract class SignInLimitTests(DajiaFactory app)
{
    private static int _address;

    /// <summary>Each test starts in windows of its own: an hour on, and addresses no other test used.</summary>
    private static string NewAddress() => $"10.0.{Interlocked.Increment(ref _address)}.1";

    private async Task<World> FreshAsync()
    {
        app.Clock.Now += TimeSpan.FromHours(1);
        return await World.CreateAsync(app);
    }

    [Fact]
    public async Task The_token_and_refresh_endpoints_answer_429_with_retry_after_past_the_per_address_limit()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await FreshAsync();
        var client = app.From(NewAddress());
        for (var i = 0; i < SignInLimits.PerMinute; i++)
        {
            var attempt = i % 2 == 0
                ? await client.PostAsJsonAsync("/api/auth/token", new { userName = $"nobody{i}.{w.Tag}", password = "nope12345" })
                : await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = "garbage" });
            await attempt.ProblemAsync(HttpStatusCode.Unauthorized);
        }
        app.Clock.Now += TimeSpan.FromSeconds(15);
        var refused = await Token(client, w.Staff, World.Password);
        var problem = await refused.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("登录尝试过于频繁", problem.Title());
        Assert.Equal("登录尝试过于频繁，请 45 秒后再试", problem.GetProperty("detail").GetString());
        Assert.Equal(TimeSpan.FromSeconds(45), refused.Headers.RetryAfter!.Delta);
        var refresh = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = "garbage" });
        await refresh.ProblemAsync(HttpStatusCode.TooManyRequests);

        // Another address is not held up; this one may go on once the minute is over.
        Assert.Equal(HttpStatusCode.OK, (await Token(app.From(NewAddress()), w.Staff, World.Password)).StatusCode);
        app.Clock.Now += TimeSpan.FromSeconds(46);
        Assert.Equal(HttpStatusCode.OK, (await Token(client, w.Staff, World.Password)).StatusCode);
    }

    [Fact]
    public async Task An_outsider_cannot_lock_the_owner_out_from_one_address_or_many()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await FreshAsync();
        var outsider = app.From(NewAddress());
        for (var i = 0; i < SignInLimits.PerAccount; i++)
            await (await Token(outsider, w.Admin, "guess-" + i)).ProblemAsync(HttpStatusCode.Unauthorized);
        // The outsider's address now waits, even with the right password; nothing is counted against the account itself.
        var waiting = await Token(outsider, w.Admin, World.Password);
        await waiting.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(waiting.Headers.RetryAfter!.Delta > TimeSpan.FromMinutes(14));
        Assert.Equal(HttpStatusCode.OK, (await Token(app.From(NewAddress()), w.Admin, World.Password)).StatusCode);

        // Many addresses: past the account-wide limit, an address that already failed waits; a clean one (the owner) does not.
        var second = app.From(NewAddress());
        for (var i = 0; i < SignInLimits.PerAccountEverywhere - SignInLimits.PerAccount; i++)
            await (await Token(second, w.Admin, "guess-b" + i)).ProblemAsync(HttpStatusCode.Unauthorized);
        var third = app.From(NewAddress());
        await (await Token(third, w.Admin, "guess-c")).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await Token(third, w.Admin, "guess-d")).ProblemAsync(HttpStatusCode.TooManyRequests);
        var owner = await Token(app.From(NewAddress()), w.Admin, World.Password);
        var token = await owner.JsonAsync();
        var admin = AuthClients.WithBearer(app, token.Access());
        var me = (await (await admin.GetAsync("/api/users")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Single(u => u.GetProperty("userName").GetString() == w.Admin);
        Assert.False(me.GetProperty("lockedOut").GetBoolean());

        app.Clock.Now += TimeSpan.FromMinutes(16);
        Assert.Equal(HttpStatusCode.OK, (await Token(outsider, w.Admin, World.Password)).StatusCode);
    }

    [Fact]
    public async Task The_sign_in_page_answers_429_in_chinese_and_keeps_the_user_name()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await FreshAsync();
        var browser = app.From(NewAddress());
        for (var i = 0; i < SignInLimits.PerAccount; i++)
        {
            var wrong = await browser.PostFormAsync("/Account/Login", [new("UserName", w.Staff), new("Password", "guess-" + i)]);
            Assert.Contains("用户名或密码错误", await wrong.Content.ReadAsStringAsync());
        }
        var page = await browser.PostFormAsync("/Account/Login", [new("UserName", w.Staff), new("Password", World.Password)]);
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(15), page.Headers.RetryAfter!.Delta);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("登录尝试过于频繁，请 15 分钟后再试", html);
        Assert.Contains($"value=\"{w.Staff}\"", html);
        Assert.DoesNotContain(World.Password, html);
        Assert.Null(AuthClients.AuthCookie(page));
    }

    private static Task<HttpResponseMessage> Token(HttpClient client, string userName, string password) =>
        client.PostAsJsonAsync("/api/auth/token", new { userName, password });
}

[Collection("Sqlite")]
public sealed class SignInLimitSqlite(LimitedSqliteFactory f) : SignInLimitTests(f), IClassFixture<LimitedSqliteFactory>;

[Collection("Postgres")]
public sealed class SignInLimitPostgres(LimitedPostgresFactory f) : SignInLimitTests(f), IClassFixture<LimitedPostgresFactory>;

using System.Net;
using System.Net.Http.Json;
using Dajia.Web.Data;
using Dajia.Web.Infrastructure.Auth.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Auth;

/// <summary>Sign-out, idle time, disabling and password resets end sessions at once, wherever copies of them are held.</summary>
public abstract partial class SessionTests(DajiaFactory app)
{
    private static readonly DateTimeOffset Start = new(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Signing_out_on_a_page_ends_a_copied_cookie_at_once()
    {
        app.Clock.Now = Start;
        var w = await World.CreateAsync(app);
        var (browser, cookie) = await AuthClients.BrowserAsync(app, w.Staff);
        var copy = AuthClients.WithCookie(app, cookie);
        Assert.True(await AuthClients.SignedInAsync(copy));

        var signedOut = await browser.PostFormAsync("/Clues", [], postUrl: "/Account/Logout");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.False(await AuthClients.SignedInAsync(browser));
        Assert.False(await AuthClients.SignedInAsync(copy));
        await (await copy.GetAsync("/api/auth/me")).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Signing_out_through_the_api_ends_the_token_and_its_refresh_token()
    {
        app.Clock.Now = Start;
        var w = await World.CreateAsync(app);
        var token = await AuthClients.TokenAsync(app, w.Leader);
        var client = AuthClients.WithBearer(app, token.Access());
        var copy = AuthClients.WithBearer(app, token.Access());
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/api/auth/me")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/auth/signout", null)).StatusCode);
        await (await copy.GetAsync("/api/auth/me")).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await app.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = token.Refresh() }))
            .ProblemAsync(HttpStatusCode.Unauthorized);
        await (await app.CreateClient().PostAsync("/api/auth/signout", null)).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_session_idle_longer_than_the_idle_time_ends_and_a_used_one_lives_on()
    {
        app.Clock.Now = Start;
        var w = await World.CreateAsync(app);
        var (busy, _) = await AuthClients.BrowserAsync(app, w.Staff);
        var (idle, idleCookie) = await AuthClients.BrowserAsync(app, w.Admin);
        var token = await AuthClients.TokenAsync(app, w.Leader);
        for (var i = 0; i < 3; i++)
        {
            app.Clock.Now += TimeSpan.FromMinutes(20);
            Assert.True(await AuthClients.SignedInAsync(busy));
        }
        // 60 minutes on: the busy cookie lives; the idle cookie (a copy too) and the idle token are over.
        Assert.False(await AuthClients.SignedInAsync(AuthClients.WithCookie(app, idleCookie)));
        Assert.False(await AuthClients.SignedInAsync(idle));
        app.Clock.Now = Start + TimeSpan.FromMinutes(31);
        await (await AuthClients.WithBearer(app, token.Access()).GetAsync("/api/auth/me")).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Signing_out_of_a_page_left_open_past_the_idle_time_leads_to_the_sign_in_page()
    {
        app.Clock.Now = Start;
        var w = await World.CreateAsync(app);
        var (browser, _) = await AuthClients.BrowserAsync(app, w.Staff);
        var page = await (await browser.GetAsync("/Clues")).Content.ReadAsStringAsync();
        var token = AntiforgeryRegex().Match(page).Groups[1].Value;
        app.Clock.Now += TimeSpan.FromMinutes(45);
        var signedOut = await browser.PostAsync("/Account/Logout", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal("/Account/Login", signedOut.Headers.Location!.OriginalString);
        // A signed-in user's sign-out still needs the form's token (a cross-site form cannot sign anyone out).
        var (other, _) = await AuthClients.BrowserAsync(app, w.Admin);
        Assert.Equal(HttpStatusCode.BadRequest, (await other.PostAsync("/Account/Logout", new FormUrlEncodedContent([]))).StatusCode);
        Assert.True(await AuthClients.SignedInAsync(other));
    }

    [Fact]
    public async Task Last_seen_is_written_at_most_once_a_minute()
    {
        app.Clock.Now = Start;
        var w = await World.CreateAsync(app);
        var token = await AuthClients.TokenAsync(app, w.Staff);
        var client = AuthClients.WithBearer(app, token.Access());
        var userId = (await (await client.GetAsync("/api/auth/me")).JsonAsync()).GetProperty("id").GetGuid();

        app.Clock.Now = Start + TimeSpan.FromSeconds(50);
        await (await client.GetAsync("/api/auth/me")).JsonAsync();
        Assert.Equal(Start, await LastSeenAsync(userId));
        app.Clock.Now = Start + TimeSpan.FromSeconds(70);
        await (await client.GetAsync("/api/auth/me")).JsonAsync();
        Assert.Equal(Start + TimeSpan.FromSeconds(70), await LastSeenAsync(userId));
    }

    [Fact]
    public async Task Refresh_tokens_rotate_and_a_reused_one_ends_the_whole_session()
    {
        app.Clock.Now = Start;
        var w = await World.CreateAsync(app);
        var first = await AuthClients.TokenAsync(app, w.Staff);
        var second = await (await RefreshAsync(first.Refresh())).JsonAsync();
        var third = await (await RefreshAsync(second.Refresh())).JsonAsync();
        Assert.NotEqual(first.Refresh(), second.Refresh());
        Assert.Equal(HttpStatusCode.OK, (await AuthClients.WithBearer(app, third.Access()).GetAsync("/api/auth/me")).StatusCode);

        // The first refresh token again: someone kept a copy. The session ends, for the thief and the owner alike.
        var reused = await (await RefreshAsync(first.Refresh())).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("刷新令牌无效或已过期，请重新登录", reused.Title());
        await (await RefreshAsync(third.Refresh())).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await AuthClients.WithBearer(app, third.Access()).GetAsync("/api/auth/me")).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await AuthClients.WithBearer(app, first.Access()).GetAsync("/api/auth/me")).ProblemAsync(HttpStatusCode.Unauthorized);
        // Other sign-ins of the same user are other sessions and go on.
        var other = await AuthClients.TokenAsync(app, w.Staff);
        Assert.Equal(HttpStatusCode.OK, (await AuthClients.WithBearer(app, other.Access()).GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task Disabling_a_user_or_resetting_their_password_ends_their_cookies_at_once()
    {
        app.Clock.Now = Start;
        var w = await World.CreateAsync(app);
        var admin = await w.ClientFor(w.Admin);
        var users = (await (await admin.GetAsync("/api/users")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Guid Id(string name) => users.Single(u => u.GetProperty("userName").GetString() == name).GetProperty("id").GetGuid();

        var (liaison, _) = await AuthClients.BrowserAsync(app, w.LiaisonA);
        var (staff, _) = await AuthClients.BrowserAsync(app, w.Staff);
        var staffToken = await AuthClients.TokenAsync(app, w.Staff);
        await (await admin.PostAsync($"/api/users/{Id(w.LiaisonA)}/disable", null)).JsonAsync();
        await (await admin.PostAsJsonAsync($"/api/users/{Id(w.Staff)}/reset-password", new { newPassword = "Reset-2017" })).JsonAsync();

        // The cookies' own security-stamp check would wait up to a minute; the sessions end now.
        Assert.False(await AuthClients.SignedInAsync(liaison));
        Assert.False(await AuthClients.SignedInAsync(staff));
        await (await AuthClients.WithBearer(app, staffToken.Access()).GetAsync("/api/auth/me")).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(0, await LiveSessionsAsync(Id(w.Staff)));
    }

    [Fact]
    public async Task Changing_ones_own_password_ends_the_other_sessions_and_keeps_this_one()
    {
        app.Clock.Now = Start;
        var w = await World.CreateAsync(app);
        var (browser, _) = await AuthClients.BrowserAsync(app, w.Staff);
        var (elsewhere, _) = await AuthClients.BrowserAsync(app, w.Staff);
        var changed = await browser.PostFormAsync("/Account/ChangePassword",
            [new("CurrentPassword", World.Password), new("NewPassword", "Another-2017"), new("ConfirmPassword", "Another-2017")]);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.True(await AuthClients.SignedInAsync(browser));
        Assert.False(await AuthClients.SignedInAsync(elsewhere));
    }

    [Fact]
    public async Task A_user_sees_their_own_sessions_and_ends_one()
    {
        app.Clock.Now = Start;
        var w = await World.CreateAsync(app);
        var phone = await AuthClients.TokenAsync(app, w.Staff);
        var client = await w.ClientFor(w.Staff);
        var list = (await (await client.GetAsync("/api/auth/sessions")).JsonAsync()).EnumerateArray().ToList();
        Assert.Equal(2, list.Count);
        var mine = Assert.Single(list, s => s.GetProperty("current").GetBoolean());
        var other = list.Single(s => !s.GetProperty("current").GetBoolean()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/auth/sessions/{other}")).StatusCode);
        await (await AuthClients.WithBearer(app, phone.Access()).GetAsync("/api/auth/me")).ProblemAsync(HttpStatusCode.Unauthorized);
        // Someone else's session is not found, as if it did not exist.
        var admin = await w.ClientFor(w.Admin);
        await (await admin.DeleteAsync($"/api/auth/sessions/{mine.GetProperty("id").GetGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/auth/me")).StatusCode);
    }

    [System.Text.RegularExpressions.GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex AntiforgeryRegex();

    private Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        app.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken });

    private Task<DateTimeOffset> LastSeenAsync(Guid userId) => app.InScopeAsync(sp =>
        sp.GetRequiredService<AppDbContext>().UserSessions.Where(s => s.UserId == userId).Select(s => s.LastSeenAt).SingleAsync());

    private Task<int> LiveSessionsAsync(Guid userId) => app.InScopeAsync(sp =>
        sp.GetRequiredService<AppDbContext>().UserSessions.CountAsync(s => s.UserId == userId && s.RevokedAt == null));
}

[Collection("Sqlite")]
public sealed class SessionSqlite(SqliteFactory f) : SessionTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class SessionPostgres(PostgresFactory f) : SessionTests(f.WithClockReset());

using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Dajia.Tests.Auth;

/// <summary>Two-step sign-in with a real authenticator code (RFC 6238, computed here as a phone app would).</summary>
public abstract partial class TwoFactorTests(DajiaFactory app)
{
    [Fact]
    public void The_test_totp_matches_the_rfc_6238_vector()
    {
        // RFC 6238 appendix B: key "12345678901234567890", T = 59 s, SHA-1 → 94287082 (8 digits); 6 digits: 287082.
        Assert.Equal("287082", Totp.Code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", DateTimeOffset.FromUnixTimeSeconds(59)));
    }

    [Fact]
    public async Task Enrol_on_the_page_then_sign_in_with_a_code_or_a_recovery_code()
    {
        var w = await World.CreateAsync(app);
        var (key, codes) = await EnrolAsync(w.Staff);
        Assert.Equal(10, codes.Count);

        // The password alone now leads to the second step, not into the app.
        var browser = app.CreateClient(new() { AllowAutoRedirect = false });
        var first = await browser.PostFormAsync("/Account/Login", [new("UserName", w.Staff), new("Password", World.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("/Account/LoginWith2fa", first.Headers.Location!.OriginalString);
        Assert.Null(AuthClients.AuthCookie(first));
        Assert.False(await AuthClients.SignedInAsync(browser));
        var wrong = await browser.PostFormAsync("/Account/LoginWith2fa", [new("Code", "000000")]);
        Assert.Contains("验证码错误", await wrong.Content.ReadAsStringAsync());
        var second = await browser.PostFormAsync("/Account/LoginWith2fa", [new("Code", Totp.Code(key, DateTimeOffset.UtcNow))]);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.True(await AuthClients.SignedInAsync(browser));

        // A recovery code works once.
        var other = app.CreateClient(new() { AllowAutoRedirect = false });
        await other.PostFormAsync("/Account/Login", [new("UserName", w.Staff), new("Password", World.Password)]);
        var recovered = await other.PostFormAsync("/Account/LoginWith2fa", [new("RecoveryCode", codes[0])]);
        Assert.Equal(HttpStatusCode.Redirect, recovered.StatusCode);
        Assert.True(await AuthClients.SignedInAsync(other));
        var again = app.CreateClient(new() { AllowAutoRedirect = false });
        await again.PostFormAsync("/Account/Login", [new("UserName", w.Staff), new("Password", World.Password)]);
        var spent = await again.PostFormAsync("/Account/LoginWith2fa", [new("RecoveryCode", codes[0])]);
        Assert.Contains("验证码错误", await spent.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_token_endpoint_asks_for_the_second_step_and_takes_a_code_or_a_recovery_code()
    {
        var w = await World.CreateAsync(app);
        var (key, codes) = await EnrolAsync(w.Leader);

        var needed = await (await Token(new { userName = w.Leader, password = World.Password }))
            .ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("需要两步验证码：请同时提供身份验证器的验证码或一个恢复码", needed.Title());
        Assert.True(needed.GetProperty("twoFactorRequired").GetBoolean());
        var wrong = await (await Token(new { userName = w.Leader, password = World.Password, twoFactorCode = "123 456" }))
            .ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("验证码错误", wrong.Title());
        // A wrong password with a right code is still just a wrong password.
        var code = Totp.Code(key, DateTimeOffset.UtcNow);
        var badPassword = await (await Token(new { userName = w.Leader, password = "nope12345", twoFactorCode = code }))
            .ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("用户名或密码错误", badPassword.Title());

        var token = await AuthClients.TokenAsync(app, w.Leader, code: code);
        Assert.Equal(HttpStatusCode.OK, (await AuthClients.WithBearer(app, token.Access()).GetAsync("/api/auth/me")).StatusCode);
        var recovered = await Token(new { userName = w.Leader, password = World.Password, recoveryCode = codes[1] });
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
        var reused = await Token(new { userName = w.Leader, password = World.Password, recoveryCode = codes[1] });
        await reused.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_wrong_code_at_enrolment_turns_nothing_on_and_the_key_is_not_in_the_audit_log()
    {
        var w = await World.CreateAsync(app);
        var (browser, _) = await AuthClients.BrowserAsync(app, w.Admin);
        var page = await (await browser.GetAsync("/Account/TwoFactor")).Content.ReadAsStringAsync();
        var key = KeyRegex().Match(page).Groups[1].Value.Replace(" ", "");
        Assert.Contains($"otpauth://totp/Dajia:{w.Admin}?secret={key.ToUpperInvariant()}&amp;issuer=Dajia", page);
        var refused = await browser.PostFormAsync("/Account/TwoFactor", [new("Code", "000000")], "/Account/TwoFactor?handler=Enable");
        Assert.Contains("验证码错误", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await Token(new { userName = w.Admin, password = World.Password })).StatusCode);

        var admin = await w.ClientFor(w.Admin);
        var audit = await (await admin.GetAsync("/api/audit?entityType=" + Uri.EscapeDataString("IdentityUserToken`1"))).JsonAsync();
        var changes = audit.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("changes").GetString()!).ToList();
        Assert.Contains(changes, c => c.Contains("\"Value\":{\"after\":\"***\"}"));
        Assert.All(changes, c => Assert.DoesNotContain(key.ToUpperInvariant(), c));
    }

    private Task<HttpResponseMessage> Token(object body) => app.CreateClient().PostAsJsonAsync("/api/auth/token", body);

    /// <summary>Turns two-step sign-in on for the user through the page; returns the key and the recovery codes shown.</summary>
    private async Task<(string Key, List<string> Codes)> EnrolAsync(string userName)
    {
        var (browser, _) = await AuthClients.BrowserAsync(app, userName);
        var elsewhere = AuthClients.WithBearer(app, (await AuthClients.TokenAsync(app, userName)).Access());
        var page = await (await browser.GetAsync("/Account/TwoFactor")).Content.ReadAsStringAsync();
        var key = KeyRegex().Match(page).Groups[1].Value.Replace(" ", "");
        Assert.NotEmpty(key);
        // Opening the page changes nothing for the user's other sign-ins…
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/api/auth/me")).StatusCode);
        var enabled = await browser.PostFormAsync("/Account/TwoFactor", [new("Code", Totp.Code(key, DateTimeOffset.UtcNow))],
            "/Account/TwoFactor?handler=Enable");
        var html = await enabled.Content.ReadAsStringAsync();
        Assert.Contains("两步验证已开启", html);
        // …enabling keeps the sign-in it was done in and ends the others, which were made without the second step.
        Assert.True(await AuthClients.SignedInAsync(browser));
        await (await elsewhere.GetAsync("/api/auth/me")).ProblemAsync(HttpStatusCode.Unauthorized);
        return (key, CodeRegex().Matches(html).Select(m => m.Groups[1].Value).ToList());
    }

    [GeneratedRegex("id=\"authenticator-key\">([a-z0-9 ]+)<")]
    private static partial Regex KeyRegex();

    [GeneratedRegex("<li><code>([A-Z0-9-]+)</code></li>")]
    private static partial Regex CodeRegex();
}

[Collection("Sqlite")]
public sealed class TwoFactorSqlite(SqliteFactory f) : TwoFactorTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class TwoFactorPostgres(PostgresFactory f) : TwoFactorTests(f.WithClockReset());

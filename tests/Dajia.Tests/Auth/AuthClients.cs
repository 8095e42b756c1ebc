using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dajia.Tests.Auth;

/// <summary>Sign-ins whose cookie or tokens a test can copy, as someone who stole them would.</summary>
public static class AuthClients
{
    /// <summary>Signs in through the page; returns the browser and its dajia.auth cookie ("dajia.auth=…").</summary>
    public static async Task<(HttpClient Browser, string Cookie)> BrowserAsync(
        DajiaFactory app, string userName, string password = World.Password)
    {
        var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var signedIn = await browser.PostFormAsync("/Account/Login", [new("UserName", userName), new("Password", password)]);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return (browser, AuthCookie(signedIn)!);
    }

    public static string? AuthCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var all)
            ? all.FirstOrDefault(c => c.StartsWith("dajia.auth=", StringComparison.Ordinal) && !c.StartsWith("dajia.auth=;"))?.Split(';')[0]
            : null;

    /// <summary>Another client that presents a copy of the cookie and nothing else.</summary>
    public static HttpClient WithCookie(DajiaFactory app, string cookie)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    public static HttpClient WithBearer(DajiaFactory app, string accessToken)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    public static async Task<JsonElement> TokenAsync(
        DajiaFactory app, string userName, string password = World.Password, string? code = null) =>
        await (await app.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName, password, twoFactorCode = code })).JsonAsync();

    public static string Access(this JsonElement token) => token.GetProperty("accessToken").GetString()!;

    public static string Refresh(this JsonElement token) => token.GetProperty("refreshToken").GetString()!;

    /// <summary>Signed in: the page opens (200); signed out: it sends the browser to the sign-in page.</summary>
    public static async Task<bool> SignedInAsync(HttpClient client)
    {
        var home = await client.GetAsync("/Clues");
        if (home.StatusCode == HttpStatusCode.OK) return true;
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/Account/Login", home.Headers.Location!.OriginalString.Replace("http://localhost", ""));
        return false;
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;

namespace Dajia.Tests.Auth;

/// <summary>Sign-ins whose cookie or tokens a test can copy, as someone who stole them would.</summary>
public static class AuthClients
{
    /// <summary>Signs in through the page; returns the browser and its dajia.auth cookie ("dajia.auth=…").</summary>
    public static async Task<(HttpClient Browser, string Cookie)> BrowserAsync(DajiaFactory app, string userName, string password = World.Password)
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

    public static async Task<JsonElement> TokenAsync(DajiaFactory app, string userName, string password = World.Password, string? code = null) =>
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

/// <summary>RFC 6238 TOTP (HMAC-SHA1, 30-second steps, 6 digits) as an authenticator app computes it.</summary>
public static class Totp
{
    public static string Code(string base32Key, DateTimeOffset at)
    {
        var key = Base32(base32Key.Replace(" ", "").ToUpperInvariant());
        var counter = BitConverter.GetBytes(at.ToUnixTimeSeconds() / 30);
        if (BitConverter.IsLittleEndian) Array.Reverse(counter);
        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0x0f;
        var binary = (hash[offset] & 0x7f) << 24 | hash[offset + 1] << 16 | hash[offset + 2] << 8 | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6");
    }

    private static byte[] Base32(string s)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in s.TrimEnd('='))
        {
            buffer = buffer << 5 | alphabet.IndexOf(c);
            bits += 5;
            if (bits < 8) continue;
            bytes.Add((byte)(buffer >> (bits - 8)));
            bits -= 8;
        }
        return [.. bytes];
    }
}

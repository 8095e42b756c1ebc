using System.Net;
using System.Text.RegularExpressions;

namespace Dajia.Tests.Infrastructure;

/// <summary>Pages as a browser without JavaScript uses them: a sign-in cookie, and forms posted with their antiforgery token.</summary>
public static partial class Pages
{
    /// <summary>A client holding the sign-in cookie of the user; redirects are not followed, so a test sees them.</summary>
    public static async Task<HttpClient> SignInAsync(DajiaFactory app, string userName, string password = World.Password)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var signedIn = await client.PostFormAsync("/Account/Login", [new("UserName", userName), new("Password", password)]);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    /// <summary>Opens the form's page for its antiforgery token, then posts the fields (to the page itself unless told).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string? postUrl = null)
    {
        var page = await client.GetAsync(pageUrl);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var token = Antiforgery().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        return await client.PostAsync(postUrl ?? pageUrl, new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}

using System.Net;
using System.Text.RegularExpressions;

namespace Dajia.Tests.Infrastructure;

/// <summary>A browser-less page visitor: signs in through the login form and posts forms with their antiforgery token.</summary>
public static partial class Pages
{
    public static async Task<HttpClient> SignInAsync(DajiaFactory app, string userName, string password = World.Password)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.PostFormAsync("/Account/Login", new() { ["UserName"] = userName, ["Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in of {userName} did not redirect: {(int)response.StatusCode}");
        return client;
    }

    /// <summary>Reads the page at <paramref name="url"/> for its token, then posts the fields to it (or to <paramref name="action"/>).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, Dictionary<string, string> fields, string? action = null)
    {
        var form = await client.GetStringAsync(url);
        fields["__RequestVerificationToken"] = Antiforgery().Match(form).Groups[1].Value;
        return await client.PostAsync(action ?? url, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}

using System.Text.RegularExpressions;

namespace Dajia.Tests.Infrastructure;

/// <summary>A browser-like client: signed in through the login page with a cookie, posting forms with their antiforgery token.</summary>
public sealed partial class PageSession
{
    private PageSession(HttpClient client) => Client = client;

    public HttpClient Client { get; }

    public static async Task<PageSession> SignInAsync(DajiaFactory app, string userName)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var token = Token(await client.GetStringAsync("/Account/Login"));
        var r = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName, ["Password"] = World.Password, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, r.StatusCode);
        return new PageSession(client);
    }

    /// <summary>Opens the page for its token, then posts the fields to it (to a named handler when given).</summary>
    public async Task<HttpResponseMessage> PostAsync(string page, IEnumerable<KeyValuePair<string, string>> fields, string? handler = null)
    {
        var token = Token(await Client.GetStringAsync(page));
        var url = handler is null ? page : $"{page}?handler={handler}";
        return await Client.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    private static string Token(string html) => Antiforgery().Match(html) is { Success: true } m
        ? m.Groups[1].Value
        : throw new InvalidOperationException("no antiforgery token on the page");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}

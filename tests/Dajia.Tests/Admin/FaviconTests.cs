using System.Net;

namespace Dajia.Tests.Admin;

/// <summary>Every page names its icon, and both forms of it are served (browsers ask for /favicon.ico on their own).</summary>
[Collection("Sqlite")]
public sealed class FaviconTests(SqliteFactory app)
{
    [Fact]
    public async Task The_icon_is_served_and_linked_from_every_page()
    {
        var client = app.CreateClient();
        var ico = await client.GetAsync("/favicon.ico");
        Assert.Equal(HttpStatusCode.OK, ico.StatusCode);
        var bytes = await ico.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, bytes[..4]); // an ICO header
        var svg = await client.GetAsync("/favicon.svg");
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType!.MediaType);
        var login = await client.GetStringAsync("/Account/Login");
        Assert.Contains("<link rel=\"icon\" href=\"/favicon.ico\"", login);
        Assert.Contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\"", login);
    }
}

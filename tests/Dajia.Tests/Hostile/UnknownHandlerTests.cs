using System.Net;
using System.Text.RegularExpressions;
using Dajia.Tests.Cases;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Hostile;

/// <summary>
/// A form post naming a handler the page does not have (or none, where the page has no unnamed one) once rendered the
/// page without loading it: a 500. Every page now answers 404; so does a case another unit's liaison cannot see.
/// </summary>
public abstract partial class UnknownHandlerTests(DajiaFactory app)
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [Fact]
    public async Task Every_page_answers_a_post_to_a_handler_it_does_not_have_with_404()
    {
        var t = await CaseTown.CreateAsync(app, new DateTimeOffset(2017, 9, 20, 2, 0, 0, TimeSpan.Zero));
        var caseId = (await t.OpenAsync(t.Staff)).GetProperty("id").GetGuid();
        var page = await Pages.SignInAsync(app, t.W.Staff);
        var token = Token().Match(await (await page.GetAsync($"/Cases/{caseId}")).Content.ReadAsStringAsync()).Groups[1].Value;
        async Task<HttpStatusCode> PostAsync(HttpClient client, string url, string form) =>
            (await client.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", form)]))).StatusCode;

        // A page with an unnamed OnPost runs it for any handler name (the framework's choice, and the page loads what it
        // needs); every other page is posted to with an unknown handler and with none.
        var loader = app.Services.GetRequiredService<PageLoader>();
        var pages = new List<string>();
        foreach (var e in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (e.Metadata.GetMetadata<PageActionDescriptor>() is not { } descriptor) continue;
            var compiled = await loader.LoadAsync(descriptor, e.Metadata);
            var unnamedPost = compiled.HandlerMethods
                .Any(h => h.Name is null && string.Equals(h.HttpMethod, "Post", StringComparison.OrdinalIgnoreCase));
            if (!unnamedPost) pages.Add(e.RoutePattern.RawText!.TrimStart('/'));
        }
        Assert.Contains("Cases/{id:guid}", pages);
        var failures = new List<string>();
        foreach (var route in pages.Distinct().Order(StringComparer.Ordinal))
        {
            var path = "/" + route.Replace("{id:guid?}", "").Replace("{id:guid}", route.StartsWith("Cases", StringComparison.Ordinal)
                    ? caseId.ToString() : Guid.NewGuid().ToString())
                .Replace("{unitId:guid}", t.W.UnitA.Id.ToString()).Replace("{form}", "key-area-quarterly")
                .Replace("{code}", "key-area-quarterly").Replace("{period}", "2017Q3").Replace("{year:int?}", "2017")
                .Replace("{year:int}", "2017");
            foreach (var url in new[] { path.TrimEnd('/') + "?handler=Bogus", path })
            {
                var status = await PostAsync(page, url, token);
                // Pages the office may not open refuse before any handler is chosen; the rest are 404.
                if (status is not (HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.Redirect))
                    failures.Add($"POST {url}: {(int)status}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));

        // The review's pages among them.
        var reports = "/Reports/key-area-quarterly/2017Q3";
        foreach (var url in new[] { $"/Cases/{caseId}", "/Cases", $"/Cases/{caseId}/Print/Decision", $"{reports}/Print",
                     $"{reports}/Units/{t.W.UnitA.Id}" })
            Assert.Equal(HttpStatusCode.NotFound, await PostAsync(page, url + "?handler=Bogus", token));
        // A GET naming an unknown handler runs the page's unnamed OnGet, which loads the case.
        Assert.Equal(HttpStatusCode.OK, (await page.GetAsync($"/Cases/{caseId}?handler=Bogus")).StatusCode);

        // Another unit's liaison, with their own valid token, posting to a case they cannot see.
        var other = await Pages.SignInAsync(app, t.W.LiaisonB);
        var theirs = Token().Match(await (await other.GetAsync("/Cases")).Content.ReadAsStringAsync()).Groups[1].Value;
        foreach (var handler in new[] { "", "?handler=Bogus", "?handler=Pause", "?handler=Decide", "?handler=TransferStep" })
            Assert.Equal(HttpStatusCode.NotFound, await PostAsync(other, $"/Cases/{caseId}{handler}", theirs));
    }
}

[Collection("Sqlite")]
public sealed class UnknownHandlerSqlite(SqliteFactory f) : UnknownHandlerTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class UnknownHandlerPostgres(PostgresFactory f) : UnknownHandlerTests(f.WithClockReset());

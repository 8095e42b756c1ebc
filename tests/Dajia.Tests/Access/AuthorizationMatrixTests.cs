using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Access;

/// <summary>
/// Every API endpoint in the OpenAPI document, called by every kind of caller against a record of town 1: allowed or
/// refused as <see cref="AuthorizationMatrix.Rows"/> says. A new endpoint without a row fails the test; so does any 500.
/// </summary>
public abstract class AuthorizationMatrixTests(DajiaFactory app)
{
    [Fact]
    public async Task Every_endpoint_answers_every_caller_as_the_table_says()
    {
        var fixture = await MatrixFixture.CreateAsync(app);
        var endpoints = await EndpointsAsync();
        var missing = endpoints.Where(e => !AuthorizationMatrix.Rows.ContainsKey(e)).ToList();
        Assert.True(missing.Count == 0, "Endpoints without a row in AuthorizationMatrix.Rows:\n" + string.Join("\n", missing));
        Assert.Empty(AuthorizationMatrix.Rows.Keys.Except(endpoints));

        var failures = new List<string>();
        var observed = new StringBuilder();
        foreach (var endpoint in endpoints)
        {
            var expected = AuthorizationMatrix.Rows[endpoint];
            var seen = new char[AuthorizationMatrix.Callers.Length];
            for (var i = 0; i < AuthorizationMatrix.Callers.Length; i++)
            {
                var caller = AuthorizationMatrix.Callers[i];
                var response = await fixture.CallAsync(caller, endpoint);
                var status = (int)response.StatusCode;
                seen[i] = status switch
                {
                    401 or 403 => 'F',
                    404 => 'N',
                    >= 500 => '!',
                    _ => 'A',
                };
                if (seen[i] == '!' || (expected[i] != '*' && expected[i] != seen[i]))
                    failures.Add($"{endpoint} as {caller}: expected {expected[i]}, got {status} {await Short(response)}");
            }
            observed.AppendLine($"[\"{endpoint}\"] = \"{new string(seen)}\",");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n\nObserved:\n" + observed);
    }

    [Fact]
    public async Task Every_page_opens_for_every_caller_as_the_table_says()
    {
        var fixture = await MatrixFixture.CreateAsync(app);
        var pages = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => e.RoutePattern.RawText!.TrimStart('/')).Where(p => !p.EndsWith("/Index", StringComparison.Ordinal) && p != "Index")
            .Distinct().Order(StringComparer.Ordinal).ToList();
        var missing = pages.Where(p => !PageMatrix.Rows.ContainsKey(p)).ToList();
        Assert.True(missing.Count == 0, "Pages without a row in PageMatrix.Rows:\n" + string.Join("\n", missing));
        Assert.Empty(PageMatrix.Rows.Keys.Except(pages));

        var failures = new List<string>();
        var observed = new StringBuilder();
        foreach (var page in pages)
        {
            var expected = PageMatrix.Rows[page];
            var seen = new char[AuthorizationMatrix.Callers.Length];
            for (var i = 0; i < AuthorizationMatrix.Callers.Length; i++)
            {
                var response = await fixture.OpenPageAsync(AuthorizationMatrix.Callers[i], page);
                var status = (int)response.StatusCode;
                var to = response.Headers.Location?.ToString() ?? "";
                seen[i] = status switch
                {
                    401 or 403 => 'F',
                    302 when to.Contains("/Account/Login") || to.Contains("/Account/AccessDenied") => 'F',
                    404 => 'N',
                    >= 500 => '!',
                    _ => 'A',
                };
                if (seen[i] == '!' || (expected[i] != '*' && expected[i] != seen[i]))
                    failures.Add($"/{page} as {AuthorizationMatrix.Callers[i]}: expected {expected[i]}, got {status} {to}");
            }
            observed.AppendLine($"[\"{page}\"] = \"{new string(seen)}\",");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n\nObserved:\n" + observed);
    }

    private async Task<List<string>> EndpointsAsync()
    {
        using var doc = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"));
        return doc.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(m => m.Name is "get" or "post" or "put" or "delete")
                .Select(m => $"{m.Name.ToUpperInvariant()} {p.Name}"))
            .ToList();
    }

    private static async Task<string> Short(HttpResponseMessage r)
    {
        var body = await r.Content.ReadAsStringAsync();
        return body.Length > 160 ? body[..160] : body;
    }
}

[Collection("Sqlite")]
public sealed class AuthorizationMatrixSqlite(SqliteFactory f) : AuthorizationMatrixTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class AuthorizationMatrixPostgres(PostgresFactory f) : AuthorizationMatrixTests(f.WithClockReset());

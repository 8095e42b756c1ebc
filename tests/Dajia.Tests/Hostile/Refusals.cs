using System.Net;
using System.Text.Json;
using Dajia.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Hostile;

/// <summary>What every refused input must show: a 4xx, a Chinese message, and no row stored anywhere.</summary>
public static class Refusals
{
    /// <summary>Rows in every table of the model, so a test can show that a refusal stored nothing at all.</summary>
    public static Task<Dictionary<string, long>> CountRowsAsync(DajiaFactory app) => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var counts = new Dictionary<string, long>();
        foreach (var table in db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct())
        {
            // Table names come from our own model, not from input.
            var sql = "SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\"";
            counts[table] = await db.Database.SqlQueryRaw<long>(sql).SingleAsync();
        }
        return counts;
    });

    public static async Task AssertNothingStoredAsync(DajiaFactory app, Dictionary<string, long> before)
    {
        var after = await CountRowsAsync(app);
        var changed = after.Where(a => before.GetValueOrDefault(a.Key) != a.Value)
            .Select(a => $"{a.Key}: {before.GetValueOrDefault(a.Key)} → {a.Value}");
        Assert.True(!changed.Any(), "A refused request stored rows:\n" + string.Join("\n", changed));
    }

    /// <summary>An API refusal: the status, a ProblemDetails whose title (and detail or field messages) are Chinese.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, int status = 400)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {Short(body)}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.True(Http.HasChinese(json.GetProperty("title").GetString() ?? ""), "title not Chinese: " + body);
        var words = json.TryGetProperty("detail", out var d) ? d.GetString() ?? "" : "";
        if (json.TryGetProperty("errors", out var errors))
            words += string.Concat(errors.EnumerateObject().SelectMany(e => e.Value.EnumerateArray()).Select(e => e.GetString()));
        Assert.True(Http.HasChinese(words), "no Chinese message besides the title: " + body);
        return json;
    }

    /// <summary>A page refusal: a 4xx (or the form again, 200) with the given Chinese words on the page.</summary>
    public static async Task<string> PageAsync(HttpResponseMessage response, string words, int status = 400)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {Short(MainPart(html))}");
        Assert.True(html.Contains(words), $"the page does not say “{words}”: {Short(MainPart(html))}");
        return html;
    }

    /// <summary>The page without its head and navigation: what a failure message should show.</summary>
    private static string MainPart(string html) => html.IndexOf("<main", StringComparison.Ordinal) is var i and >= 0 ? html[i..] : html;

    public static string Short(string s) => s.Length > 400 ? s[..400] : s;
}

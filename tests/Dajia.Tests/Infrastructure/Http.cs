using System.Net;
using System.Text.Json;

namespace Dajia.Tests.Infrastructure;

public static class Http
{
    /// <summary>Asserts the status and that the body is an RFC 9457 problem; returns its JSON.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, json.GetProperty("status").GetInt32());
        return json;
    }

    /// <summary>The newest clue the search finds, for a test that knows its own tag.</summary>
    public static async Task<Guid> FindClueAsync(this HttpClient staff, string text) =>
        (await (await staff.GetAsync($"/api/clues?q={Uri.EscapeDataString(text)}")).JsonAsync())
            .GetProperty("items")[0].GetProperty("id").GetGuid();

    /// <summary>Posts a public report, under an Idempotency-Key when given, and returns its receipt.</summary>
    public static async Task<(string Code, string Key)> ReportAsync(this HttpClient client, object body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post,
            "/api/public/reports")
        { Content = System.Net.Http.Json.JsonContent.Create(body) };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        var json = await (await client.SendAsync(request)).JsonAsync(HttpStatusCode.Created);
        return (json.GetProperty("trackingCode").GetString()!, json.GetProperty("accessKey").GetString()!);
    }

    /// <summary>Sends a JSON write that was based on <paramref name="version"/> (If-Match: "3").</summary>
    public static Task<HttpResponseMessage> SendIfMatchAsync(this HttpClient client, HttpMethod method, string url, object body,
        int version)
    {
        var request = new HttpRequestMessage(method, url) { Content = System.Net.Http.Json.JsonContent.Create(body) };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{version}\""));
        return client.SendAsync(request);
    }

    /// <summary>Starts a deadline under the rule for a subject that only the test knows (POST /api/deadlines).</summary>
    public static async Task<JsonElement> AttachDeadlineAsync(this HttpClient staff, string ruleCode, DateTimeOffset startedAt) =>
        await (await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(staff, "/api/deadlines",
            new { subjectType = "Clue", subjectId = Guid.NewGuid(), ruleCode, startedAt })).JsonAsync(HttpStatusCode.Created);

    public static string Title(this JsonElement problem) => problem.GetProperty("title").GetString()!;

    public static string[] ErrorsFor(this JsonElement problem, string field) =>
        problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!).ToArray();

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    public static bool HasChinese(string s) => s.Any(c => c is >= '\u4e00' and <= '\u9fff');
}

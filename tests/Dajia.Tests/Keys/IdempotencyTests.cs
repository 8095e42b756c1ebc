using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Dajia.Web.Data;
using Dajia.Web.Domain;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Features.Clues;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Keys;

/// <summary>An Idempotency-Key gives back a receipt only to the same request, and is kept nowhere in clear.</summary>
public abstract partial class IdempotencyTests(DajiaFactory app)
{
    private static object Report(World w, string text, string name = "李重试") => new
    {
        kind = "Report", category = "FakeBrand", description = $"{text} {w.Tag}", anonymous = false, informantName = name,
        informantMobile = "13912345678", jurisdictionId = w.Town.Id,
    };

    private Task<HttpResponseMessage> PostAsync(object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/public/reports") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return app.CreateClient().SendAsync(request);
    }

    private Task<List<Clue>> CluesAsync(World w) =>
        app.InScopeAsync(sp =>
            sp.GetRequiredService<AppDbContext>().Clues.AsNoTracking().Where(c => c.JurisdictionId == w.Town.Id).ToListAsync());

    [Fact]
    public async Task The_same_request_again_gets_the_same_receipt_and_another_request_under_the_key_gets_a_chinese_422_and_nothing()
    {
        var w = await World.CreateAsync(app);
        var key = "retry-" + w.Tag;
        var first = await (await PostAsync(Report(w, "第一次"), key)).JsonAsync(HttpStatusCode.Created);
        var again = await (await PostAsync(Report(w, "第一次"), key)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(first.GetRawText(), again.GetRawText());

        // Someone who learnt or guessed the key, sending their own report (or only another name) under it.
        foreach (var other in new[] { Report(w, "别人的举报"), Report(w, "第一次", name: "王冒名") })
        {
            var response = await PostAsync(other, key);
            var body = await response.Content.ReadAsStringAsync();
            var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Equal("Idempotency-Key 已用于另一份举报", problem.Title());
            Assert.True(Http.HasChinese(problem.GetProperty("detail").GetString()!));
            Assert.DoesNotContain(first.GetProperty("trackingCode").GetString()!, body);
            Assert.DoesNotContain(first.GetProperty("accessKey").GetString()!, body);
        }
        var clue = Assert.Single(await CluesAsync(w));
        Assert.Equal(first.GetProperty("trackingCode").GetString(), clue.TrackingCode);
    }

    [Fact]
    public async Task Neither_the_key_nor_the_access_key_is_stored_or_audited_in_clear()
    {
        var w = await World.CreateAsync(app);
        var key = "secret-key-" + w.Tag;
        var receipt = await (await PostAsync(Report(w, "审计"), key)).JsonAsync(HttpStatusCode.Created);
        var accessKey = receipt.GetProperty("accessKey").GetString()!;

        var clue = Assert.Single(await CluesAsync(w));
        Assert.StartsWith("pbkdf2$", clue.AccessKeyHash);
        Assert.True(clue.AccessKeyHash.Length <= 64);
        Assert.DoesNotContain(key, clue.IdempotencyKeyHash);
        Assert.Equal(64, clue.IdempotencyKeyHash!.Length);
        var entries = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<AuditEntry>()
            .Where(e => e.EntityId == clue.Id.ToString()).Select(e => e.Changes).ToListAsync());
        var audited = Assert.Single(entries);
        foreach (var secret in new[] { key, accessKey, clue.AccessKeyHash, clue.IdempotencyKeyHash, clue.IdempotencyRequestHash! })
            Assert.DoesNotContain(secret, audited);
        Assert.Contains("\"AccessKeyHash\":{\"after\":\"***\"}", audited);
    }

    [Fact]
    public async Task Access_keys_match_in_any_case_a_wrong_one_fails_and_an_old_unsalted_hash_works_once_then_is_replaced()
    {
        var w = await World.CreateAsync(app);
        var (code, accessKey) = await app.CreateClient().ReportAsync(Report(w, "查询"));
        Assert.Equal(HttpStatusCode.OK, (await TrackAsync(code, accessKey.ToLowerInvariant())).StatusCode);
        await (await TrackAsync(code, "WRONGKEY")).ProblemAsync(HttpStatusCode.NotFound);

        // A row from before: SHA-256 of the key in hex, no salt.
        var legacy = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(accessKey)));
        await SetHashAsync(code, legacy);
        await (await TrackAsync(code, "WRONGKEY")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(legacy, await HashOfAsync(code));
        Assert.Equal(HttpStatusCode.OK, (await TrackAsync(code, accessKey)).StatusCode);
        var rehashed = await HashOfAsync(code);
        Assert.StartsWith("pbkdf2$", rehashed);
        Assert.Equal(HttpStatusCode.OK, (await TrackAsync(code, accessKey)).StatusCode);

        // The page for people checks with the same verifier.
        var page = await (await app.CreateClient().GetAsync($"/Track?trackingCode={code}&accessKey={accessKey}"))
            .Content.ReadAsStringAsync();
        Assert.Contains(code, page);
    }

    [Fact]
    public async Task The_report_page_sent_twice_makes_one_report_and_sent_again_changed_says_so_in_chinese_and_stores_nothing()
    {
        var w = await World.CreateAsync(app);
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var formKey = Guid.NewGuid().ToString("N");
        List<KeyValuePair<string, string>> Fields(string text) =>
        [
            new("IdempotencyKey", formKey), new("JurisdictionId", w.Town.Id.ToString()), new("Kind", "Report"),
                new("Category", "FakeBrand"),
            new("Description", $"{text} {w.Tag}"), new("Anonymous", "true"),
        ];
        var first = await (await client.PostFormAsync("/Report", Fields("页面举报"))).Content.ReadAsStringAsync();
        var second = await (await client.PostFormAsync("/Report", Fields("页面举报"))).Content.ReadAsStringAsync();
        var code = TrackingCode().Match(first).Value;
        Assert.NotEmpty(code);
        Assert.Equal(code, TrackingCode().Match(second).Value);

        var changed = await (await client.PostFormAsync("/Report", Fields("页面举报（改过）"))).Content.ReadAsStringAsync();
        Assert.Contains("这份表单已经提交过", changed);
        Assert.DoesNotContain(code, changed);
        Assert.Single(await CluesAsync(w));
    }

    [Fact]
    public async Task Keys_stored_in_clear_by_an_older_version_are_forgotten_and_masked_in_the_audit_log_on_the_next_start()
    {
        var w = await World.CreateAsync(app);
        var (code, _) = await app.CreateClient().ReportAsync(Report(w, "旧版本"));
        var clear = "old-clear-key-" + w.Tag;
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var id = await db.Clues.Where(c => c.TrackingCode == code).Select(c => c.Id).SingleAsync();
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""UPDATE "Clues" SET "IdempotencyKey" = {clear}, "AccessKeyCipher" = 'x' WHERE "Id" = {id}""");
            var changes = $"{{\"IdempotencyKey\":{{\"after\":\"{clear}\"}},\"AccessKeyHash\":{{\"after\":\"{new string('a', 64)}\"}}}}";
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                UPDATE "AuditEntries" SET "Changes" = {changes}
                WHERE "EntityId" = {id.ToString()}
                """);
            await db.Counters.Where(c => c.Key == IdempotencyUpgrade.Key).ExecuteDeleteAsync();
            await IdempotencyUpgrade.RunAsync(db);
            return 0;
        });

        var clue = Assert.Single(await CluesAsync(w));
        Assert.Null(clue.IdempotencyKeyHash);
        Assert.Null(clue.AccessKeyCipher);
        var audited = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<AuditEntry>()
            .Where(e => e.EntityId == clue.Id.ToString()).Select(e => e.Changes).SingleAsync());
        Assert.DoesNotContain(clear, audited);
        Assert.DoesNotContain(new string('a', 64), audited);
    }

    private Task<HttpResponseMessage> TrackAsync(string code, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/public/reports/{code}");
        request.Headers.Add("X-Access-Key", key);
        return app.CreateClient().SendAsync(request);
    }

    private Task SetHashAsync(string code, string hash) => app.InScopeAsync(sp =>
        sp.GetRequiredService<AppDbContext>()
            .Clues.Where(c => c.TrackingCode == code).ExecuteUpdateAsync(s => s.SetProperty(c => c.AccessKeyHash, hash)));

    private Task<string> HashOfAsync(string code) => app.InScopeAsync(sp =>
        sp.GetRequiredService<AppDbContext>().Clues.Where(c => c.TrackingCode == code).Select(c => c.AccessKeyHash).SingleAsync());

    [GeneratedRegex("DJ[23456789A-HJKMNP-Z]{10}")]
    private static partial Regex TrackingCode();
}

[Collection("Sqlite")]
public sealed class IdempotencySqlite(SqliteFactory f) : IdempotencyTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class IdempotencyPostgres(PostgresFactory f) : IdempotencyTests(f.WithClockReset());

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dajia.Tests.Access;

/// <summary>Two people acting on one record at once: exactly one wins, the other is told to reload, nothing is half-saved.</summary>
public abstract class ConcurrencyTests(DajiaFactory app)
{
    private async Task<(World W, HttpClient Staff, Guid Clue)> ClueAsync(string text)
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        await app.CreateClient()
            .ReportAsync(new { kind = "Report", description = $"{text} {w.Tag}", anonymous = true, jurisdictionId = w.Town.Id });
        var staff = await w.ClientFor(w.Staff);
        return (w, staff, await staff.FindClueAsync(w.Tag));
    }

    [Fact]
    public async Task Accept_and_reject_sent_at_once_leave_exactly_one_decision()
    {
        for (var round = 0; round < 5; round++)
        {
            var (w, staff, id) = await ClueAsync("同时受理与不予受理");
            var other = await w.ClientFor(w.Admin);
            var answers = await Task.WhenAll(
                staff.PostAsJsonAsync($"/api/clues/{id}/accept", new { }),
                other.PostAsJsonAsync($"/api/clues/{id}/reject", new { reason = "不属于受理范围" }));
            Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
            var lost = Assert.Single(answers, a => a.StatusCode != HttpStatusCode.OK);
            await lost.ProblemAsync(HttpStatusCode.Conflict);
            var clue = await (await staff.GetAsync($"/api/clues/{id}")).JsonAsync();
            var kinds = clue.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
            Assert.Equal(2, kinds.Count);
            Assert.Equal(clue.GetProperty("status").GetString(), kinds[1]);
        }
    }

    [Fact]
    public async Task Ten_assignments_at_once_make_one_assignment_and_one_time_limit()
    {
        var (w, staff, id) = await ClueAsync("十次同时交办");
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/accept", new { })).JsonAsync();
        var clients = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => w.ClientFor(i % 2 == 0 ? w.Staff : w.Admin)));
        var answers = await Task.WhenAll(clients.Select(c => c.PostAsJsonAsync($"/api/clues/{id}/assign", new { unitId = w.UnitA.Id })));
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        var clue = await (await staff.GetAsync($"/api/clues/{id}")).JsonAsync();
        var sequences = clue.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("sequence").GetInt32()).ToList();
        Assert.Equal([1, 2, 3], sequences);
        Assert.Single(clue.GetProperty("deadlines").EnumerateArray(), d => d.GetProperty("ruleCode").GetString() == "clue.verify");
    }

    [Fact]
    public async Task Three_extensions_at_once_against_a_limit_of_one_extend_once()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        var created = await staff.AttachDeadlineAsync("clue.verify", new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero));
        var id = created.GetProperty("id").GetGuid();
        var clients = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => w.ClientFor(w.Staff)));
        var answers = await Task.WhenAll(clients.Select(c =>
            c.PostAsJsonAsync($"/api/deadlines/{id}/extend", new { requestedBy = "市场监管分局", reason = "需送检鉴定" })));
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        var after = await (await staff.GetAsync($"/api/deadlines/{id}")).JsonAsync();
        Assert.Single(after.GetProperty("history").EnumerateArray(), h => h.GetProperty("kind").GetString() == "Extended");
    }

    [Fact]
    public async Task An_action_on_a_stale_version_is_refused_and_changes_nothing()
    {
        var (w, staff, id) = await ClueAsync("过期版本");
        var read = await staff.GetAsync($"/api/clues/{id}");
        var etag = read.Headers.ETag!.Tag;
        Assert.Equal($"\"{(await read.JsonAsync()).GetProperty("version").GetInt32()}\"", etag);

        var accept = new HttpRequestMessage(HttpMethod.Post, $"/api/clues/{id}/accept") { Content = JsonContent.Create(new { }) };
        accept.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        var accepted = await staff.SendAsync(accept);
        await accepted.JsonAsync();
        Assert.NotEqual(etag, accepted.Headers.ETag!.Tag);

        var stale = new HttpRequestMessage(HttpMethod.Post,
            $"/api/clues/{id}/assign")
        { Content = JsonContent.Create(new { unitId = w.UnitA.Id }) };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        var problem = await (await staff.SendAsync(stale)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("已被他人修改，请刷新后重试", problem.GetProperty("detail").GetString());
        var malformed = new HttpRequestMessage(HttpMethod.Post, $"/api/clues/{id}/close") { Content = JsonContent.Create(new { }) };
        malformed.Headers.TryAddWithoutValidation("If-Match", "version-one");
        await (await staff.SendAsync(malformed)).ProblemAsync(HttpStatusCode.BadRequest);
        // If-Match compares strongly: a weak tag never matches, so it is refused rather than taken as a match.
        var weak = new HttpRequestMessage(HttpMethod.Post, $"/api/clues/{id}/close") { Content = JsonContent.Create(new { }) };
        weak.Headers.TryAddWithoutValidation("If-Match", $"W/{accepted.Headers.ETag!.Tag}");
        await (await staff.SendAsync(weak)).ProblemAsync(HttpStatusCode.BadRequest);
        var clue = await (await staff.GetAsync($"/api/clues/{id}")).JsonAsync();
        Assert.Equal("Accepted", clue.GetProperty("status").GetString());
        Assert.Equal(2, clue.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task A_page_form_read_before_someone_else_acted_says_so_in_chinese()
    {
        var (w, staff, id) = await ClueAsync("页面过期");
        var page = await Pages.SignInAsync(app, w.Admin);
        var version = (await (await staff.GetAsync($"/api/clues/{id}")).JsonAsync()).GetProperty("version").GetInt32();
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/accept", new { })).JsonAsync();
        var answer = await page.PostFormAsync($"/Clues/{id}",
            new Dictionary<string, string> { ["action"] = "reject", ["version"] = $"{version}", ["Reason"] = "重复" },
            $"/Clues/{id}?handler=Act");
        var html = await answer.Content.ReadAsStringAsync();
        // Nothing typed was wrong: the page says the step was not taken because someone else acted first.
        Assert.Contains("已被他人修改：在您提交之前，其他人已先修改了这条记录", html);
        Assert.Contains("操作未完成：", html);
        Assert.DoesNotContain("请更正以下问题", html);
        var clue = await (await staff.GetAsync($"/api/clues/{id}")).JsonAsync();
        Assert.Equal("Accepted", clue.GetProperty("status").GetString());
    }
}

[Collection("Sqlite")]
public sealed class ConcurrencySqlite(SqliteFactory f) : ConcurrencyTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class ConcurrencyPostgres(PostgresFactory f) : ConcurrencyTests(f.WithClockReset());

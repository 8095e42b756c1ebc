using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dajia.Web.Data;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Features.Clues;
using Dajia.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Clues;

/// <summary>
/// The duty to tell a real-name informant follows the latest verification result; and on start, deadlines left open on
/// clues an older version closed, rejected or merged are ended.
/// </summary>
public abstract class FeedbackDutyTests(DajiaFactory app)
{
    private static readonly DateTimeOffset Wednesday = new(2026, 11, 18, 2, 0, 0, TimeSpan.Zero);

    private async Task<(World W, HttpClient Staff, HttpClient Lead, Guid Id)> VerifiedAsync(string text)
    {
        app.Clock.Now = Wednesday;
        var w = await World.CreateAsync(app);
        await app.CreateClient().ReportAsync(new
        {
            kind = "Report", description = $"{text} {w.Tag}", anonymous = false, jurisdictionId = w.Town.Id,
            informantName = "林小红", informantMobile = "13812345678",
        });
        var staff = await w.ClientFor(w.Staff);
        var id = await staff.FindClueAsync(w.Tag);
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/accept", new { })).JsonAsync();
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/assign", new { unitId = w.UnitA.Id })).JsonAsync();
        var lead = await w.ClientFor(w.LiaisonA);
        await (await lead.PostAsJsonAsync($"/api/clues/{id}/take", new { })).JsonAsync();
        await (await lead.PostAsJsonAsync($"/api/clues/{id}/verify", new { result = "False", notes = "现场未发现" })).JsonAsync();
        return (w, staff, lead, id);
    }

    private static string[] NotifyStates(JsonElement clue) => clue.GetProperty("deadlines").EnumerateArray()
        .Where(d => d.GetProperty("ruleCode").GetString() == RuleCodes.InformantNotify)
        .Select(d => d.GetProperty("state").GetString() is "DueSoon" ? "Open" : d.GetProperty("state").GetString()!).ToArray();

    [Fact]
    public async Task An_informant_told_a_result_that_was_sent_back_is_owed_the_new_one_before_closing()
    {
        var (w, staff, lead, id) = await VerifiedAsync("退回重查后重新告知");
        var told = await (await staff.PostAsJsonAsync($"/api/clues/{id}/notify", new { how = "电话告知：未发现问题" })).JsonAsync();
        Assert.Equal(["MetOnTime"], NotifyStates(told));

        var back = await (await staff.PostAsJsonAsync($"/api/clues/{id}/verification/send-back", new { reason = "未查仓库，请补查" }))
            .JsonAsync();
        Assert.Equal(JsonValueKind.Null, back.GetProperty("informantNotifiedAt").ValueKind);
        Assert.Contains(back.GetProperty("events").EnumerateArray(), e => e.GetProperty("kind").GetString() == "InformantNotified");
        await (await lead.PostAsJsonAsync($"/api/clues/{id}/verify", new { result = "True", notes = "仓库查获假冒商品" })).JsonAsync();
        // The office's duty: the lead unit's liaison does not see it.
        var again = await (await staff.GetAsync($"/api/clues/{id}")).JsonAsync();
        Assert.Equal(["MetOnTime", "Open"], NotifyStates(again));
        Assert.Contains("notify", again.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));

        // The earlier telling does not let the clue close; the page offers the notification form again.
        var refused = await (await staff.PostAsJsonAsync($"/api/clues/{id}/close", new { publicOutcome = "经核查，举报属实，已依法处理。" }))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("告知", refused.GetProperty("detail").GetString());
        var page = await (await Pages.SignInAsync(app, w.Staff)).GetStringAsync($"/Clues/{id}");
        Assert.Contains("id=\"notify\"", page);

        await (await staff.PostAsJsonAsync($"/api/clues/{id}/notify", new { how = "电话告知复查结果" })).JsonAsync();
        var closed = await (await staff.PostAsJsonAsync($"/api/clues/{id}/close", new { publicOutcome = "经核查，举报属实，已依法处理。" }))
            .JsonAsync();
        Assert.Equal(["MetOnTime", "MetOnTime"], NotifyStates(closed));
    }

    [Fact]
    public async Task A_sent_back_result_not_yet_told_ends_that_duty_and_the_next_result_starts_its_own()
    {
        var (_, staff, lead, id) = await VerifiedAsync("退回时尚未告知");
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/verification/send-back", new { reason = "证据不足" })).JsonAsync();
        var back = await (await staff.GetAsync($"/api/clues/{id}")).JsonAsync();
        Assert.Equal(["Ended"], NotifyStates(back));
        await (await lead.PostAsJsonAsync($"/api/clues/{id}/verify", new { result = "True", notes = "复查属实" })).JsonAsync();
        var again = await (await staff.GetAsync($"/api/clues/{id}")).JsonAsync();
        Assert.Equal(["Ended", "Open"], NotifyStates(again));
    }

    [Fact]
    public async Task On_start_deadlines_left_open_on_clues_closed_rejected_or_merged_by_an_older_version_are_ended_once()
    {
        var (w, staff, _, closedId) = await VerifiedAsync("旧版本办结未结束告知期限");
        var (w2, staff2, _, openId) = await VerifiedAsync("仍在办理的线索");
        // An older version closed the clue without ending the duty to tell the informant.
        await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Unscoped<Clue>().Where(c => c.Id == closedId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ClueStatus.Closed)));
        Assert.Equal(["Open"], NotifyStates(await (await staff.GetAsync($"/api/clues/{closedId}")).JsonAsync()));

        var ended = await app.InScopeAsync(sp =>
            EndedClueDeadlinesUpgrade.RunAsync(sp.GetRequiredService<AppDbContext>(), sp.GetRequiredService<TimeProvider>()));
        Assert.True(ended >= 1);
        Assert.Equal(0, await app.InScopeAsync(sp =>
            EndedClueDeadlinesUpgrade.RunAsync(sp.GetRequiredService<AppDbContext>(), sp.GetRequiredService<TimeProvider>())));

        Assert.Equal(["Ended"], NotifyStates(await (await staff.GetAsync($"/api/clues/{closedId}")).JsonAsync()));
        Assert.Equal(["Open"], NotifyStates(await (await staff2.GetAsync($"/api/clues/{openId}")).JsonAsync()));
        var history = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Unscoped<Deadline>()
            .Where(d => d.SubjectId == closedId && d.RuleCode == RuleCodes.InformantNotify)
            .SelectMany(d => d.History).OrderByDescending(h => h.Sequence).FirstAsync());
        Assert.Equal((DeadlineChangeKind.Ended, "system", "ClueClosed"), (history.Kind, history.By, history.Note));
        Assert.NotEqual(w.Tag, w2.Tag);
    }
}

[Collection("Sqlite")]
public sealed class FeedbackDutySqlite(SqliteFactory f) : FeedbackDutyTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class FeedbackDutyPostgres(PostgresFactory f) : FeedbackDutyTests(f.WithClockReset());

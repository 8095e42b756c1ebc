using System.Net;
using System.Text.Json;
using Dajia.Web.Data;
using Dajia.Web.Domain.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Dajia.Tests.Reporting.ReportingTests;

namespace Dajia.Tests.Reporting;

/// <summary>
/// A unit's submission and the office closing the round at the same moment: either the submission is in and the round
/// closed after it, or the submission is refused with 本期报送已结束 — never a submission into a closed round.
/// </summary>
public abstract class ReportRaceTests(DajiaFactory app)
{
    private const string Form = ReportOfficeTests.Form;
    private const string ReadOnly = "本期报送已结束，报表只读";

    private async Task<(World W, HttpClient Staff, HttpClient Liaison, string Url, JsonElement Draft)> DraftAsync()
    {
        app.Clock.Now = China(2017, 9, 13);
        var w = await World.CreateAsync(app);
        var (staff, liaison) = (await w.ClientFor(w.Staff), await w.ClientFor(w.LiaisonA));
        await PlanAsync(staff);
        var url = ReportOfficeTests.UnitUrl("2017Q3", w.UnitA.Id);
        var draft = await SaveAsync(liaison, url, await (await liaison.GetAsync(url)).JsonAsync(), new() { ["publicity.events"] = 1 });
        return (w, staff, liaison, url, draft);
    }

    private static async Task AssertOneOutcomeAsync(HttpResponseMessage submit, HttpClient liaison, string url)
    {
        var report = await (await liaison.GetAsync(url)).JsonAsync();
        if (submit.StatusCode == HttpStatusCode.OK)
        {
            Assert.Equal("Submitted", report.GetProperty("state").GetString());
            Assert.Equal(1, report.GetProperty("snapshots").GetArrayLength());
        }
        else
        {
            Assert.Equal(ReadOnly, (await submit.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
            Assert.Equal("Draft", report.GetProperty("state").GetString());
            Assert.Equal(0, report.GetProperty("snapshots").GetArrayLength());
        }
        Assert.Equal(ReadOnly, report.GetProperty("lockReason").GetString());
    }

    [Fact]
    public async Task A_submit_and_a_close_sent_at_once_end_in_one_outcome()
    {
        for (var i = 0; i < 4; i++)
        {
            var (_, staff, liaison, url, draft) = await DraftAsync();
            var answers = await Task.WhenAll(
                liaison.SendIfMatchAsync(HttpMethod.Post, $"{url}/submit", new { }, draft.GetProperty("version").GetInt32()),
                staff.PostAsync($"{Form}/2017Q3/close", null));
            Assert.True((await answers[1].JsonAsync()).GetProperty("closed").GetBoolean());
            await AssertOneOutcomeAsync(answers[0], liaison, url);
        }
    }

    [Fact]
    public async Task A_submit_that_meets_a_close_in_flight_waits_for_it_and_is_refused()
    {
        var (w, _, liaison, url, draft) = await DraftAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var round = await db.Set<ReportRound>().SingleAsync(r => r.JurisdictionId == w.Town.Id && r.Period == "2017Q3");
        // The office's close, written but not yet committed while the liaison's submit comes in.
        var close = await db.Database.BeginTransactionAsync();
        Task<HttpResponseMessage> submit;
        try
        {
            await db.Set<ReportRound>().Where(r => r.Id == round.Id).ExecuteUpdateAsync(u => u
                .SetProperty(r => r.ClosedAt, app.Clock.Now).SetProperty(r => r.ClosedBy, "office.staff")
                .SetProperty(r => r.Version, r => r.Version + 1));
            submit = liaison.SendIfMatchAsync(HttpMethod.Post, $"{url}/submit", new { }, draft.GetProperty("version").GetInt32());
            // Gives the submit time to read the round while it is still open; it must then wait for this commit and refuse.
            await Task.WhenAny(submit, Task.Delay(TimeSpan.FromSeconds(1)));
            await close.CommitAsync();
        }
        finally
        {
            await close.DisposeAsync();
        }
        var answer = await submit;
        Assert.Equal(ReadOnly, (await answer.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        await AssertOneOutcomeAsync(answer, liaison, url);
    }
}

[Collection("Sqlite")]
public sealed class ReportRaceSqlite(SqliteFactory f) : ReportRaceTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class ReportRacePostgres(PostgresFactory f) : ReportRaceTests(f.WithClockReset());

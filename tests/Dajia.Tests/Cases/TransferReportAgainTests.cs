using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dajia.Web.Domain.Cases;

namespace Dajia.Tests.Cases;

/// <summary>
/// 负责人不批准移送 is not a dead end: the case still may not be fined in place of the transfer, and its officers may report it
/// again, which the head (not the new reporter) decides within a fresh 3 days.
/// </summary>
public abstract class TransferReportAgainTests(DajiaFactory app)
{
    // Wed 20 Sep 2017, 10:00 in China.
    private static readonly DateTimeOffset Now = new(2017, 9, 20, 2, 0, 0, TimeSpan.Zero);

    private static async Task<JsonElement> ViewAsync(HttpClient c, Guid caseId) =>
        await (await c.GetAsync($"/api/cases/{caseId}/transfer")).JsonAsync();

    private static Task<HttpResponseMessage> StepAsync(HttpClient c, Guid caseId, string step, object body, JsonElement view) =>
        c.SendIfMatchAsync(HttpMethod.Post, $"/api/cases/{caseId}/transfer/{step}", body,
            view.GetProperty("transfer").GetProperty("version").GetInt32());

    [Fact]
    public async Task A_transfer_the_head_refused_can_be_reported_again_and_the_fine_stays_barred()
    {
        var t = await CaseDocsTown.CreateAsync(app, Now);
        var caseId = await t.CaseAsync(ViolationType.Substandard, 60_000m, 0m);
        var admin = await t.W.ClientFor(t.W.Admin);
        await (await t.Staff.PostAsJsonAsync($"/api/cases/{caseId}/transfer", new { police = "大涌派出所", note = "销售金额六万元" }))
            .JsonAsync(HttpStatusCode.Created);
        var rejected = await (await StepAsync(admin, caseId, "reject", new { note = "销售金额证据不足" }, await ViewAsync(t.Staff, caseId)))
            .JsonAsync();
        Assert.Equal("NotApproved", rejected.GetProperty("status").GetString());
        Assert.Equal(["report"], rejected.GetProperty("nextSteps").EnumerateArray().Select(s => s.GetString()));

        var c = await (await t.Staff.GetAsync($"/api/cases/{caseId}")).JsonAsync();
        var fine = await (await t.Staff.ActAsync(c, "decide", new { penalties = new[] { "Fine" }, fine = 5000m, summary = "罚款" }))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("不得以行政处罚代替移送", fine.GetProperty("detail").GetString());
        var page = await (await (await Pages.SignInAsync(app, t.W.Staff)).GetAsync($"/Cases/{caseId}")).Content.ReadAsStringAsync();
        Assert.Contains("id=\"transfer-report-again-hint\"", page);
        Assert.Contains("重新提出移送报告", page);

        // Reported again two days later, with the missing evidence; the head has three days from then.
        app.Clock.Now = Now.AddDays(2);
        (admin, var staff) = (await t.W.ClientFor(t.W.Admin), await t.W.ClientFor(t.W.Staff));
        var again = await (await admin.PostAsJsonAsync($"/api/cases/{caseId}/transfer",
            new { police = "中山市公安局大涌分局", note = "补充销售台账，销售金额六万元" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(("Reported", "中山市公安局大涌分局", 3),
            (again.GetProperty("status").GetString(), again.GetProperty("police").GetString(),
                again.GetProperty("steps").GetArrayLength()));
        var view = await ViewAsync(staff, caseId);
        var approvals = view.GetProperty("deadlines").EnumerateArray()
            .Where(d => d.GetProperty("ruleCode").GetString() == "transfer.approve").ToList();
        Assert.Equal(2, approvals.Count);
        Assert.Equal("2017-09-25", approvals[1].GetProperty("dueOn").GetString());
        Assert.Contains("已提出移送", (await (await staff.PostAsJsonAsync($"/api/cases/{caseId}/transfer",
            new { police = "大涌派出所", note = "再报" })).ProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());

        // The one who reported it again cannot approve it; another office member can, the first reporter too.
        await (await StepAsync(admin, caseId, "approve", new { }, view)).ProblemAsync(HttpStatusCode.Conflict);
        var approved = await (await StepAsync(staff, caseId, "approve", new { note = "同意移送" }, view)).JsonAsync();
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await (await t.W.ClientFor(t.W.LiaisonB)).PostAsJsonAsync($"/api/cases/{caseId}/transfer",
            new { police = "大涌派出所", note = "外单位" })).StatusCode);
    }
}

[Collection("Sqlite")]
public sealed class TransferReportAgainSqlite(SqliteFactory f) : TransferReportAgainTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class TransferReportAgainPostgres(PostgresFactory f) : TransferReportAgainTests(f.WithClockReset());

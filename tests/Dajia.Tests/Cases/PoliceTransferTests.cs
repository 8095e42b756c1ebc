using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dajia.Web.Domain.Cases;

namespace Dajia.Tests.Cases;

/// <summary>移送公安: the flag from the standards, each step on its clock (国务院令第310号), illegal steps refused.</summary>
public abstract class PoliceTransferTests(DajiaFactory app)
{
    // Wed 20 Sep 2017, 10:00 in China.
    private static readonly DateTimeOffset Now = new(2017, 9, 20, 2, 0, 0, TimeSpan.Zero);

    private static async Task<JsonElement> ViewAsync(HttpClient c, Guid caseId) =>
        await (await c.GetAsync($"/api/cases/{caseId}/transfer")).JsonAsync();

    private static JsonElement Clock(JsonElement view, string rule) =>
        view.GetProperty("deadlines").EnumerateArray().Last(d => d.GetProperty("ruleCode").GetString() == rule);

    private static async Task<JsonElement> StepAsync(HttpClient c, Guid caseId, string step, object body, JsonElement view) =>
        await (await c.SendIfMatchAsync(HttpMethod.Post, $"/api/cases/{caseId}/transfer/{step}", body,
            view.GetProperty("transfer").GetProperty("version").GetInt32())).JsonAsync();

    [Fact]
    public async Task A_case_is_flagged_by_the_standard_its_values_cross_on_its_date()
    {
        var t = await CaseDocsTown.CreateAsync(app, Now);
        var below = await ViewAsync(t.Staff, await t.CaseAsync(caseValue: 12_000m, goodsValue: 36_000m));
        Assert.False(below.GetProperty("flagged").GetBoolean());
        Assert.Equal("SellingCounterfeitGoods", below.GetProperty("offence").GetString());
        var over = await ViewAsync(t.Staff, await t.CaseAsync(caseValue: 40_000m, goodsValue: 120_000m));
        Assert.True(over.GetProperty("flagged").GetBoolean());
        Assert.Equal("selling.combined", over.GetProperty("crossed").GetProperty("code").GetString());
        var noFigure = await ViewAsync(t.Staff, await t.CaseAsync(ViolationType.NoOrigin, 900_000m, 900_000m));
        Assert.False(noFigure.GetProperty("flagged").GetBoolean());
        Assert.Equal(JsonValueKind.Null, noFigure.GetProperty("offence").ValueKind);
    }

    [Fact]
    public async Task Each_step_meets_its_clock_and_starts_the_next()
    {
        var t = await CaseDocsTown.CreateAsync(app, Now);
        var caseId = await t.CaseAsync(ViolationType.Substandard, 60_000m, 0m);
        var reported = await (await t.Staff.PostAsJsonAsync($"/api/cases/{caseId}/transfer",
            new { police = "中山市公安局大涌分局", note = "销售金额六万元，涉嫌生产、销售伪劣产品罪" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("substandard.sales", reported.GetProperty("thresholdCode").GetString());
        Assert.Equal(["approve", "reject"], reported.GetProperty("nextSteps").EnumerateArray().Select(s => s.GetString()));
        var view = await ViewAsync(t.Staff, caseId);
        // Three days from Wed 20 Sep end on Saturday; a time limit ending on a rest day runs to the next working day.
        Assert.Equal("2017-09-25", Clock(view, "transfer.approve").GetProperty("dueOn").GetString());

        // Approved the next day at 15:00; handed over within 24 hours: due Thu 21 Sep 15:00 + 24 h.
        app.Clock.Now = Now.AddHours(29);
        var staff = await t.W.ClientFor(t.W.Staff);
        await StepAsync(await t.W.ClientFor(t.W.Admin), caseId, "approve", new { note = "同意移送" }, view);
        view = await ViewAsync(staff, caseId);
        Assert.NotEqual(JsonValueKind.Null, Clock(view, "transfer.approve").GetProperty("metAt").ValueKind);
        Assert.Equal(Now.AddHours(53), Clock(view, "transfer.handover").GetProperty("dueAt").GetDateTimeOffset());

        // Closing the exhibits before the police decided is not a step the transfer can take now.
        var early = await (await staff.PostAsJsonAsync($"/api/cases/{caseId}/transfer/hand-over-exhibits", new { }))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.True(Http.HasChinese(early.GetProperty("detail").GetString()!));

        await StepAsync(staff, caseId, "hand-over", new { note = "移送书及案卷材料已送达" }, view);
        view = await ViewAsync(staff, caseId);
        var refused = await StepAsync(staff, caseId, "police-decision", new { accepted = false, note = "不予立案通知书" }, view);
        Assert.Equal("PoliceRefused", refused.GetProperty("status").GetString());
        view = await ViewAsync(staff, caseId);
        Assert.Equal("2017-09-25", Clock(view, "transfer.reconsider").GetProperty("dueOn").GetString());
        await StepAsync(staff, caseId, "reconsider", new { note = "销售金额已达标准，提请复议" }, view);
        view = await ViewAsync(staff, caseId);
        // The police's answer to the request is their 复议决定 (第九条), on its own clock, not a second 立案审查.
        Assert.Equal(1, view.GetProperty("deadlines").EnumerateArray()
            .Count(d => d.GetProperty("ruleCode").GetString() == "transfer.police-decision"));
        Assert.Equal(JsonValueKind.Null, Clock(view, "transfer.review").GetProperty("metAt").ValueKind);
        await StepAsync(staff, caseId, "police-decision", new { accepted = true }, view);

        var exhibit = await (await t.AddExhibitAsync(staff, caseId)).JsonAsync(HttpStatusCode.Created);
        view = await ViewAsync(staff, caseId);
        var done = await StepAsync(staff, caseId, "hand-over-exhibits", new { note = "移交清单" }, view);
        Assert.Equal("Completed", done.GetProperty("status").GetString());
        Assert.Empty(done.GetProperty("nextSteps").EnumerateArray());
        Assert.Equal(7, done.GetProperty("steps").GetArrayLength());
        var goods = await (await staff.GetAsync($"/api/cases/{caseId}/exhibits/{exhibit.GetProperty("id").GetGuid()}")).JsonAsync();
        Assert.Equal("HandedToPolice", goods.GetProperty("disposal").GetString());
        view = await ViewAsync(staff, caseId);
        Assert.All(view.GetProperty("deadlines").EnumerateArray(),
            d => Assert.Contains(d.GetProperty("state").GetString(), new[] { "MetOnTime", "Ended" }));
    }

    [Fact]
    public async Task Two_different_steps_at_once_give_one_step_and_one_lost_race_never_a_500()
    {
        var t = await CaseDocsTown.CreateAsync(app, Now);
        var (liaison, admin) = (await t.W.ClientFor(t.W.LiaisonA), await t.W.ClientFor(t.W.Admin));
        for (var round = 0; round < 4; round++)
        {
            var caseId = await t.CaseAsync(ViolationType.Substandard, 60_000m, 0m);
            var reported = await (await liaison.PostAsJsonAsync($"/api/cases/{caseId}/transfer",
                new { police = "大涌派出所", note = "移送报告" })).JsonAsync(HttpStatusCode.Created);
            // Both read the same version, as two open pages do.
            var v = reported.GetProperty("version").GetInt32();
            var head = await Task.WhenAll(t.Staff.SendIfMatchAsync(HttpMethod.Post, $"/api/cases/{caseId}/transfer/approve", new { }, v),
                admin.SendIfMatchAsync(HttpMethod.Post, $"/api/cases/{caseId}/transfer/reject", new { note = "不同意" }, v));
            await OneWinsAsync(head, t.Staff, caseId, 2);
            var view = await ViewAsync(t.Staff, caseId);
            if (view.GetProperty("transfer").GetProperty("status").GetString() != "Approved") continue;
            v = (await StepAsync(t.Staff, caseId, "hand-over", new { }, view)).GetProperty("version").GetInt32();
            var url = $"/api/cases/{caseId}/transfer/police-decision";
            var police = await Task.WhenAll(t.Staff.SendIfMatchAsync(HttpMethod.Post, url, new { accepted = true }, v),
                liaison.SendIfMatchAsync(HttpMethod.Post, url, new { accepted = false, note = "不予立案" }, v));
            await OneWinsAsync(police, t.Staff, caseId, 4);
        }
    }

    private static async Task OneWinsAsync(HttpResponseMessage[] answers, HttpClient c, Guid caseId, int steps)
    {
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        var lost = await Assert.Single(answers, a => a.StatusCode != HttpStatusCode.OK).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("已被他人修改", lost.GetProperty("detail").GetString());
        Assert.Equal(steps, (await ViewAsync(c, caseId)).GetProperty("transfer").GetProperty("steps").GetArrayLength());
    }

    [Fact]
    public async Task A_second_report_a_missing_police_decision_and_outsiders_are_refused()
    {
        var t = await CaseDocsTown.CreateAsync(app, Now);
        var caseId = await t.CaseAsync(ViolationType.Substandard, 60_000m, 0m);
        var body = new { police = "大涌派出所", note = "移送报告" };
        var first = await t.Staff.PostAsJsonAsync($"/api/cases/{caseId}/transfer", body);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Contains("已提出移送", (await (await t.Staff.PostAsJsonAsync($"/api/cases/{caseId}/transfer", body))
            .ProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        var blank = await (await t.Staff.PostAsJsonAsync($"/api/cases/{await t.CaseAsync()}/transfer", new { police = " ", note = "" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(blank.ErrorsFor("police"));
        Assert.NotEmpty(blank.ErrorsFor("note"));
        await StepAsync(await t.W.ClientFor(t.W.Admin), caseId, "approve", new { }, await ViewAsync(t.Staff, caseId));
        await StepAsync(t.Staff, caseId, "hand-over", new { }, await ViewAsync(t.Staff, caseId));
        var noChoice = await (await t.Staff.PostAsJsonAsync($"/api/cases/{caseId}/transfer/police-decision", new { note = "?" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(noChoice.ErrorsFor("accepted"));
        var liaisonB = await t.W.ClientFor(t.W.LiaisonB);
        Assert.Equal(HttpStatusCode.NotFound, (await liaisonB.GetAsync($"/api/cases/{caseId}/transfer")).StatusCode);
        var other = await t.W.NeighbourAsync();
        Assert.Equal(HttpStatusCode.NotFound,
            (await (await other.ClientFor(other.Staff)).PostAsJsonAsync($"/api/cases/{caseId}/transfer/approve", new { })).StatusCode);
    }

    [Fact]
    public async Task A_step_document_is_kept_and_a_file_that_is_not_a_photo_or_pdf_is_refused()
    {
        var t = await CaseDocsTown.CreateAsync(app, Now);
        var caseId = await t.CaseAsync(ViolationType.Substandard, 60_000m, 0m);
        await t.Staff.PostAsJsonAsync($"/api/cases/{caseId}/transfer", new { police = "大涌派出所", note = "移送报告" });
        using var pdf = new MultipartFormDataContent
        {
            { new ByteArrayContent("%PDF-1.4\n移送书\n%%EOF"u8.ToArray()), "documents", "移送书.pdf" },
        };
        var kept = await (await t.Staff.PostAsync($"/api/cases/{caseId}/transfer/steps/1/documents", pdf)).JsonAsync();
        var doc = kept.GetProperty("steps")[0].GetProperty("documents")[0];
        Assert.Equal("移送书.pdf", doc.GetProperty("fileName").GetString());
        var download = await t.Staff.GetAsync(doc.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        using var exe = new MultipartFormDataContent { { new ByteArrayContent("MZ\u0090\0"u8.ToArray()), "documents", "a.pdf" } };
        var refused = await (await t.Staff.PostAsync($"/api/cases/{caseId}/transfer/steps/1/documents", exe))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(Http.HasChinese(refused.ErrorsFor("documents[0]").Single()));
    }
}

[Collection("Sqlite")]
public sealed class PoliceTransferSqlite(SqliteFactory f) : PoliceTransferTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class PoliceTransferPostgres(PostgresFactory f) : PoliceTransferTests(f.WithClockReset());

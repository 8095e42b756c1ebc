using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dajia.Tests.Cases;

/// <summary>
/// 移送结案: a case the police opened a case on (立案) is closed as transferred, its decision clock met, nothing to pay or
/// publish; before that, or for another reader, it is refused and nothing changes. The 结案审批表 names the outcome.
/// </summary>
public abstract class CloseTransferredTests(DajiaFactory app)
{
    // Wed 20 Sep 2017, 10:00 in China.
    private static readonly DateTimeOffset Now = new(2017, 9, 20, 2, 0, 0, TimeSpan.Zero);
    private const string Police = "中山市公安局大涌分局";

    private static async Task StepAsync(HttpClient c, Guid caseId, string step, object body)
    {
        var view = await (await c.GetAsync($"/api/cases/{caseId}/transfer")).JsonAsync();
        await (await c.SendIfMatchAsync(HttpMethod.Post, $"/api/cases/{caseId}/transfer/{step}", body,
            view.GetProperty("transfer").GetProperty("version").GetInt32())).JsonAsync();
    }

    /// <summary>A case over the standard, reported, approved and handed over; the police decide as told.</summary>
    private static async Task<JsonElement> TransferredAsync(CaseTown t, bool policeAccept, string type = "SellingCounterfeitGoods")
    {
        var c = await t.OpenAsync(t.Staff, new { caseValue = 60_000m, violationType = type });
        var id = c.GetProperty("id").GetGuid();
        await (await t.Staff.PostAsJsonAsync($"/api/cases/{id}/transfer", new { police = Police, note = "案值六万元，涉嫌犯罪" }))
            .JsonAsync(HttpStatusCode.Created);
        // The head's approval is the office's, never the reporter's own (PoliceTransferTests).
        await StepAsync(await t.W.ClientFor(t.W.Admin), id, "approve", new { note = "同意移送" });
        await StepAsync(t.Staff, id, "hand-over", new { note = "移送书已送达" });
        await StepAsync(t.Staff, id, "police-decision", new { accepted = policeAccept, note = policeAccept ? "立案决定书" : "不予立案" });
        return await t.Staff.GetCaseAsync(c);
    }

    private static string[] Allowed(JsonElement c) =>
        c.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()!).ToArray();

    [Fact]
    public async Task Once_the_police_opened_a_case_it_is_closed_as_transferred_with_its_decision_clock_met()
    {
        var t = await CaseTown.CreateAsync(app, Now);
        var c = await TransferredAsync(t, policeAccept: true);
        Assert.Contains("close-transferred", Allowed(c));
        var leader = await t.W.ClientFor(t.W.Leader);
        Assert.DoesNotContain("close-transferred", Allowed(await leader.GetCaseAsync(c)));

        var noNote = await (await t.Staff.ActAsync(c, "close-transferred", new { note = " " })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(Http.HasChinese(noNote.ErrorsFor("note").Single()));
        var forbidden = await leader.ActAsync(c, "close-transferred", new { note = "移送结案" });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        var closed = await (await t.Staff.ActAsync(c, "close-transferred", new { note = "公安机关已立案侦查，本案结案" })).JsonAsync();
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        Assert.Equal("2017-09-20", closed.GetProperty("closedOn").GetString());
        Assert.Equal(JsonValueKind.Null, closed.GetProperty("decidedOn").ValueKind);
        Assert.Equal("MetOnTime", closed.Clock("case.decision").GetProperty("state").GetString());
        Assert.DoesNotContain(closed.GetProperty("clocks").EnumerateArray(),
            k => k.GetProperty("ruleCode").GetString() is "case.payment" or "penalty.publish");
        Assert.DoesNotContain(Allowed(closed), a => a is "close-transferred" or "decide" or "close");

        var again = await (await t.Staff.ActAsync(closed, "close-transferred", new { note = "再次结案" }))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.True(Http.HasChinese(again.GetProperty("detail").GetString()!));

        var audit = await (await (await t.W.ClientFor(t.W.Admin))
            .GetAsync($"/api/audit?entityType=EnforcementCase&entityId={closed.GetProperty("id").GetGuid()}")).JsonAsync();
        Assert.Contains(audit.GetProperty("items").EnumerateArray().SelectMany(e => e.GetProperty("fields").EnumerateArray()),
            f => f.GetProperty("field").GetString() == "Status" && f.GetProperty("after").GetString() == "已结案");

        var print = await Pages.SignInAsync(app, t.W.Staff);
        var closing = await print.GetAsync($"/Cases/{closed.GetProperty("id").GetGuid()}/Print/Closing");
        Assert.Equal(HttpStatusCode.OK, closing.StatusCode);
        var html = await closing.Content.ReadAsStringAsync();
        Assert.Contains("移送公安机关", html.Split("id=\"transferred\"")[1].Split("</p>")[0]);
        Assert.Contains(Police, html);
        Assert.DoesNotContain("尚未公示", html);
    }

    [Fact]
    public async Task A_closed_transfer_is_read_not_added_to_and_its_steps_and_clocks_are_in_the_history_and_the_file()
    {
        var t = await CaseTown.CreateAsync(app, Now);
        var c = await TransferredAsync(t, policeAccept: true, type: "Substandard");
        var id = c.GetProperty("id").GetGuid();
        await StepAsync(t.Staff, id, "hand-over-exhibits", new { note = "移交清单" });
        c = await t.Staff.GetCaseAsync(c);
        await (await t.Staff.ActAsync(c, "close-transferred", new { note = "公安机关已立案侦查，本案结案" })).JsonAsync();

        var page = await Pages.SignInAsync(app, t.W.Staff);
        var html = await (await page.GetAsync($"/Cases/{id}")).Content.ReadAsStringAsync();
        var card = html.Split("id=\"transfer\"")[1].Split("</section>")[0];
        Assert.Contains("立案追诉标准", card);
        Assert.DoesNotContain("应当移送公安机关", html);
        Assert.DoesNotContain("name=\"documents\"", card);
        Assert.DoesNotContain("TransferDocuments", card);
        // 办理记录: the case's moves and the transfer's steps, in the order they happened.
        var history = html.Split("id=\"history\"")[1].Split("</section>")[0];
        Assert.Equal(5, history.Split("data-of=\"transfer\"").Length - 1);
        Assert.True(history.IndexOf("提出移送报告", StringComparison.Ordinal) < history.IndexOf("移交涉案物品", StringComparison.Ordinal));

        var tx = await (await t.Staff.GetAsync($"/api/cases/{id}/transfer")).JsonAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{id}/transfer/steps/1/documents")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4"u8.ToArray()), "documents", "补充.pdf" } },
        };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(
            $"\"{tx.GetProperty("transfer").GetProperty("version").GetInt32()}\""));
        var refused = await (await t.Staff.SendAsync(request)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("结案", refused.GetProperty("detail").GetString());
        var after = await (await t.Staff.GetAsync($"/api/cases/{id}/transfer")).JsonAsync();
        Assert.Empty(after.GetProperty("transfer").GetProperty("steps")[0].GetProperty("documents").EnumerateArray());

        var file = await (await page.GetAsync($"/Cases/{id}/Print/File")).Content.ReadAsStringAsync();
        var printed = file.Split("id=\"history\"")[1];
        foreach (var step in new[] { "提出移送报告", "负责人批准移送", "移送公安机关", "公安机关决定立案", "移交涉案物品" })
            Assert.Contains(step, printed.Split("id=\"clocks\"")[0]);
        var clocks = printed.Split("id=\"clocks\"")[1];
        foreach (var rule in new[] { "transfer.approve", "transfer.handover", "transfer.police-decision", "transfer.exhibits" })
            Assert.Contains($"data-rule=\"{rule}\"", clocks);
    }

    [Fact]
    public async Task Before_the_police_open_a_case_or_after_they_refuse_it_is_409_and_nothing_changes()
    {
        var t = await CaseTown.CreateAsync(app, Now);
        var refused = await TransferredAsync(t, policeAccept: false);
        Assert.DoesNotContain("close-transferred", Allowed(refused));
        var r = await (await t.Staff.ActAsync(refused, "close-transferred", new { note = "移送结案" })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.True(Http.HasChinese(r.GetProperty("detail").GetString()!));
        var after = await t.Staff.GetCaseAsync(refused);
        Assert.Equal("Investigating", after.GetProperty("status").GetString());
        Assert.Equal(refused.GetProperty("version").GetInt32(), after.GetProperty("version").GetInt32());

        var plain = await t.OpenAsync(t.Staff);
        var none = await (await t.Staff.ActAsync(plain, "close-transferred", new { note = "移送结案" })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.True(Http.HasChinese(none.GetProperty("detail").GetString()!));
        Assert.Equal("Investigating", (await t.Staff.GetCaseAsync(plain)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_case_page_offers_it_with_a_confirmation_and_refuses_it_unconfirmed()
    {
        var t = await CaseTown.CreateAsync(app, Now);
        var c = await TransferredAsync(t, policeAccept: true);
        var url = $"/Cases/{c.GetProperty("id").GetGuid()}";
        var page = await Pages.SignInAsync(app, t.W.LiaisonA);
        Assert.Contains("id=\"close-transferred-form\"", await (await page.GetAsync(url)).Content.ReadAsStringAsync());

        var unconfirmed = await page.PostFormAsync(url, [
            new("form", "case-close-transferred"), new("version", c.GetProperty("version").ToString()), new("note", "公安已立案"),
        ], url + "?handler=CloseTransferred");
        var html = await unconfirmed.Content.ReadAsStringAsync();
        Assert.Contains("id=\"case-close-transferred-confirmed-error\"", html);
        Assert.Contains("公安已立案</textarea>", html);
        Assert.Equal("Investigating", (await t.Staff.GetCaseAsync(c)).GetProperty("status").GetString());

        var done = await page.PostFormAsync(url, [
            new("form", "case-close-transferred"), new("version", c.GetProperty("version").ToString()), new("note", "公安已立案"),
            new("confirmed", "true"),
        ], url + "?handler=CloseTransferred");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal("Closed", (await t.Staff.GetCaseAsync(c)).GetProperty("status").GetString());
    }
}

[Collection("Sqlite")]
public sealed class CloseTransferredSqlite(SqliteFactory f) : CloseTransferredTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class CloseTransferredPostgres(PostgresFactory f) : CloseTransferredTests(f.WithClockReset());

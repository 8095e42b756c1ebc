using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dajia.Tests.Cases;

/// <summary>
/// A party told of a hearing (行政处罚法第六十三条、第六十四条) may ask for one until the period ends: a statement without that
/// request does not end the right, a written waiver does. The 决定书 says how the party was heard (陈述申辩的采纳情况及理由).
/// </summary>
public abstract class CaseHearingWindowTests(DajiaFactory app)
{
    // Mon 14 Mar 2022, 10:00 in China: five working days end on Mon 21 Mar.
    private static DateTimeOffset China(int month, int day) => new(2022, month, day, 2, 0, 0, TimeSpan.Zero);

    private static readonly object Heavy = new { penalties = new[] { "Fine" }, fine = 150_000m, text = "货值较大，拟罚款十五万元" };

    private static Task<HttpResponseMessage> DecideAsync(HttpClient client, JsonElement c) =>
        client.SendIfMatchAsync(HttpMethod.Post, $"/api/cases/{c.GetProperty("id").GetGuid()}/decide",
            new { penalties = new[] { "Fine" }, fine = 120_000m, summary = "罚款120000元" }, c.GetProperty("version").GetInt32());

    private static string[] Next(JsonElement c) =>
        [.. c.GetProperty("notice").GetProperty("nextSteps").EnumerateArray().Select(x => x.GetString()!)];

    [Fact]
    public async Task A_statement_without_a_hearing_request_waits_for_the_period_and_the_decision_says_why_it_was_not_adopted()
    {
        var t = await CaseTown.CreateAsync(app, China(3, 14));
        var c = await t.OpenAsync(t.LiaisonA);
        c = await (await t.LiaisonA.ActAsync(c, "notify", Heavy)).JsonAsync();
        Assert.True(c.GetProperty("notice").GetProperty("hearingRight").GetBoolean());
        c = await (await t.LiaisonA.ActAsync(c, "statement", new
        {
            kind = "Statement", receivedOn = "2022-03-14", text = "初次违法，请求从轻。", adopted = false, reason = "不能提供合法来源",
        })).JsonAsync();
        Assert.Empty(Next(c));

        var refused = await (await DecideAsync(t.LiaisonA, c)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("听证", refused.GetProperty("detail").GetString());
        Assert.Equal("Investigating", (await t.Staff.GetCaseAsync(c)).GetProperty("status").GetString());

        await t.AtAsync(app, China(3, 22));
        c = await t.Staff.GetCaseAsync(c);
        Assert.Equal(["decide"], Next(c));
        c = await (await DecideAsync(t.LiaisonA, c)).JsonAsync();
        Assert.Equal("Decided", c.GetProperty("status").GetString());
        var print = await t.Staff.GetStringAsync($"/Cases/{c.GetProperty("id").GetGuid()}/Print/Decision");
        var heard = print.Split("id=\"heard\">")[1].Split("</p>")[0];
        Assert.Contains("陈述、申辩和要求听证的权利", heard);
        Assert.Contains("当事人于2022年3月14日提出陈述、申辩：初次违法，请求从轻。经复核，本机关不予采纳，理由是：不能提供合法来源。", heard);
    }

    [Fact]
    public async Task A_written_waiver_ends_the_hearing_right_too_and_the_decision_says_so()
    {
        var t = await CaseTown.CreateAsync(app, China(3, 14));
        var c = await t.OpenAsync(t.LiaisonA);
        c = await (await t.LiaisonA.ActAsync(c, "notify", Heavy)).JsonAsync();
        var page = await Pages.SignInAsync(app, t.W.LiaisonA);
        Assert.Contains("id=\"hearing-waiver\"", await page.GetStringAsync($"/Cases/{c.GetProperty("id").GetGuid()}"));
        c = await (await t.LiaisonA.ActAsync(c, "statement", new { kind = "Waived" })).JsonAsync();
        Assert.Equal(["decide"], Next(c));
        c = await (await DecideAsync(t.LiaisonA, c)).JsonAsync();
        var print = await t.Staff.GetStringAsync($"/Cases/{c.GetProperty("id").GetGuid()}/Print/Decision");
        Assert.Contains("当事人于2022年3月14日书面明确放弃陈述、申辩和要求听证的权利。", print);
    }

    [Fact]
    public async Task Markup_in_a_pause_reason_or_a_transfer_note_is_refused_and_changes_nothing()
    {
        var t = await CaseTown.CreateAsync(app, China(3, 14));
        var c = await t.OpenAsync(t.LiaisonA);
        var pause = await (await t.LiaisonA.ActAsync(c, "pause", new { kind = "Testing", from = "2022-03-14", reason = "<b>送检</b>" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("HTML", pause.ErrorsFor("reason").Single());
        var transfer = await t.Staff.PostAsJsonAsync($"/api/cases/{c.GetProperty("id").GetGuid()}/transfer",
            new { police = "中山市公安局大涌分局", note = "<img src=x onerror=alert(1)>" });
        Assert.Contains("HTML", (await transfer.ProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("note").Single());
        Assert.Equal(c.GetProperty("version").GetInt32(), (await t.Staff.GetCaseAsync(c)).GetProperty("version").GetInt32());
    }
}

[Collection("Sqlite")]
public sealed class CaseHearingWindowSqlite(SqliteFactory f) : CaseHearingWindowTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class CaseHearingWindowPostgres(PostgresFactory f) : CaseHearingWindowTests(f.WithClockReset());

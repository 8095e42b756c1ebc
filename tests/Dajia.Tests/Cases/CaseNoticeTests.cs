using System.Net;
using System.Text.Json;

namespace Dajia.Tests.Cases;

/// <summary>
/// 行政处罚告知 and 陈述申辩 before a decision (行政处罚法 2021 第四十四条、第四十五条、第六十二条、第六十四条、第八十五条): the
/// notice starts a 5-working-day period; a decision waits for the party's answer or the period's end, and is never heavier
/// than told. Each refusal changes nothing.
/// </summary>
public abstract class CaseNoticeTests(DajiaFactory app)
{
    // Mon 7 Mar 2022, 10:00 in China: the 2021 law and its five working days.
    private static DateTimeOffset China(int month, int day) => new(2022, month, day, 2, 0, 0, TimeSpan.Zero);

    private static readonly object Decision = new { penalties = new[] { "Fine" }, fine = 5000m, summary = "罚款5000元" };

    private static object Notice(decimal fine = 5000m, string? servedOn = null) => new
    {
        servedOn, penalties = new[] { "Fine" }, fine, text = "当事人销售假冒注册商标的牛仔裤120条，违反商标法第五十七条，拟罚款",
    };

    /// <summary>A decision sent as it is, without the helper's notice and waiver.</summary>
    private static Task<HttpResponseMessage> DecideRawAsync(HttpClient client, JsonElement c, object? body = null) =>
        client.SendIfMatchAsync(HttpMethod.Post, $"/api/cases/{c.GetProperty("id").GetGuid()}/decide", body ?? Decision,
            c.GetProperty("version").GetInt32());

    private static async Task<string> RefusedAsync(HttpResponseMessage r, HttpStatusCode status = HttpStatusCode.Conflict)
    {
        var detail = (await r.ProblemAsync(status)).GetProperty("detail").GetString()!;
        Assert.True(Http.HasChinese(detail), detail);
        return detail;
    }

    [Fact]
    public async Task The_notice_starts_five_working_days_and_the_statement_meets_them()
    {
        var t = await CaseTown.CreateAsync(app, China(3, 7));
        var c = await t.OpenAsync(t.LiaisonA);
        Assert.Equal(["notify"], c.GetProperty("notice").GetProperty("nextSteps").EnumerateArray().Select(x => x.GetString()));
        Assert.DoesNotContain("decide", c.GetProperty("allowedActions").EnumerateArray().Select(x => x.GetString()));
        await RefusedAsync(await DecideRawAsync(t.LiaisonA, c));
        Assert.Equal(c.GetProperty("version").GetInt32(), (await t.Staff.GetCaseAsync(c)).GetProperty("version").GetInt32());

        await t.AtAsync(app, China(3, 14));
        c = await (await t.LiaisonA.ActAsync(c, "notify", Notice())).JsonAsync();
        var notice = c.GetProperty("notice");
        Assert.Equal("2022-03-14", notice.GetProperty("servedOn").GetString());
        Assert.False(notice.GetProperty("hearingRight").GetBoolean());
        // Five working days from Mon 14 Mar, the day of service not counted: Mon 21 Mar.
        Assert.Equal("2022-03-21", c.Clock("case.statement").Due());
        Assert.Equal("2022-03-21", notice.GetProperty("periodDueOn").GetString());
        Assert.Equal(["statement"], notice.GetProperty("nextSteps").EnumerateArray().Select(x => x.GetString()));

        // During the period, with nothing said, no decision.
        await t.AtAsync(app, China(3, 16));
        c = await t.Staff.GetCaseAsync(c);
        Assert.Contains("陈述申辩期", await RefusedAsync(await DecideRawAsync(t.LiaisonA, c)));

        // Not adopted needs its reason; then the statement meets the period.
        var bad = await (await t.LiaisonA.ActAsync(c, "statement", new { kind = "Statement", text = "初次违法，请求从轻", adopted = false }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("reason", out _));
        c = await (await t.LiaisonA.ActAsync(c, "statement", new
        {
            kind = "Statement", receivedOn = "2022-03-15", text = "初次违法，请求从轻", adopted = false, reason = "不能提供合法来源，不予采纳",
        })).JsonAsync();
        Assert.Equal("MetOnTime", c.Clock("case.statement").GetProperty("state").GetString());
        Assert.Contains("decide", c.GetProperty("allowedActions").EnumerateArray().Select(x => x.GetString()));

        c = await (await DecideRawAsync(t.LiaisonA, c)).JsonAsync();
        Assert.Equal("Decided", c.GetProperty("status").GetString());
        var kinds = c.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["Opened", "Notified", "StatementRecorded", "Decided"], kinds);

        var print = await t.Staff.GetAsync($"/Cases/{c.GetProperty("id").GetGuid()}/Print/Notice");
        Assert.Equal(HttpStatusCode.OK, print.StatusCode);
        var html = await print.Content.ReadAsStringAsync();
        Assert.Contains("行政处罚告知书", html);
        Assert.Contains("告字〔2022〕1号", html);
        Assert.Contains("五个工作日内", html);
    }

    [Fact]
    public async Task A_waiver_or_the_end_of_the_period_lets_the_case_be_decided()
    {
        var t = await CaseTown.CreateAsync(app, China(3, 7));
        var waived = await t.OpenAsync(t.LiaisonA);
        var silent = await t.OpenAsync(t.LiaisonA);
        await t.AtAsync(app, China(3, 14));
        waived = await (await t.LiaisonA.ActAsync(waived, "notify", Notice())).JsonAsync();
        silent = await (await t.Staff.ActAsync(silent, "notify", Notice())).JsonAsync();
        waived = await (await t.LiaisonA.ActAsync(waived, "statement", new { kind = "Waived" })).JsonAsync();
        Assert.Equal("Decided", (await (await DecideRawAsync(t.LiaisonA, waived)).JsonAsync()).GetProperty("status").GetString());

        // The last day of the period (Mon 21 Mar) still belongs to the party; Tuesday the office may decide.
        await t.AtAsync(app, China(3, 21));
        silent = await t.Staff.GetCaseAsync(silent);
        await RefusedAsync(await DecideRawAsync(t.LiaisonA, silent));
        await t.AtAsync(app, China(3, 22));
        silent = await t.Staff.GetCaseAsync(silent);
        Assert.True(silent.GetProperty("notice").GetProperty("periodOver").GetBoolean());
        silent = await (await DecideRawAsync(t.LiaisonA, silent)).JsonAsync();
        Assert.Equal("Decided", silent.GetProperty("status").GetString());
        Assert.Equal("Ended", silent.Clock("case.statement").GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_heavier_penalty_after_a_statement_needs_a_new_notice()
    {
        var t = await CaseTown.CreateAsync(app, China(3, 7));
        var c = await t.OpenAsync(t.LiaisonA);
        await t.AtAsync(app, China(3, 14));
        c = await (await t.LiaisonA.ActAsync(c, "notify", Notice(3000m))).JsonAsync();
        c = await (await t.LiaisonA.ActAsync(c, "statement", new { kind = "Statement", text = "没有违法", adopted = false, reason = "证据确凿" }))
            .JsonAsync();
        Assert.Contains("第四十五条", await RefusedAsync(await DecideRawAsync(t.LiaisonA, c)));
        await RefusedAsync(await DecideRawAsync(t.LiaisonA, c,
            new { penalties = new[] { "Fine", "Suspension" }, fine = 3000m, summary = "罚款并责令停业" }));
        Assert.Equal(c.GetProperty("version").GetInt32(), (await t.Staff.GetCaseAsync(c)).GetProperty("version").GetInt32());

        // A new notice of the heavier fine opens a new period, to be answered again.
        c = await (await t.LiaisonA.ActAsync(c, "notify", Notice(5000m))).JsonAsync();
        Assert.Equal(JsonValueKind.Null, c.GetProperty("notice").GetProperty("statementKind").ValueKind);
        var periods = c.GetProperty("clocks").EnumerateArray().Where(x => x.GetProperty("ruleCode").GetString() == "case.statement")
            .Select(x => x.GetProperty("state").GetString()).ToList();
        Assert.Equal(2, periods.Count);
        Assert.Single(periods, s => s == "MetOnTime");
        await RefusedAsync(await DecideRawAsync(t.LiaisonA, c));
        c = await (await t.LiaisonA.ActAsync(c, "statement", new { kind = "Waived" })).JsonAsync();
        Assert.Equal(5000m, (await (await DecideRawAsync(t.LiaisonA, c)).JsonAsync()).GetProperty("fineAmount").GetDecimal());
    }

    [Fact]
    public async Task Bad_input_names_its_field_and_changes_nothing()
    {
        var t = await CaseTown.CreateAsync(app, China(3, 7));
        var c = await t.OpenAsync(t.LiaisonA);
        await t.AtAsync(app, China(3, 14));
        c = await t.Staff.GetCaseAsync(c);
        async Task FieldAsync(string action, object body, string field)
        {
            var p = await (await t.LiaisonA.ActAsync(c, action, body)).ProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(p.GetProperty("errors").TryGetProperty(field, out var messages), p.ToString());
            Assert.True(Http.HasChinese(messages[0].GetString()!));
        }

        await FieldAsync("notify", Notice(servedOn: "2022-03-06"), "servedOn");
        await FieldAsync("notify", Notice(servedOn: "2022-03-15"), "servedOn");
        await FieldAsync("notify", new { penalties = new[] { "Fine" }, fine = 5000m }, "text");
        await FieldAsync("notify", new { penalties = new[] { "Fine" }, fine = -5m, text = "拟罚款" }, "fine");
        await FieldAsync("notify", new { penalties = Array.Empty<string>(), text = "拟罚款" }, "penalties");
        // 第六十三条: a fine of 100,000 yuan on an organisation carries a hearing right that may not be withheld.
        await FieldAsync("notify", new { penalties = new[] { "Fine" }, fine = 100_000m, hearingRight = false, text = "拟罚款" },
            "hearingRight");
        await (await t.LiaisonA.ActAsync(c, "statement", new { kind = "Waived" })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(c.GetProperty("version").GetInt32(), (await t.Staff.GetCaseAsync(c)).GetProperty("version").GetInt32());

        c = await (await t.LiaisonA.ActAsync(c, "notify", Notice(servedOn: "2022-03-10"))).JsonAsync();
        await FieldAsync("statement", new { kind = "Waived", receivedOn = "2022-03-09" }, "receivedOn");
        await FieldAsync("statement", new { kind = "Waived", receivedOn = "2022-03-15" }, "receivedOn");
        await FieldAsync("statement", new { receivedOn = "2022-03-11" }, "kind");
        await FieldAsync("statement", new { kind = "Statement", adopted = true }, "text");
        await FieldAsync("statement", new { kind = "Statement", text = "请求从轻" }, "adopted");
        await FieldAsync("statement", new { kind = "Statement", text = "要求听证", adopted = false, reason = "无", hearingRequested = true },
            "hearingRequested");
        Assert.Equal(c.GetProperty("version").GetInt32(), (await t.Staff.GetCaseAsync(c)).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_hearing_asked_for_pauses_the_case_and_the_decision_waits_for_it()
    {
        var t = await CaseTown.CreateAsync(app, China(3, 7));
        var c = await t.OpenAsync(t.LiaisonA);
        await t.AtAsync(app, China(3, 14));
        c = await (await t.LiaisonA.ActAsync(c, "notify",
            new { penalties = new[] { "Fine" }, fine = 150_000m, text = "货值较大，拟罚款十五万元" })).JsonAsync();
        Assert.True(c.GetProperty("notice").GetProperty("hearingRight").GetBoolean());
        await t.AtAsync(app, China(3, 16));
        c = await (await t.LiaisonA.ActAsync(c, "statement", new
        {
            kind = "Statement", receivedOn = "2022-03-16", text = "当事人要求听证", adopted = false, reason = "待听证后复核",
            hearingRequested = true,
        })).JsonAsync();
        Assert.Equal("Paused", c.GetProperty("status").GetString());
        Assert.Equal("Hearing", c.GetProperty("pauseKind").GetString());
        Assert.True(c.Clock("case.decision").GetProperty("paused").GetBoolean());
        await RefusedAsync(await DecideRawAsync(t.LiaisonA, c,
            new { penalties = new[] { "Fine" }, fine = 150_000m, summary = "罚款150000元" }));

        await t.AtAsync(app, China(3, 30));
        c = await (await t.LiaisonA.ActAsync(c, "resume", new { to = "2022-03-29" })).JsonAsync();
        c = await (await DecideRawAsync(t.LiaisonA, c, new { penalties = new[] { "Fine" }, fine = 120_000m, summary = "罚款120000元" }))
            .JsonAsync();
        Assert.Equal("Decided", c.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_page_forms_name_their_fields_in_chinese_and_then_walk_the_step()
    {
        var t = await CaseTown.CreateAsync(app, China(3, 7));
        var c = await t.OpenAsync(t.Staff);
        var url = $"/Cases/{c.GetProperty("id").GetGuid()}";
        await t.AtAsync(app, China(3, 14));
        var page = await Pages.SignInAsync(app, t.W.Staff);
        var html = await (await page.GetAsync(url)).Content.ReadAsStringAsync();
        Assert.Contains("id=\"notice-none\"", html);
        Assert.DoesNotContain("id=\"decide-form\"", html);

        var bad = await page.PostFormAsync(url, [
            new("form", "case-notify"), new("version", c.GetProperty("version").ToString()), new("servedOn", "2022-03-01"),
            new("penalties", "Fine"), new("fine", "五千"), new("text", ""),
        ], url + "?handler=Notify");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var badHtml = await bad.Content.ReadAsStringAsync();
        Assert.Contains("id=\"case-notify-fine-error\"", badHtml);
        Assert.Contains("value=\"五千\"", badHtml);
        Assert.Null((await t.Staff.GetCaseAsync(c)).GetProperty("notice").GetProperty("servedOn").GetString());

        var told = await page.PostFormAsync(url, [
            new("form", "case-notify"), new("version", c.GetProperty("version").ToString()), new("servedOn", "2022-03-14"),
            new("penalties", "Fine"), new("fine", "5000"), new("text", "拟罚款五千元"),
        ], url + "?handler=Notify");
        Assert.Equal(HttpStatusCode.Redirect, told.StatusCode);
        c = await t.Staff.GetCaseAsync(c);
        var missing = await page.PostFormAsync(url, [
            new("form", "case-statement"), new("version", c.GetProperty("version").ToString()), new("kind", "Statement"),
            new("text", "请求从轻"), new("adopted", "false"), new("reason", ""),
        ], url + "?handler=Statement");
        var missingHtml = await missing.Content.ReadAsStringAsync();
        Assert.Contains("id=\"case-statement-reason-error\"", missingHtml);
        Assert.Contains("请求从轻</textarea>", missingHtml);
        var heard = await page.PostFormAsync(url, [
            new("form", "case-statement"), new("version", c.GetProperty("version").ToString()), new("kind", "Waived"),
        ], url + "?handler=Statement");
        Assert.Equal(HttpStatusCode.Redirect, heard.StatusCode);
        Assert.Contains("id=\"decide-form\"", await (await page.GetAsync(url)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Another_unit_or_town_cannot_notify_and_of_two_tabs_one_wins()
    {
        var t = await CaseTown.CreateAsync(app, China(3, 7));
        var c = await t.OpenAsync(t.LiaisonA);
        var liaisonB = await t.W.ClientFor(t.W.LiaisonB);
        await (await liaisonB.ActAsync(c, "notify", Notice())).ProblemAsync(HttpStatusCode.NotFound);
        var neighbour = await t.W.NeighbourAsync();
        var other = await neighbour.ClientFor(neighbour.Staff);
        await (await other.ActAsync(c, "notify", Notice())).ProblemAsync(HttpStatusCode.NotFound);
        await (await other.ActAsync(c, "statement", new { kind = "Waived" })).ProblemAsync(HttpStatusCode.NotFound);

        var tab = await t.W.ClientFor(t.W.LiaisonA);
        var answers = await Task.WhenAll(t.LiaisonA.ActAsync(c, "notify", Notice()), tab.ActAsync(c, "notify", Notice(4000m)));
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        await Assert.Single(answers, a => a.StatusCode != HttpStatusCode.OK).ProblemAsync(HttpStatusCode.Conflict);
        var after = await t.Staff.GetCaseAsync(c);
        Assert.Single(after.GetProperty("events").EnumerateArray(), e => e.GetProperty("kind").GetString() == "Notified");
        Assert.Single(after.GetProperty("clocks").EnumerateArray(), x => x.GetProperty("ruleCode").GetString() == "case.statement");
    }
}

[Collection("Sqlite")]
public sealed class CaseNoticeSqlite(SqliteFactory f) : CaseNoticeTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class CaseNoticePostgres(PostgresFactory f) : CaseNoticeTests(f.WithClockReset());

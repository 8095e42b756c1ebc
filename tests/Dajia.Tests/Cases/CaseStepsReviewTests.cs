using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Dajia.Tests.Cases;

/// <summary>
/// The second review of #13 on the case's steps: a hearing asked for on the day of 立案 is recorded (its pause starts the
/// next day), a transfer or goods form that lost to another tab comes back on the case's own address (PRG), and
/// <c>If-Match</c> is optional everywhere but, when sent malformed, refused in Chinese naming the header.
/// </summary>
public abstract class CaseStepsReviewTests(DajiaFactory app)
{
    // Mon 7 Mar 2022, 10:00 in China.
    private static DateTimeOffset China(int month, int day) => new(2022, month, day, 2, 0, 0, TimeSpan.Zero);

    private static readonly object HearingNotice = new { penalties = new[] { "Fine" }, fine = 150_000m, text = "货值较大，拟罚款十五万元" };

    private static object HearingStatement(string? receivedOn = null) => new
    {
        kind = "Statement", receivedOn, text = "当事人要求听证", adopted = false, reason = "待听证后复核", hearingRequested = true,
    };

    private static HttpRequestMessage Malformed(string url, object body)
    {
        var r = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        r.Headers.TryAddWithoutValidation("If-Match", "null");
        return r;
    }

    private static void NamesIfMatch(JsonElement problem)
    {
        var message = Assert.Single(problem.ErrorsFor("If-Match"));
        Assert.True(Http.HasChinese(message), message);
        Assert.Contains("If-Match", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_hearing_asked_for_on_the_day_of_filing_is_recorded_and_pauses_from_the_next_day()
    {
        var t = await CaseTown.CreateAsync(app, China(3, 7));
        var c = await t.OpenAsync(t.LiaisonA);
        c = await (await t.LiaisonA.ActAsync(c, "notify", HearingNotice)).JsonAsync();
        c = await (await t.LiaisonA.ActAsync(c, "statement", HearingStatement())).JsonAsync();
        Assert.Equal("Paused", c.GetProperty("status").GetString());
        Assert.Equal("Hearing", c.GetProperty("pauseKind").GetString());
        Assert.Equal("2022-03-08", c.GetProperty("pausedFrom").GetString());
        Assert.Equal("2022-03-07", c.GetProperty("notice").GetProperty("receivedOn").GetString());
        Assert.True(c.Clock("case.decision").GetProperty("paused").GetBoolean());

        // The hearing held, the clock runs again: 90 days from 7 March (not counted) and the 12 days 8–19 March stood still.
        await t.AtAsync(app, China(3, 21));
        c = await (await t.LiaisonA.ActAsync(await t.LiaisonA.GetCaseAsync(c), "resume", new { to = "2022-03-19" })).JsonAsync();
        Assert.Equal("2022-06-17", c.Clock("case.decision").Due());
    }

    [Fact]
    public async Task The_page_records_a_filing_day_hearing_and_a_late_record_is_refused_in_the_statements_words()
    {
        var t = await CaseTown.CreateAsync(app, China(3, 7));
        var c = await t.OpenAsync(t.Staff);
        c = await (await t.Staff.ActAsync(c, "notify", HearingNotice)).JsonAsync();
        var url = $"/Cases/{c.GetProperty("id").GetGuid()}";
        var page = await Pages.SignInAsync(app, t.W.Staff);
        Assert.Contains("id=\"hearing-next-day\"", await (await page.GetAsync(url)).Content.ReadAsStringAsync());
        var heard = await page.PostFormAsync(url, [
            new("form", "case-statement"), new("version", c.GetProperty("version").ToString()), new("kind", "Statement"),
            new("text", "当事人要求听证"), new("adopted", "false"), new("reason", "待听证后复核"), new("hearingRequested", "true"),
        ], url + "?handler=Statement");
        Assert.Equal(HttpStatusCode.Redirect, heard.StatusCode);
        Assert.Equal("2022-03-08", (await t.Staff.GetCaseAsync(c)).GetProperty("pausedFrom").GetString());

        // A request recorded more than a week after it came is refused under its receipt date, in the statement's words.
        var late = await t.OpenAsync(t.Staff);
        late = await (await t.Staff.ActAsync(late, "notify", HearingNotice)).JsonAsync();
        await t.AtAsync(app, China(3, 16));
        var refused = await (await t.Staff.ActAsync(late, "statement", HearingStatement("2022-03-08")))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("要求听证的收到日期", Assert.Single(refused.ErrorsFor("receivedOn")));
        Assert.Equal(late.GetProperty("version").GetInt32(), (await t.Staff.GetCaseAsync(late)).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task The_losing_tab_of_a_transfer_or_goods_step_comes_back_on_the_case_with_the_reason()
    {
        var t = await CaseDocsTown.CreateAsync(app, China(3, 7));
        var caseId = await t.CaseAsync(caseValue: 60_000m);
        await (await t.Staff.PostAsJsonAsync($"/api/cases/{caseId}/transfer", new { police = "中山市公安局大涌分局", note = "涉嫌犯罪" }))
            .JsonAsync(HttpStatusCode.Created);
        var admin = await t.W.ClientFor(t.W.Admin);
        var view = await admin.GetAsync($"/api/cases/{caseId}/transfer");
        var etag = view.Headers.ETag!.Tag;
        Assert.Equal($"\"{(await view.JsonAsync()).GetProperty("transfer").GetProperty("version").GetInt32()}\"", etag);
        // No If-Match: the step applies to the transfer as stored.
        await (await admin.PostAsJsonAsync($"/api/cases/{caseId}/transfer/approve", new { note = "同意" })).JsonAsync();
        var version = (await (await t.Staff.GetAsync($"/api/cases/{caseId}/transfer")).JsonAsync())
            .GetProperty("transfer").GetProperty("version").GetInt32();

        var url = $"/Cases/{caseId}";
        var (tab1, tab2) = (await Pages.SignInAsync(app, t.W.Staff), await Pages.SignInAsync(app, t.W.Staff));
        KeyValuePair<string, string>[] handOver =
        [
            new("form", "transfer-hand-over"), new("step", "hand-over"), new("version", version.ToString()), new("note", "已移送"),
        ];
        Assert.Equal(HttpStatusCode.Redirect, (await tab1.PostFormAsync(url, handOver, url + "?handler=TransferStep")).StatusCode);
        var lost = await tab2.PostFormAsync(url, handOver, url + "?handler=TransferStep");
        Assert.Equal(HttpStatusCode.Redirect, lost.StatusCode);
        Assert.Equal(url, lost.Headers.Location!.OriginalString);
        var shown = await (await tab2.GetAsync(lost.Headers.Location)).Content.ReadAsStringAsync();
        Assert.Contains("已被他人修改", shown.Split("class=\"flash\"")[1].Split("</p>")[0]);

        // The goods' forms answer alike: two tabs correcting one exhibit.
        var exhibit = await (await t.AddExhibitAsync(t.Staff, caseId)).JsonAsync(HttpStatusCode.Created);
        KeyValuePair<string, string>[] edit =
        [
            new("form", "exhibit-edit"), new("exhibitId", exhibit.GetProperty("id").ToString()), new("item", "牛仔裤"),
            new("quantity", "100"), new("unit", "条"), new("value", "30000"), new("storagePlace", "分局罚没物品仓库"),
            new("version", exhibit.GetProperty("version").ToString()),
        ];
        Assert.Equal(HttpStatusCode.Redirect, (await tab1.PostFormAsync(url, edit, url + "?handler=EditExhibit")).StatusCode);
        var second = await tab2.PostFormAsync(url, edit, url + "?handler=EditExhibit");
        Assert.Equal(url, second.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task If_match_is_optional_but_a_malformed_one_is_refused_naming_the_header_in_chinese()
    {
        var t = await CaseTown.CreateAsync(app, China(3, 7));
        var c = await t.OpenAsync(t.LiaisonA);
        var id = c.GetProperty("id").GetGuid();
        var notify = new { penalties = new[] { "Warning" }, text = "拟给予警告" };
        var malformed = await t.LiaisonA.SendAsync(Malformed($"/api/cases/{id}/notify", notify));
        NamesIfMatch(await malformed.ProblemAsync(HttpStatusCode.BadRequest));
        var weak = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{id}/notify") { Content = JsonContent.Create(notify) };
        weak.Headers.TryAddWithoutValidation("If-Match", $"W/\"{c.GetProperty("version").GetInt32()}\"");
        NamesIfMatch(await (await t.LiaisonA.SendAsync(weak)).ProblemAsync(HttpStatusCode.BadRequest));
        Assert.Equal(c.GetProperty("version").GetInt32(), (await t.Staff.GetCaseAsync(c)).GetProperty("version").GetInt32());
        // Absent: as stored; stale: 409.
        var told = await (await t.LiaisonA.PostAsJsonAsync($"/api/cases/{id}/notify", notify)).JsonAsync();
        await (await t.LiaisonA.SendIfMatchAsync(HttpMethod.Post, $"/api/cases/{id}/notify", notify, c.GetProperty("version").GetInt32()))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(told.GetProperty("version").GetInt32(), (await t.Staff.GetCaseAsync(c)).GetProperty("version").GetInt32());

        // No body at all: a Chinese word on the body, not the framework's nameless "请求参数有误".
        foreach (var path in new[] { "transfer", "transfer/approve", "exhibits", "decide" })
        {
            using var none = new StringContent("", Encoding.UTF8, "application/json");
            var empty = await (await t.Staff.PostAsync($"/api/cases/{id}/{path}", none)).ProblemAsync(HttpStatusCode.BadRequest);
            Assert.DoesNotContain("请求参数有误", empty.GetProperty("detail").GetString());
            Assert.True(Http.HasChinese(empty.GetProperty("detail").GetString()!));
        }

        // Another area's write: a deadline's extension.
        var deadline = await t.Staff.AttachDeadlineAsync("clue.verify", China(3, 7));
        var extend = Malformed($"/api/deadlines/{deadline.GetProperty("id").GetGuid()}/extend",
            new { requestedBy = "市场监管分局", reason = "需送检鉴定" });
        NamesIfMatch(await (await t.Staff.SendAsync(extend)).ProblemAsync(HttpStatusCode.BadRequest));
    }
}

[Collection("Sqlite")]
public sealed class CaseStepsReviewSqlite(SqliteFactory f) : CaseStepsReviewTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class CaseStepsReviewPostgres(PostgresFactory f) : CaseStepsReviewTests(f.WithClockReset());

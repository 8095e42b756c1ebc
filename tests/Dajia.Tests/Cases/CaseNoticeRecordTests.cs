using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dajia.Tests.Cases;

/// <summary>
/// Each 行政处罚告知书 is its own kept, numbered document (review 2 of #13, finding 4): a new notice is notice n+1 with its
/// own 告字 number, the earlier one stays readable and printable as served, and the decision is checked against the latest.
/// The 告知书 is worded as the 决定书 (finding 9): the case named once, its 违法事实, then the notice's 理由及依据.
/// </summary>
public abstract class CaseNoticeRecordTests(DajiaFactory app)
{
    // Mon 14 Mar 2022, 10:00 in China: the 2021 law.
    private static DateTimeOffset China(int month, int day) => new(2022, month, day, 2, 0, 0, TimeSpan.Zero);

    private static object Notice(decimal fine, string text, string? servedOn = null) =>
        new { servedOn, penalties = new[] { "Fine" }, fine, text };

    private static Guid Id(JsonElement c) => c.GetProperty("id").GetGuid();

    [Fact]
    public async Task A_second_notice_is_kept_beside_the_first_with_its_own_number_and_the_decision_follows_the_latest()
    {
        var t = await CaseTown.CreateAsync(app, China(3, 14));
        var c = await t.OpenAsync(t.LiaisonA);
        c = await (await t.LiaisonA.ActAsync(c, "notify", Notice(3000m, "依据商标法第六十条第二款，拟罚款三千元"))).JsonAsync();
        c = await (await t.LiaisonA.ActAsync(c, "statement", new { kind = "Statement", text = "初次违法", adopted = false, reason = "证据确凿" }))
            .JsonAsync();
        await t.AtAsync(app, China(3, 16));
        c = await t.Staff.GetCaseAsync(c);
        c = await (await t.LiaisonA.ActAsync(c, "notify", Notice(5000m, "依据商标法第六十条第二款，拟罚款五千元"))).JsonAsync();

        var notice = c.GetProperty("notice");
        Assert.Equal((2, "2022-03-16", 5000m), (notice.GetProperty("n").GetInt32(), notice.GetProperty("servedOn").GetString(),
            notice.GetProperty("fine").GetDecimal()));
        Assert.Equal(JsonValueKind.Null, notice.GetProperty("statementKind").ValueKind);
        var all = notice.GetProperty("notices").EnumerateArray().ToList();
        Assert.Equal([1, 2], all.Select(x => x.GetProperty("n").GetInt32()));
        // The first stays as served, with what the party said to it.
        Assert.Equal((3000m, "Statement", "初次违法"), (all[0].GetProperty("fine").GetDecimal(),
            all[0].GetProperty("statementKind").GetString(), all[0].GetProperty("statementText").GetString()));
        var numbers = all.Select(x => x.GetProperty("number").GetString()!).ToList();
        Assert.All(numbers, n => Assert.Matches("告字〔2022〕\\d+号$", n));
        Assert.NotEqual(numbers[0], numbers[1]);
        Assert.Equal(numbers[1], notice.GetProperty("number").GetString());

        var docs = (await (await t.Staff.GetAsync($"/api/cases/{Id(c)}/documents")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Where(d => d.GetProperty("kind").GetString() == "PenaltyNotice").ToList();
        Assert.Equal(numbers, docs.Select(d => d.GetProperty("number").GetString()));
        Assert.Equal([1, 2], docs.Select(d => d.GetProperty("n").GetInt32()));
        // 取号 of the notice gives the current one's number, never a new one.
        var issued = await (await t.Staff.PostAsync($"/api/cases/{Id(c)}/documents/PenaltyNotice", null)).JsonAsync();
        Assert.Equal(numbers[1], issued.GetProperty("number").GetString());

        var page = await Pages.SignInAsync(app, t.W.Staff);
        var latest = await page.GetStringAsync($"/Cases/{Id(c)}/Print/Notice");
        Assert.Contains(numbers[1], latest);
        Assert.Contains("拟罚款五千元", latest);
        Assert.DoesNotContain("id=\"notice-earlier\"", latest);
        var first = await page.GetStringAsync($"/Cases/{Id(c)}/Print/Notice?n=1");
        Assert.Contains(numbers[0], first);
        Assert.Contains("拟罚款三千元", first);
        Assert.Contains("3,000.00", first);
        Assert.Contains("id=\"notice-earlier\"", first);
        Assert.DoesNotContain(numbers[1], first);
        foreach (var bad in new[] { "3", "0", "-1", "abc" })
            Assert.Equal(HttpStatusCode.NotFound, (await page.GetAsync($"/Cases/{Id(c)}/Print/Notice?n={bad}")).StatusCode);
        var details = await page.GetStringAsync($"/Cases/{Id(c)}");
        Assert.Contains($"/Cases/{Id(c)}/Print/Notice?n=1", details);
        Assert.Contains($"/Cases/{Id(c)}/Print/Notice?n=2", details);
        var file = (await page.GetStringAsync($"/Cases/{Id(c)}/Print/File")).Split("id=\"contents\"")[1].Split("</section>")[0];
        Assert.Matches($"第1次告知）</td>\\s*<td>{Regex.Escape(numbers[0])}<", file);
        Assert.Matches($"第2次告知）</td>\\s*<td>{Regex.Escape(numbers[1])}<", file);

        // The latest notice rules the decision: its period must be answered; 5,000 is now allowed, more is not.
        c = await (await t.LiaisonA.ActAsync(c, "statement", new { kind = "Waived" })).JsonAsync();
        var heavier = await t.LiaisonA.SendIfMatchAsync(HttpMethod.Post, $"/api/cases/{Id(c)}/decide",
            new { penalties = new[] { "Fine" }, fine = 6000m, summary = "罚款" }, c.GetProperty("version").GetInt32());
        Assert.Contains("第四十五条", (await heavier.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        var decided = await t.LiaisonA.SendIfMatchAsync(HttpMethod.Post, $"/api/cases/{Id(c)}/decide",
            new { penalties = new[] { "Fine" }, fine = 5000m, summary = "罚款" }, c.GetProperty("version").GetInt32());
        Assert.Equal("Decided", (await decided.JsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_notice_served_before_the_last_one_is_refused_and_changes_nothing()
    {
        var t = await CaseTown.CreateAsync(app, China(3, 10));
        var c = await t.OpenAsync(t.LiaisonA);
        await t.AtAsync(app, China(3, 16));
        c = await t.Staff.GetCaseAsync(c);
        c = await (await t.LiaisonA.ActAsync(c, "notify", Notice(3000m, "拟罚款", "2022-03-15"))).JsonAsync();
        var refused = await (await t.LiaisonA.ActAsync(c, "notify", Notice(5000m, "拟罚款", "2022-03-14")))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var message = refused.GetProperty("errors").GetProperty("servedOn")[0].GetString()!;
        Assert.True(Http.HasChinese(message), message);
        var after = await t.Staff.GetCaseAsync(c);
        Assert.Equal(c.GetProperty("version").GetInt32(), after.GetProperty("version").GetInt32());
        Assert.Single(after.GetProperty("notice").GetProperty("notices").EnumerateArray());
    }

    [Fact]
    public async Task The_notice_names_the_case_once_prints_its_facts_and_the_notices_reasons()
    {
        var t = await CaseTown.CreateAsync(app, China(3, 14));
        var c = await t.OpenAsync(t.LiaisonA);
        var page = await Pages.SignInAsync(app, t.W.LiaisonA);
        // The form's 理由及依据 starts from the case's legal basis.
        Assert.Contains("《商标法》第五十七条第（三）项、第六十条第二款</textarea>", await page.GetStringAsync($"/Cases/{Id(c)}"));
        c = await (await t.LiaisonA.ActAsync(c, "notify", Notice(3000m, "依据《商标法》第六十条第二款，拟处罚款"))).JsonAsync();
        var html = await page.GetStringAsync($"/Cases/{Id(c)}/Print/Notice");
        var facts = html.Split("id=\"notice-facts\">")[1].Split("</p>")[0];
        Assert.DoesNotContain("案一案", html);
        Assert.Contains($"对销售假冒牛仔裤案{t.W.Tag}立案调查", facts);
        Assert.Contains("经查：当事人销售假冒某品牌牛仔裤120条", facts);
        Assert.Contains("理由及依据：依据《商标法》第六十条第二款，拟处罚款",
            html.Split("id=\"notice-reasons\">")[1].Split("</p>")[0]);
        // The next notice's box starts from the last notice's text.
        Assert.Contains("依据《商标法》第六十条第二款，拟处罚款</textarea>", await page.GetStringAsync($"/Cases/{Id(c)}"));
    }
}

[Collection("Sqlite")]
public sealed class CaseNoticeRecordSqlite(SqliteFactory f) : CaseNoticeRecordTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class CaseNoticeRecordPostgres(PostgresFactory f) : CaseNoticeRecordTests(f.WithClockReset());

using System.Net;
using System.Net.Http.Json;

namespace Dajia.Tests.Cases;

/// <summary>
/// The review of #13: 立案 numbers its 立案审批表, a closed case says so, a page's message shows only on the page it answers,
/// and the case's prose (案由, 案情, 法律依据, the decision) holds no markup.
/// </summary>
public abstract class CaseReviewFixTests(DajiaFactory app)
{
    // Wed 20 Sep 2017, 10:00 in China.
    private static readonly DateTimeOffset Now = new(2017, 9, 20, 2, 0, 0, TimeSpan.Zero);

    private static async Task<List<string>> KindsAsync(HttpClient c, Guid caseId) =>
        [.. (await (await c.GetAsync($"/api/cases/{caseId}/documents")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Select(d => d.GetProperty("kind").GetString()!)];

    [Fact]
    public async Task Opening_a_case_numbers_its_filing_form_and_an_older_case_gets_it_at_its_next_move()
    {
        var t = await CaseTown.CreateAsync(app, Now);
        var c = await t.OpenAsync(t.LiaisonA);
        Assert.Equal(["CaseApproval"], await KindsAsync(t.Staff, c.GetProperty("id").GetGuid()));

        var docs = await CaseDocsTown.CreateAsync(app, Now);
        var older = await docs.CaseAsync();
        Assert.Equal(HttpStatusCode.OK, (await docs.Staff.GetAsync($"/Cases/{older}/Print/Filing")).StatusCode);
        Assert.Empty(await KindsAsync(docs.Staff, older));
        // Its next move (here the 告知) numbers it.
        await (await docs.Staff.PostAsJsonAsync($"/api/cases/{older}/notify",
            new { penalties = new[] { "Warning" }, text = "拟给予警告" })).JsonAsync();
        Assert.Contains("CaseApproval", await KindsAsync(docs.Staff, older));
    }

    [Fact]
    public async Task Closing_a_closed_case_says_it_is_closed_and_a_message_not_fetched_does_not_show_elsewhere()
    {
        var t = await CaseTown.CreateAsync(app, Now);
        var c = await t.OpenAsync(t.LiaisonA);
        c = await (await t.LiaisonA.ActAsync(c, "decide", new { penalties = new[] { "Warning" }, summary = "警告" })).JsonAsync();
        c = await (await t.LiaisonA.ActAsync(c, "close", new { })).JsonAsync();
        var again = await (await t.LiaisonA.ActAsync(c, "close", new { })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("已结案", again.GetProperty("detail").GetString());

        var page = await Pages.SignInAsync(app, t.W.Staff);
        var url = $"/Cases/{c.GetProperty("id").GetGuid()}";
        KeyValuePair<string, string>[] form = [new("version", c.GetProperty("version").GetInt32().ToString())];
        var replayed = await page.PostFormAsync(url, form, url + "?handler=Close");
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        // The redirect is not followed: the next page, another one, shows no message meant for the case.
        var list = await (await page.GetAsync("/Cases")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("class=\"flash\"", list);
        var followed = await page.PostFormAsync(url, form, url + "?handler=Close");
        var shown = await (await page.GetAsync(followed.Headers.Location)).Content.ReadAsStringAsync();
        Assert.Contains("案件已结案", shown.Split("class=\"flash\"")[1].Split("</p>")[0]);
    }

    [Fact]
    public async Task Markup_in_the_case_prose_is_refused_by_field_but_a_comparison_or_quotes_are_kept()
    {
        var t = await CaseTown.CreateAsync(app, Now);
        var bad = await (await t.LiaisonA.PostAsJsonAsync("/api/cases", t.Body(new
        {
            title = "<img src=x onerror=alert(1)>案", facts = "当事人销售<script>alert(1)</script>牛仔裤", legalBasis = "&lt;b&gt;商标法",
        }))).ProblemAsync(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "title", "facts", "legalBasis" })
            Assert.True(Http.HasChinese(bad.ErrorsFor(field).Single()), field);
        Assert.Equal(0, (await (await t.Staff.GetAsync("/api/cases")).JsonAsync()).GetProperty("total").GetInt32());

        var c = await t.OpenAsync(t.LiaisonA, new { facts = "当事人销售\"某品牌\"牛仔裤，货值<5万元，A&B牌标识 2 批" });
        Assert.Contains("货值<5万元", c.GetProperty("facts").GetString());
        var decided = await (await t.LiaisonA.ActAsync(c, "decide", new { penalties = new[] { "Warning" }, summary = "<b>警告</b>" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(decided.ErrorsFor("summary"));
        Assert.Equal("Investigating", (await t.Staff.GetCaseAsync(c)).GetProperty("status").GetString());

        var page = await Pages.SignInAsync(app, t.W.Staff);
        var html = await (await page.PostFormAsync("/Cases/New", [
            new("form", "case-new"), new("title", "<img src=x>案"), new("handlingUnitId", t.W.UnitA.Id.ToString()),
            new("officerIds", t.OfficersA[0].ToString()), new("officerIds", t.OfficersA[1].ToString()),
            new("violationType", "SellingCounterfeitGoods"), new("partyKind", "Individual"), new("partyName", "陈大文"),
            new("partyIdNumber", "11010519491231002X"), new("facts", "当事人销售假冒某品牌牛仔裤120条"), new("legalBasis", "商标法第六十条"),
        ])).Content.ReadAsStringAsync();
        Assert.Contains("HTML", html.Split("id=\"title-error\">")[1].Split("<")[0]);
    }
}

[Collection("Sqlite")]
public sealed class CaseReviewFixSqlite(SqliteFactory f) : CaseReviewFixTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class CaseReviewFixPostgres(PostgresFactory f) : CaseReviewFixTests(f.WithClockReset());

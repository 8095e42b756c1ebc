using System.Net;
using System.Text.Json;

namespace Dajia.Tests.Cases;

/// <summary>/Cases/Standards and /api/fine-limits: the transfer standards and maximum fines by the day they applied.</summary>
public abstract class CaseStandardsPageTests(DajiaFactory app)
{
    private static readonly DateTimeOffset Now = new(2017, 9, 20, 2, 0, 0, TimeSpan.Zero);

    private static string[] Codes(JsonElement list) =>
        [.. list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()!).Distinct().Order()];

    [Fact]
    public async Task The_maximum_fines_are_listed_by_the_day_they_applied_with_their_rule_in_words()
    {
        app.Clock.Now = Now;
        var w = await World.CreateAsync(app);
        var liaison = await w.ClientFor(w.LiaisonA);
        var all = await (await liaison.GetAsync("/api/fine-limits")).JsonAsync();
        var in2010 = await (await liaison.GetAsync("/api/fine-limits?on=2010-01-01")).JsonAsync();
        var in2017 = await (await liaison.GetAsync("/api/fine-limits?on=2017-09-20")).JsonAsync();

        Assert.Equal(10, all.GetProperty("items").GetArrayLength());
        Assert.Equal(["other.sanity", "quality.49-50", "quality.53", "quality.54", "trademark.2002"], Codes(in2010));
        Assert.Equal(["other.sanity", "quality.49-50", "quality.53", "quality.54", "trademark.2014"], Codes(in2017));
        var trademark = in2017.GetProperty("items").EnumerateArray()
            .First(i => i.GetProperty("type").GetString() == "SellingCounterfeitGoods");
        Assert.Equal("基数达到50,000元的，为基数的5倍以下；不足50,000元或无基数的，为250,000元以下",
            trademark.GetProperty("rule").GetString());
        Assert.Contains("第六十条", trademark.GetProperty("legalBasis").GetString());
        Assert.Equal("2014-05-01", trademark.GetProperty("effectiveFrom").GetString());
    }

    [Theory]
    [InlineData("2017-02-30")]
    [InlineData("昨天")]
    public async Task A_day_that_is_not_a_date_is_refused_by_the_api_and_said_on_the_page(string on)
    {
        app.Clock.Now = Now;
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        var answer = await staff.GetAsync("/api/fine-limits?on=" + Uri.EscapeDataString(on));
        var problem = await answer.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.All(problem.ErrorsFor("on"), m => Assert.True(Http.HasChinese(m)));
        Assert.NotEmpty(problem.ErrorsFor("on"));

        var page = await Pages.SignInAsync(app, w.Staff);
        var html = await (await page.GetAsync("/Cases/Standards?on=" + Uri.EscapeDataString(on))).Content.ReadAsStringAsync();
        Assert.Contains("class=\"errors\" role=\"alert\"", html);
        Assert.Contains("id=\"all-versions\"", html);
        Assert.Contains("data-code=\"trademark.2002\"", html);
    }

    [Fact]
    public async Task The_page_shows_todays_standards_in_chinese_and_every_version_on_request()
    {
        app.Clock.Now = Now;
        var w = await World.CreateAsync(app);
        var page = await Pages.SignInAsync(app, w.LiaisonA);
        var today = await (await page.GetAsync("/Cases/Standards")).Content.ReadAsStringAsync();
        Assert.Contains("value=\"2017-09-20\"", today);
        Assert.Contains("生产、销售伪劣产品罪", today);
        Assert.Contains("3×案值 ＋ 货值 ≥ 150,000元", today);
        Assert.Contains("data-code=\"trademark.2014\"", today);
        Assert.DoesNotContain("data-code=\"trademark.2002\"", today);
        Assert.Contains("基数的30倍与5,000,000元中的较高者", today);
        Assert.Contains("基数的30%以下（无基数的不得罚款）", today);
        Assert.Contains("基数的等值以下", today);

        var every = await (await page.GetAsync("/Cases/Standards?all=true")).Content.ReadAsStringAsync();
        Assert.Contains("data-code=\"trademark.2002\"", every);
        Assert.Contains("data-code=\"trademark.2014\"", every);

        // Before the first 立案追诉标准 (2008): the fines apply, no threshold does, and the page says so.
        var before = await (await page.GetAsync("/Cases/Standards?on=2005-01-01")).Content.ReadAsStringAsync();
        Assert.Contains("id=\"no-thresholds\"", before);
        Assert.Contains("data-code=\"quality.53\"", before);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/fine-limits")).StatusCode);
    }
}

[Collection("Sqlite")]
public sealed class CaseStandardsPageSqlite(SqliteFactory f) : CaseStandardsPageTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class CaseStandardsPagePostgres(PostgresFactory f) : CaseStandardsPageTests(f.WithClockReset());

using System.Net;
using System.Text.Json;

namespace Dajia.Tests.Cases;

/// <summary>
/// 罚款上限: a fine above the maximum the law sets for the case's type (by the date it applies from) is a 400 naming
/// <c>fine</c> that states the maximum and its article, on the API and on the page; at the maximum it is taken.
/// </summary>
public abstract class CaseFineLimitTests(DajiaFactory app)
{
    private static DateTimeOffset China(int year, int month, int day) => new(year, month, day, 2, 0, 0, TimeSpan.Zero);

    private static object Fine(decimal fine) => new { penalties = new[] { "Fine" }, fine, summary = "罚款" };

    private static async Task<JsonElement> RefusedAsync(CaseTown t, JsonElement c, decimal fine)
    {
        // Straight to the API, not through ActAsync (which serves the 告知 first): the amount is refused before anything else.
        var problem = await (await t.Staff.SendIfMatchAsync(HttpMethod.Post, $"/api/cases/{c.GetProperty("id").GetGuid()}/decide",
            Fine(fine), c.GetProperty("version").GetInt32())).ProblemAsync(HttpStatusCode.BadRequest);
        var now = await t.Staff.GetCaseAsync(c);
        Assert.Equal(("Investigating", c.GetProperty("version").GetInt32()),
            (now.GetProperty("status").GetString(), now.GetProperty("version").GetInt32()));
        return problem;
    }

    [Fact]
    public async Task A_trademark_fine_above_250_thousand_on_a_small_case_is_refused_and_the_maximum_is_taken()
    {
        var t = await CaseTown.CreateAsync(app, China(2017, 9, 18));
        // Sold 12,000 + unsold 36,000: 违法经营额 under 50,000, so at most 250,000 (商标法第六十条第二款).
        var c = await t.OpenAsync(t.Staff);
        var message = Assert.Single((await RefusedAsync(t, c, 250_000.01m)).ErrorsFor("fine"));
        Assert.Contains("250,000.00", message);
        Assert.Contains("第六十条第二款", message);
        var decided = await (await t.Staff.ActAsync(c, "decide", Fine(250_000m))).JsonAsync();
        Assert.Equal(250_000m, decided.GetProperty("fineAmount").GetDecimal());

        // Over 50,000: five times the 违法经营额.
        var big = await t.OpenAsync(t.Staff, new { caseValue = 40_000m, goodsValue = 20_000m });
        Assert.Contains("300,000.00", Assert.Single((await RefusedAsync(t, big, 300_001m)).ErrorsFor("fine")));
        await (await t.Staff.ActAsync(big, "decide", Fine(300_000m))).JsonAsync();
    }

    [Fact]
    public async Task An_absurd_fine_on_a_small_case_is_refused_whatever_its_type_and_zero_or_negative_are_refused_too()
    {
        var t = await CaseTown.CreateAsync(app, China(2017, 9, 18));
        var shoddy = await t.OpenAsync(t.Staff, new { violationType = "Substandard", caseValue = 500m, goodsValue = 0m });
        var message = Assert.Single((await RefusedAsync(t, shoddy, 9_000_000_000m)).ErrorsFor("fine"));
        Assert.Contains("1,500.00", message);
        Assert.Contains("产品质量法", message);
        Assert.True(Http.HasChinese(message));
        foreach (var (type, max) in new[] { ("NoOrigin", "150.00"), ("FalseLabel", "500.00"), ("Other", "5,000,000.00") })
        {
            var c = await t.OpenAsync(t.Staff, new { violationType = type, caseValue = 500m, goodsValue = 0m });
            Assert.Contains(max, Assert.Single((await RefusedAsync(t, c, 9_000_000_000m)).ErrorsFor("fine")));
        }
        // No value, no multiple to take: the page and the API say to fill the figures in first.
        var blank = await t.OpenAsync(t.Staff, new { violationType = "Substandard", caseValue = 0m, goodsValue = 0m });
        Assert.Contains("案值、货值", Assert.Single((await RefusedAsync(t, blank, 100m)).ErrorsFor("fine")));
        foreach (var amount in new[] { 0m, -5m })
            Assert.NotEmpty((await RefusedAsync(t, shoddy, amount)).ErrorsFor("fine"));
        await (await t.Staff.ActAsync(shoddy, "decide", Fine(1_500m))).JsonAsync();
    }

    [Fact]
    public async Task The_maximum_is_the_law_in_force_when_the_case_was_opened_unless_the_later_law_is_lighter()
    {
        // Before 1 May 2014: 商标法实施条例（2002）第五十二条, three times the 违法经营额.
        var t = await CaseTown.CreateAsync(app, China(2014, 4, 10));
        var old = await t.OpenAsync(t.Staff, new { caseValue = 10_000m, goodsValue = 0m });
        Assert.Contains("30,000.00", Assert.Single((await RefusedAsync(t, old, 40_000m)).ErrorsFor("fine")));
        // Decided after the 2013 law took effect: its 250,000 is heavier, so the older, lighter maximum still binds.
        await t.AtAsync(app, China(2014, 5, 6));
        var message = Assert.Single((await RefusedAsync(t, old, 40_000m)).ErrorsFor("fine"));
        Assert.Contains("第五十二条", message);
        var later = await t.OpenAsync(t.Staff, new { caseValue = 10_000m, goodsValue = 0m });
        Assert.Equal(40_000m, (await (await t.Staff.ActAsync(later, "decide", Fine(40_000m))).JsonAsync()).GetProperty("fineAmount")
            .GetDecimal());
    }

    [Fact]
    public async Task The_decision_form_shows_the_same_message_under_the_fine_and_keeps_what_was_typed()
    {
        var t = await CaseTown.CreateAsync(app, China(2017, 9, 18));
        // Told and heard: the page offers the decision form only then.
        var c = await t.Staff.HeardAsync(await t.OpenAsync(t.Staff));
        var url = $"/Cases/{c.GetProperty("id").GetGuid()}";
        var page = await Pages.SignInAsync(app, t.W.Staff);
        var r = await page.PostFormAsync(url, [
            new("form", "case-decide"), new("version", c.GetProperty("version").ToString()), new("penalties", "Fine"),
            new("fine", "10000000000"), new("summary", "罚款"),
        ], url + "?handler=Decide");
        var html = await r.Content.ReadAsStringAsync();
        Assert.Contains("id=\"case-decide-fine-error\"", html);
        r = await page.PostFormAsync(url, [
            new("form", "case-decide"), new("version", c.GetProperty("version").ToString()), new("penalties", "Fine"),
            new("fine", "9000000000"), new("summary", "罚款"),
        ], url + "?handler=Decide");
        html = await r.Content.ReadAsStringAsync();
        var error = html.Split("id=\"case-decide-fine-error\">")[1].Split("<")[0];
        Assert.Contains("250,000.00", error);
        Assert.Contains("第六十条第二款", error);
        Assert.Contains("value=\"9000000000\"", html);
        Assert.Equal("Investigating", (await t.Staff.GetCaseAsync(c)).GetProperty("status").GetString());
    }
}

[Collection("Sqlite")]
public sealed class CaseFineLimitSqlite(SqliteFactory f) : CaseFineLimitTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class CaseFineLimitPostgres(PostgresFactory f) : CaseFineLimitTests(f.WithClockReset());

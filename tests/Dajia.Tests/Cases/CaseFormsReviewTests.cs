using System.Text.RegularExpressions;

namespace Dajia.Tests.Cases;

/// <summary>
/// The second review of #13 on the case's forms and lists: a stopped clock says so once, the fine boxes show the
/// statutory maximum before anything is submitted (or why there is no fine), and the lists' filters fold behind 筛选.
/// </summary>
public abstract partial class CaseFormsReviewTests(DajiaFactory app)
{
    // Mon 7 Mar 2022, 10:00 in China.
    private static DateTimeOffset China(int month, int day) => new(2022, month, day, 2, 0, 0, TimeSpan.Zero);

    private const string TrademarkCap = "罚款上限：250,000.00元（《中华人民共和国商标法》（2013年修正，2014年5月1日起施行）第六十条第二款）";

    [GeneratedRegex("<details class=\"filter-fold\" id=\"[a-z-]+\"( open=\"open\")?>")]
    private static partial Regex Fold();

    private static string Between(string html, string from, string to) => html.Split(from)[1].Split(to)[0];

    [Fact]
    public async Task A_stopped_clock_says_since_when_and_what_is_left_once_on_the_case_and_in_the_list()
    {
        var t = await CaseTown.CreateAsync(app, China(3, 7));
        var c = await t.OpenAsync(t.LiaisonA);
        await t.AtAsync(app, China(3, 14));
        c = await (await t.LiaisonA.ActAsync(await t.LiaisonA.GetCaseAsync(c), "pause",
            new { kind = "Appraisal", from = "2022-03-10", reason = "委托鉴定" })).JsonAsync();
        var left = c.Clock("case.decision").GetProperty("daysLeft").GetInt32();
        var page = await Pages.SignInAsync(app, t.W.LiaisonA);
        var html = await (await page.GetAsync($"/Cases/{c.GetProperty("id").GetGuid()}")).Content.ReadAsStringAsync();
        var row = Regex.Replace(Between(html, "data-rule=\"case.decision\"", "</tr>"), "<[^>]+>|\\s+", "");
        Assert.EndsWith($"计时已中止（自2022-03-10，已5天），恢复后剩{left}天", row);
        Assert.Single(Regex.Matches(row, "中止"));
        Assert.DoesNotContain("不计入", row);

        var list = await (await page.GetAsync("/Cases?status=Paused")).Content.ReadAsStringAsync();
        var item = Regex.Replace(Between(list, c.GetProperty("number").GetString()!, "</tr>"), "<[^>]+>|\\s+", "");
        Assert.Contains("计时已中止（自2022-03-10，已5天）", item);
        Assert.Equal(2, Regex.Matches(item, "中止").Count);
    }

    [Fact]
    public async Task The_fine_boxes_show_the_maximum_up_front_and_a_flagged_case_says_why_there_is_none()
    {
        var t = await CaseTown.CreateAsync(app, China(3, 7));
        var c = await t.OpenAsync(t.Staff);
        var url = $"/Cases/{c.GetProperty("id").GetGuid()}";
        var page = await Pages.SignInAsync(app, t.W.Staff);
        var html = await (await page.GetAsync(url)).Content.ReadAsStringAsync();
        Assert.Contains($"id=\"notify-fine-cap\">{TrademarkCap}</p>", html);
        Assert.Contains("aria-describedby=\"notify-fine-cap\"", html);
        c = await t.Staff.HeardAsync(c);
        html = await (await page.GetAsync(url)).Content.ReadAsStringAsync();
        Assert.Contains($"id=\"decide-fine-cap\">{TrademarkCap}</p>", html);

        // 案值 60,000 crosses the 立案追诉标准: no fine box on the notice, the reason instead (不得以罚代刑).
        var flagged = await t.OpenAsync(t.Staff, new { caseValue = 60_000m });
        var flaggedHtml = await (await page.GetAsync($"/Cases/{flagged.GetProperty("id").GetGuid()}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("id=\"notify-fine\"", flaggedHtml);
        Assert.Contains("不得以行政处罚代替移送", Between(flaggedHtml, "id=\"notify-limit\">", "</p>"));
    }

    [Fact]
    public async Task The_lists_filters_fold_behind_one_toggle_open_while_a_filter_is_in_force()
    {
        var t = await CaseTown.CreateAsync(app, China(3, 7));
        var page = await Pages.SignInAsync(app, t.W.Staff);
        foreach (var list in new[] { "/Cases", "/Clues" })
        {
            var plain = await (await page.GetAsync(list)).Content.ReadAsStringAsync();
            Assert.False(Fold().Match(plain).Groups[1].Success, list);
            Assert.DoesNotContain("id=\"filter-summary\"", plain);
        }
        var cases = await (await page.GetAsync("/Cases?status=Paused&overdue=true&q=" + Uri.EscapeDataString("牛仔"))).Content
            .ReadAsStringAsync();
        Assert.True(Fold().Match(cases).Groups[1].Success);
        Assert.Equal("「牛仔」 · 中止 · 只看已超期", Between(cases, "id=\"filter-summary\">", "</span>"));
        var clues = await (await page.GetAsync("/Clues?source=PublicPortal")).Content.ReadAsStringAsync();
        Assert.True(Fold().Match(clues).Groups[1].Success);
        Assert.Equal("网上举报", Between(clues, "id=\"filter-summary\">", "</span>"));
        // A refused filter keeps the box open so the message sits in view.
        var bad = await (await page.GetAsync("/Cases?status=Nonsense")).Content.ReadAsStringAsync();
        Assert.True(Fold().Match(bad).Groups[1].Success);
    }
}

[Collection("Sqlite")]
public sealed class CaseFormsReviewSqlite(SqliteFactory f) : CaseFormsReviewTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class CaseFormsReviewPostgres(PostgresFactory f) : CaseFormsReviewTests(f.WithClockReset());

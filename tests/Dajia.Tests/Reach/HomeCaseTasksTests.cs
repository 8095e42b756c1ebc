using System.Net.Http.Json;
using Dajia.Tests.Cases;

namespace Dajia.Tests.Reach;

/// <summary>
/// Late, near and long-paused case clocks reach the home page's to-do list: the office's for the town, a liaison's for
/// their unit only. A party's period shows while it runs and, once it lapsed, is nobody's late task.
/// </summary>
public abstract class HomeCaseTasksTests(DajiaFactory app)
{
    // Mon 18 Sep 2017, 10:00 in China.
    private static readonly DateTimeOffset Opened = new(2017, 9, 18, 2, 0, 0, TimeSpan.Zero);

    private async Task<string> HomeAsync(string account) =>
        await (await (await Pages.SignInAsync(app, account)).GetAsync("/")).Content.ReadAsStringAsync();

    [Fact]
    public async Task A_near_decision_and_a_long_pause_are_on_the_office_and_the_units_home_and_not_on_another_units()
    {
        var t = await CaseTown.CreateAsync(app, Opened);
        var near = await t.OpenAsync(t.LiaisonA, new { title = "临近期限案" + t.W.Tag });
        var paused = await t.OpenAsync(t.LiaisonA, new { title = "长期中止案" + t.W.Tag });
        Assert.DoesNotContain("id=\"case-tasks\"", await HomeAsync(t.W.Staff));

        await t.AtAsync(app, Opened.AddDays(3));
        await (await t.LiaisonA.ActAsync(paused, "pause", new { kind = "Appraisal", from = "2017-09-20", reason = "委托鉴定" }))
            .JsonAsync();

        // Day 80 of 90: the decision is due within the fortnight; the appraisal has stood 79 days (20 Sep and today counted,
        // as the case page and the clock count them).
        await t.AtAsync(app, Opened.AddDays(80));
        foreach (var account in new[] { t.W.Staff, t.W.LiaisonA, t.W.Leader })
        {
            var home = await HomeAsync(account);
            Assert.Contains("id=\"case-tasks\"", home);
            Assert.Contains(near.GetProperty("number").GetString()!, home);
            Assert.Contains("案件处理决定", home);
            Assert.Contains("自 2017-09-20 起中止，已 79 天", home);
        }
        Assert.DoesNotContain("id=\"case-tasks\"", await HomeAsync(t.W.LiaisonB));

        // Past due it reads 已逾期 and stays until decided.
        await t.AtAsync(app, Opened.AddDays(100));
        var late = await HomeAsync(t.W.LiaisonA);
        Assert.Contains(near.GetProperty("number").GetString()!, late);
        Assert.Contains("已逾期", late);
    }

    [Fact]
    public async Task The_partys_statement_period_shows_while_it_runs_and_lapses_without_being_late()
    {
        // Mon 14 Mar 2022: five working days, due Mon 21 Mar; the decision is due in June.
        var start = new DateTimeOffset(2022, 3, 14, 2, 0, 0, TimeSpan.Zero);
        var t = await CaseTown.CreateAsync(app, start.AddDays(-7));
        var c = await t.OpenAsync(t.LiaisonA, new { title = "陈述期满案" + t.W.Tag });
        await t.AtAsync(app, start);
        c = await (await t.LiaisonA.ActAsync(c, "notify", new
        {
            penalties = new[] { "Fine" }, fine = 5000m, text = "当事人销售假冒注册商标的牛仔裤120条，违反商标法第五十七条，拟罚款",
        })).JsonAsync();
        var number = c.GetProperty("number").GetString()!;
        Assert.Contains("陈述申辩期", await HomeAsync(t.W.Staff));

        await t.AtAsync(app, start.AddDays(10));
        Assert.Equal("Lapsed", (await t.Staff.GetCaseAsync(c)).Clock("case.statement").GetProperty("state").GetString());
        foreach (var account in new[] { t.W.Staff, t.W.LiaisonA, t.W.Leader })
            Assert.DoesNotContain(number, await HomeAsync(account));
        var overdue = await (await t.Staff.GetAsync("/api/cases?overdue=true&q=" + Uri.EscapeDataString(number))).JsonAsync();
        Assert.Equal(0, overdue.GetProperty("total").GetInt32());
        var listed = await (await t.Staff.GetAsync("/api/cases?q=" + Uri.EscapeDataString(number))).JsonAsync();
        var row = listed.GetProperty("items")[0];
        Assert.Equal("案件处理决定", row.GetProperty("dueRule").GetString());
        Assert.NotEqual("Overdue", row.GetProperty("dueState").GetString());
    }
}

[Collection("Sqlite")]
public sealed class HomeCaseTasksSqlite(SqliteFactory f) : HomeCaseTasksTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class HomeCaseTasksPostgres(PostgresFactory f) : HomeCaseTasksTests(f.WithClockReset());

using System.Net.Http.Json;
using Dajia.Tests.Cases;

namespace Dajia.Tests.Reach;

/// <summary>
/// Late, near and long-paused case clocks reach the home page's to-do list: the office's for the town, a liaison's for
/// their unit only.
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
}

[Collection("Sqlite")]
public sealed class HomeCaseTasksSqlite(SqliteFactory f) : HomeCaseTasksTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class HomeCaseTasksPostgres(PostgresFactory f) : HomeCaseTasksTests(f.WithClockReset());

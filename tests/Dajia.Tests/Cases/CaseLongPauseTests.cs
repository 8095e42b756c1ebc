using System.Net;

namespace Dajia.Tests.Cases;

/// <summary>
/// A pause longer than the home page's threshold (<c>CaseTasks.LongPauseDays</c>) is also a warning on the case page,
/// on the same day the home page starts listing it.
/// </summary>
public abstract class CaseLongPauseTests(DajiaFactory app)
{
    private static DateTimeOffset China(int month, int day) => new(2017, month, day, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_case_page_warns_of_a_pause_over_sixty_days_when_the_home_page_lists_it()
    {
        var t = await CaseTown.CreateAsync(app, China(9, 18));
        var c = await t.OpenAsync(t.Staff);
        var id = c.GetProperty("id").GetGuid();
        await t.AtAsync(app, China(9, 19));
        await (await t.Staff.ActAsync(c, "pause", new { kind = "Appraisal", from = "2017-09-19", reason = "委托鉴定面料成分" })).JsonAsync();

        // 19 Sep to 17 Nov: 60 days counted, not more than 60.
        await t.AtAsync(app, China(11, 17));
        var page = await Pages.SignInAsync(app, t.W.Staff);
        var details = await page.GetStringAsync($"/Cases/{id}");
        Assert.Contains("id=\"paused-since\"", details);
        Assert.DoesNotContain("id=\"long-pause\"", details);
        Assert.DoesNotContain($"/Cases/{id}\"", await page.GetStringAsync("/"));

        await t.AtAsync(app, China(11, 18));
        page = await Pages.SignInAsync(app, t.W.Staff);
        var r = await page.GetAsync($"/Cases/{id}");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var warning = (await r.Content.ReadAsStringAsync()).Split("id=\"long-pause\">")[1].Split("</p>")[0];
        Assert.Contains("2017-09-19", warning);
        Assert.Contains("61 天", warning);
        Assert.Contains("超过 60 天", warning);
        Assert.Contains($"/Cases/{id}\"", await page.GetStringAsync("/"));
        // A liaison of the handling unit sees it too; resumed, it is gone.
        Assert.Contains("id=\"long-pause\"", await (await Pages.SignInAsync(app, t.W.LiaisonA)).GetStringAsync($"/Cases/{id}"));
        var paused = await t.Staff.GetCaseAsync(c);
        await (await t.Staff.ActAsync(paused, "resume", new { to = "2017-11-18" })).JsonAsync();
        Assert.DoesNotContain("id=\"long-pause\"", await page.GetStringAsync($"/Cases/{id}"));
    }
}

[Collection("Sqlite")]
public sealed class CaseLongPauseSqlite(SqliteFactory f) : CaseLongPauseTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class CaseLongPausePostgres(PostgresFactory f) : CaseLongPauseTests(f.WithClockReset());

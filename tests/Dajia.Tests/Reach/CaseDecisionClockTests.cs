using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dajia.Tests.Cases;

namespace Dajia.Tests.Reach;

/// <summary>
/// A clue found true owes the 立案 decision (程序规定第十八条): its clock stays open, and the clue page says so, until a
/// case is opened from it or it is closed without one.
/// </summary>
public abstract class CaseDecisionClockTests(DajiaFactory app)
{
    // Wed 18 Nov 2026, 10:00 in China.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 2, 0, 0, TimeSpan.Zero);

    private static string VerifyState(JsonElement clue) => clue.GetProperty("deadlines").EnumerateArray()
        .Single(d => d.GetProperty("ruleCode").GetString() == "clue.verify").GetProperty("state").GetString()!;

    private async Task<Guid> VerifiedAsync(CaseTown t, string result, bool anonymous = true)
    {
        await app.CreateClient().ReportAsync(new
        {
            kind = "Report", category = "FakeBrand", description = $"摊位卖假牛仔裤 {t.W.Tag}", anonymous,
            informantName = anonymous ? null : "陈某", informantMobile = anonymous ? null : "13912345678", jurisdictionId = t.W.Town.Id,
        });
        var clue = await t.Staff.FindClueAsync(t.W.Tag);
        await (await t.Staff.PostAsJsonAsync($"/api/clues/{clue}/accept", new { })).JsonAsync();
        await (await t.Staff.PostAsJsonAsync($"/api/clues/{clue}/assign", new { unitId = t.W.UnitA.Id })).JsonAsync();
        await (await t.LiaisonA.PostAsJsonAsync($"/api/clues/{clue}/take", new { })).JsonAsync();
        await (await t.LiaisonA.PostAsJsonAsync($"/api/clues/{clue}/verify", new { result, notes = "现场核实" })).JsonAsync();
        return clue;
    }

    [Fact]
    public async Task A_clue_found_true_keeps_its_decision_clock_open_and_shown_until_a_case_is_opened_from_it()
    {
        var t = await CaseTown.CreateAsync(app, Now);
        var clue = await VerifiedAsync(t, "True");
        Assert.Equal("Open", VerifyState(await (await t.Staff.GetAsync($"/api/clues/{clue}")).JsonAsync()));
        var page = await Pages.SignInAsync(app, t.W.LiaisonA);
        var html = await (await page.GetAsync($"/Clues/{clue}")).Content.ReadAsStringAsync();
        Assert.Contains("id=\"clue-decision-owed\"", html);
        Assert.Contains("尚待立案决定", html);

        // Weeks later nobody has decided: the clock goes overdue instead of reading 按时完成.
        await t.AtAsync(app, Now.AddDays(40));
        Assert.Equal("Overdue", VerifyState(await (await t.Staff.GetAsync($"/api/clues/{clue}")).JsonAsync()));

        var body = new { clueId = clue, officerIds = t.OfficersA, marketEntityId = t.Entity, facts = "当事人销售假冒牛仔裤" };
        await (await t.LiaisonA.PostAsJsonAsync("/api/cases", body)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("MetLate", VerifyState(await (await t.Staff.GetAsync($"/api/clues/{clue}")).JsonAsync()));
        page = await Pages.SignInAsync(app, t.W.LiaisonA);
        html = await (await page.GetAsync($"/Clues/{clue}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("id=\"clue-decision-owed\"", html);
    }

    [Fact]
    public async Task Closing_a_clue_found_true_without_a_case_meets_its_decision_clock_and_a_false_one_is_met_at_verification()
    {
        var t = await CaseTown.CreateAsync(app, Now);
        var clue = await VerifiedAsync(t, "PartlyTrue");
        var closed = await (await t.Staff.PostAsJsonAsync($"/api/clues/{clue}/close",
            new { notes = "情节轻微，不予立案", publicOutcome = "经核查，问题部分属实，已责令整改，不予立案。" })).JsonAsync();
        Assert.Equal("MetOnTime", VerifyState(closed));

        var u = await CaseTown.CreateAsync(app, Now);
        var other = await VerifiedAsync(u, "False");
        Assert.Equal("MetOnTime", VerifyState(await (await u.Staff.GetAsync($"/api/clues/{other}")).JsonAsync()));
        var page = await Pages.SignInAsync(app, u.W.Staff);
        Assert.DoesNotContain("clue-decision-owed", await (await page.GetAsync($"/Clues/{other}")).Content.ReadAsStringAsync());
    }
}

[Collection("Sqlite")]
public sealed class CaseDecisionClockSqlite(SqliteFactory f) : CaseDecisionClockTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class CaseDecisionClockPostgres(PostgresFactory f) : CaseDecisionClockTests(f.WithClockReset());

using System.Net;
using System.Net.Http.Json;

namespace Dajia.Tests.Cases;

/// <summary>A case opened from a clue: the clue's history stays in order, and its verification is final from then on.</summary>
public abstract class CaseFromClueTests(DajiaFactory app)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 2, 0, 0, TimeSpan.Zero);

    private static async Task<(CaseTown T, Guid Clue)> VerifiedClueAsync(DajiaFactory factory)
    {
        var t = await CaseTown.CreateAsync(factory, Now);
        await factory.CreateClient().ReportAsync(new
        {
            kind = "Report", category = "FakeBrand", description = $"岚田布业城有摊位卖假牛仔裤 {t.W.Tag}", anonymous = true,
            jurisdictionId = t.W.Town.Id,
        });
        var clue = await t.Staff.FindClueAsync(t.W.Tag);
        await (await t.Staff.PostAsJsonAsync($"/api/clues/{clue}/accept", new { })).JsonAsync();
        await (await t.Staff.PostAsJsonAsync($"/api/clues/{clue}/assign", new { unitId = t.W.UnitA.Id })).JsonAsync();
        await (await t.LiaisonA.PostAsJsonAsync($"/api/clues/{clue}/take", new { })).JsonAsync();
        await (await t.LiaisonA.PostAsJsonAsync($"/api/clues/{clue}/verify", new { result = "True", notes = "现场核实属实" })).JsonAsync();
        return (t, clue);
    }

    [Fact]
    public async Task A_clue_without_a_register_entity_says_so_and_the_form_suggests_the_register()
    {
        var (t, clue) = await VerifiedClueAsync(app);
        var page = await Pages.SignInAsync(app, t.W.Staff);
        var html = await (await page.GetAsync($"/Cases/New?clueId={clue}")).Content.ReadAsStringAsync();
        Assert.Contains("不在经营主体名录中", html.Split("id=\"from-clue\">")[1].Split("</p>")[0]);
        Assert.Contains($"<option value=\"岚田布业城某牛仔摊{t.W.Tag}\">", html.Split("id=\"entity-options\">")[1].Split("</datalist>")[0]);
        var opened = await page.PostFormAsync($"/Cases/New?clueId={clue}", [
            new("form", "case-new"), new("officerIds", t.OfficersA[0].ToString()), new("officerIds", t.OfficersA[1].ToString()),
            new("partyKind", "Entity"), new("entity", "岚田布业城某牛仔摊" + t.W.Tag), new("facts", "当事人销售假冒某品牌牛仔裤 30 条"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
    }

    [Fact]
    public async Task The_case_opened_event_comes_last_in_the_clue_history_and_the_verification_is_then_final()
    {
        var (t, clue) = await VerifiedClueAsync(app);
        await t.AtAsync(app, Now.AddHours(2));
        var c = await (await t.LiaisonA.PostAsJsonAsync("/api/cases",
            new { clueId = clue, officerIds = t.OfficersA, marketEntityId = t.Entity, facts = "当事人销售假冒某品牌牛仔裤 30 条" }))
            .JsonAsync(HttpStatusCode.Created);
        var shown = await (await t.Staff.GetAsync($"/api/clues/{clue}")).JsonAsync();
        var events = shown.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, events.Count), events.Select(e => e.GetProperty("sequence").GetInt32()));
        Assert.Equal("CaseOpened", events[^1].GetProperty("kind").GetString());
        Assert.DoesNotContain("send-back", shown.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));

        var refused = await (await t.Staff.PostAsJsonAsync($"/api/clues/{clue}/verification/send-back", new { reason = "证据不足" }))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains(c.GetProperty("number").GetString()!, refused.GetProperty("detail").GetString());
        await (await t.LiaisonA.PostAsJsonAsync($"/api/clues/{clue}/verify", new { result = "False", notes = "不属实" }))
            .ProblemAsync(HttpStatusCode.Conflict);
        var after = await (await t.Staff.GetAsync($"/api/clues/{clue}")).JsonAsync();
        Assert.Equal("Verified", after.GetProperty("status").GetString());
        Assert.Equal("True", after.GetProperty("result").GetString());
        Assert.Equal(c.GetProperty("number").GetString(), after.GetProperty("caseReference").GetString());
        Assert.Equal(events.Count, after.GetProperty("events").GetArrayLength());
        var page = await (await (await Pages.SignInAsync(app, t.W.Staff)).GetAsync($"/Clues/{clue}")).Content.ReadAsStringAsync();
        Assert.Contains(c.GetProperty("number").GetString()!, page);
        Assert.DoesNotContain("id=\"send-back\"", page);
    }
}

[Collection("Sqlite")]
public sealed class CaseFromClueSqlite(SqliteFactory f) : CaseFromClueTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class CaseFromCluePostgres(PostgresFactory f) : CaseFromClueTests(f.WithClockReset());

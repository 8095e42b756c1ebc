using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dajia.Tests.Rules;

/// <summary>Moves a clue may not make, and moves a role may not make: each is refused and leaves the clue as it was.</summary>
public abstract class ClueMoveRuleTests(DajiaFactory app)
{
    private sealed record Setup(World W, HttpClient Staff, Guid Id);

    /// <summary>A clue of a fresh town, real-name unless told, moved by the office through <paramref name="moves"/>.</summary>
    private async Task<Setup> ClueAsync(bool anonymous, params string[] moves)
    {
        app.Clock.Now = new DateTimeOffset(2021, 9, 28, 2, 0, 0, TimeSpan.Zero);
        var w = await World.CreateAsync(app);
        await app.CreateClient().ReportAsync(new
        {
            kind = "Report", description = $"出售假冒商品 {w.Tag}", anonymous, jurisdictionId = w.Town.Id,
            informantName = anonymous ? null : "王秘密", informantMobile = anonymous ? null : "13912345678",
        });
        var staff = await w.ClientFor(w.Staff);
        var id = await staff.FindClueAsync(w.Tag);
        foreach (var move in moves)
        {
            object body = move == "assign" ? new { unitId = w.UnitA.Id } : new { result = "True", notes = "现场查获" };
            await (await staff.PostAsJsonAsync($"/api/clues/{id}/{move}", body)).JsonAsync();
        }
        return new Setup(w, staff, id);
    }

    private static async Task<(string Status, int Events)> StateAsync(HttpClient client, Guid id)
    {
        var clue = await (await client.GetAsync($"/api/clues/{id}")).JsonAsync();
        return (clue.GetProperty("status").GetString()!, clue.GetProperty("events").GetArrayLength());
    }

    private static async Task RefusedAsync(HttpClient client, Guid id, string move, object body, HttpStatusCode status)
    {
        var problem = await (await client.PostAsJsonAsync($"/api/clues/{id}/{move}", body)).ProblemAsync(status);
        if (status == HttpStatusCode.Conflict) Assert.Equal("线索当前状态不允许此操作", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_clue_is_closed_only_after_it_was_verified()
    {
        var (w, staff, id) = await ClueAsync(anonymous: true);
        foreach (var step in new[] { "accept", "assign", "take" })
        {
            await RefusedAsync(staff, id, "close", new { notes = "办结" }, HttpStatusCode.Conflict);
            var before = await StateAsync(staff, id);
            await (await staff.PostAsJsonAsync($"/api/clues/{id}/{step}", new { unitId = w.UnitA.Id })).JsonAsync();
            Assert.Equal(before.Events + 1, (await StateAsync(staff, id)).Events);
        }
        await RefusedAsync(staff, id, "close", new { notes = "办结" }, HttpStatusCode.Conflict);
        Assert.Equal(("Verifying", 4), await StateAsync(staff, id));
    }

    [Fact]
    public async Task Nobody_verifies_a_clue_that_no_one_took()
    {
        var (w, staff, id) = await ClueAsync(anonymous: true, "accept");
        var verify = new { result = "True", notes = "现场查获" };
        await RefusedAsync(staff, id, "verify", verify, HttpStatusCode.Conflict);
        await (await staff.PostAsJsonAsync($"/api/clues/{id}/assign", new { unitId = w.UnitA.Id })).JsonAsync();
        await RefusedAsync(await w.ClientFor(w.LiaisonA), id, "verify", verify, HttpStatusCode.Conflict);
        await RefusedAsync(staff, id, "verify", verify, HttpStatusCode.Conflict);
        Assert.Equal(("Assigned", 3), await StateAsync(staff, id));
        await (await (await w.ClientFor(w.LiaisonA)).PostAsJsonAsync($"/api/clues/{id}/take", new { })).JsonAsync();
        Assert.Equal("Verified", (await (await staff.PostAsJsonAsync($"/api/clues/{id}/verify", verify)).JsonAsync())
            .GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_accepted_clue_is_not_rejected_afterwards()
    {
        var (_, staff, id) = await ClueAsync(anonymous: true, "accept");
        await RefusedAsync(staff, id, "reject", new { reason = "不属于打假范围" }, HttpStatusCode.Conflict);
        await RefusedAsync(staff, id, "accept", new { }, HttpStatusCode.Conflict);
        Assert.Equal(("Accepted", 2), await StateAsync(staff, id));
    }

    [Fact]
    public async Task Only_the_office_records_that_the_informant_was_told()
    {
        var (w, staff, id) = await ClueAsync(anonymous: false, "accept", "assign");
        var a = await w.ClientFor(w.LiaisonA);
        await (await a.PostAsJsonAsync($"/api/clues/{id}/take", new { })).JsonAsync();
        var verified = await (await a.PostAsJsonAsync($"/api/clues/{id}/verify", new { result = "True", notes = "现场查获" })).JsonAsync();
        Assert.DoesNotContain("notify", verified.GetProperty("allowedActions").EnumerateArray().Select(x => x.GetString()));
        foreach (var user in new[] { w.LiaisonA, w.LiaisonB, w.Leader })
            await RefusedAsync(await w.ClientFor(user), id, "notify", new { how = "短信告知" }, user == w.LiaisonB ? HttpStatusCode.NotFound
                : HttpStatusCode.Forbidden);
        var before = await (await staff.GetAsync($"/api/clues/{id}")).JsonAsync();
        Assert.Equal(JsonValueKind.Null, before.GetProperty("informantNotifiedAt").ValueKind);
        Assert.Contains(before.GetProperty("deadlines").EnumerateArray(), d => d.GetProperty("ruleCode").GetString() == "informant.notify"
            && d.GetProperty("state").GetString() != "MetOnTime");
        var told = await (await staff.PostAsJsonAsync($"/api/clues/{id}/notify", new { how = "短信告知" })).JsonAsync();
        Assert.Equal("短信告知", told.GetProperty("informantNotifiedHow").GetString());
    }

    [Fact]
    public async Task Only_the_office_reveals_an_informant_and_a_refusal_leaves_no_reveal_behind()
    {
        var (w, staff, id) = await ClueAsync(anonymous: false, "accept", "assign");
        foreach (var user in new[] { w.Leader, w.LiaisonA })
        {
            var client = await w.ClientFor(user);
            var refused = await client.PostAsJsonAsync($"/api/clues/{id}/identity", new { reason = "需要联系举报人核实" });
            var body = await refused.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.DoesNotContain("王秘密", body);
            Assert.DoesNotContain("13912345678", body);
        }
        var leaderPage = await Pages.SignInAsync(app, w.Leader);
        var page = await leaderPage.PostFormAsync($"/Clues/{id}", [new("Reason", "需要联系举报人核实")], $"/Clues/{id}?handler=Reveal");
        Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("王秘密", await page.Content.ReadAsStringAsync());
        var audit = await (await (await w.ClientFor(w.Admin)).GetAsync("/api/audit?entityType=InformantReveal")).JsonAsync();
        Assert.Equal(0, audit.GetProperty("items").GetArrayLength());
        var identity = await (await staff.PostAsJsonAsync($"/api/clues/{id}/identity", new { reason = "需要联系举报人核实" })).JsonAsync();
        Assert.Equal("王秘密", identity.GetProperty("name").GetString());
    }
}

[Collection("Sqlite")]
public sealed class ClueMoveRuleSqlite(SqliteFactory f) : ClueMoveRuleTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class ClueMoveRulePostgres(PostgresFactory f) : ClueMoveRuleTests(f.WithClockReset());

using System.Net;
using System.Net.Http.Json;

namespace Dajia.Tests.KeyAreas;

/// <summary>
/// Suggested duplicates are open clues of the same kind about the same stall — never another stall of the same key area,
/// a complaint for a report, or a closed clue — and a clue cannot be merged into a closed one.
/// </summary>
public abstract class DuplicateSuggestionTests(DajiaFactory app)
{
    [Fact]
    public async Task Only_open_clues_of_the_same_kind_about_the_same_stall_are_suggested_and_a_closed_original_is_refused()
    {
        app.Clock.Now = new DateTimeOffset(2026, 11, 18, 2, 0, 0, TimeSpan.Zero);
        var t = await MatchTown.CreateAsync(app);
        var same = await t.RecordAsync("大涌镇何记布行", "岚田布业城A区12号");
        var closed = await t.RecordAsync("何记布行", "岚田布业城A区012号");
        await CloseAsync(t, closed);
        await t.RecordAsync("大涌镇何记布行", "岚田布业城B区3号");
        await app.CreateClient().ReportAsync(new
        {
            kind = "Complaint", merchantName = "大涌镇何记布行", address = "岚田布业城A区12号", description = "何记 出售假冒商品，要求退货",
            anonymous = false, informantName = "林小红", informantMobile = "13812345678", jurisdictionId = t.W.Town.Id,
        });
        var clue = await t.RecordAsync("何记", "岚田布业城A区12号");

        var suggested = (await (await t.Staff.GetAsync($"/api/clues/{clue}/duplicates")).JsonAsync()).GetProperty("items")
            .EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(new[] { same }, suggested);

        var p = await (await t.Staff.PostAsJsonAsync($"/api/clues/{clue}/duplicate", new { duplicateOfId = closed }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("原线索已办结或已不予受理，不能合并到它，请选择尚在办理中的线索", p.ErrorsFor("duplicateOfId")[0]);
        Assert.Equal("Received", (await (await t.Staff.GetAsync($"/api/clues/{clue}")).JsonAsync()).GetProperty("status").GetString());
        var merged = await (await t.Staff.PostAsJsonAsync($"/api/clues/{clue}/duplicate", new { duplicateOfId = same })).JsonAsync();
        Assert.Equal("Duplicate", merged.GetProperty("status").GetString());
    }

    private static async Task CloseAsync(MatchTown t, Guid id)
    {
        await (await t.Staff.PostAsJsonAsync($"/api/clues/{id}/accept", new { })).JsonAsync();
        await (await t.Staff.PostAsJsonAsync($"/api/clues/{id}/assign", new { unitId = t.W.UnitA.Id })).JsonAsync();
        var unit = await t.W.ClientFor(t.W.LiaisonA);
        await (await unit.PostAsJsonAsync($"/api/clues/{id}/take", new { })).JsonAsync();
        await (await unit.PostAsJsonAsync($"/api/clues/{id}/verify", new { result = "True", notes = "现场查获" })).JsonAsync();
        var done = await (await t.Staff.PostAsJsonAsync($"/api/clues/{id}/close",
            new { notes = "办结", publicOutcome = "经核查，您反映的问题属实，已依法查处。" })).JsonAsync();
        Assert.Equal("Closed", done.GetProperty("status").GetString());
    }
}

[Collection("Sqlite")]
public sealed class DuplicateSuggestionSqlite(SqliteFactory f) : DuplicateSuggestionTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class DuplicateSuggestionPostgres(PostgresFactory f) : DuplicateSuggestionTests(f.WithClockReset());

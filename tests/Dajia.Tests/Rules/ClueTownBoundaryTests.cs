using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dajia.Tests.Rules;

/// <summary>
/// Two towns under one city: what one town's office does never reaches the other town's clues or units, on either search
/// path (SQLite's index-first one and the general one), and not even for the city's admin, who sees both towns.
/// </summary>
public abstract class ClueTownBoundaryTests(DajiaFactory app)
{
    private async Task<(World A, World B)> TwoTownsAsync()
    {
        app.Clock.Now = new DateTimeOffset(2017, 9, 13, 2, 0, 0, TimeSpan.Zero);
        var a = await World.CreateAsync(app);
        return (a, await a.NeighbourAsync());
    }

    private async Task<Guid> ReportAsync(World town, string description)
    {
        await app.CreateClient().ReportAsync(new { kind = "Report", description, anonymous = true, jurisdictionId = town.Town.Id });
        var staff = await town.ClientFor(town.Staff);
        return await staff.FindClueAsync(description.Split(' ')[^1]);
    }

    private static async Task<JsonElement> ClueAsync(HttpClient client, Guid id) =>
        await (await client.GetAsync($"/api/clues/{id}")).JsonAsync();

    private static async Task<int> TotalAsync(HttpClient client, string query) =>
        (await (await client.GetAsync($"/api/clues?{query}")).JsonAsync()).GetProperty("total").GetInt32();

    [Fact]
    public async Task A_search_from_one_town_never_finds_the_other_towns_clue()
    {
        var (a, b) = await TwoTownsAsync();
        var shared = "共同" + a.Tag; // one term in both towns' clues
        await ReportAsync(b, $"乙镇摊位出售假冒运动鞋 {shared}");
        var staffA = await a.ClientFor(a.Staff);
        Assert.Equal(0, await TotalAsync(staffA, $"q={shared}"));                  // the index-first path on SQLite
        Assert.Equal(0, await TotalAsync(staffA, $"q={shared}&status=Received"));  // the general path
        Assert.Equal(0, await TotalAsync(await a.ClientFor(a.Leader), $"q={shared}"));
        await ReportAsync(a, $"甲镇摊位出售假冒运动鞋 {shared}");
        var found = await (await staffA.GetAsync($"/api/clues?q={shared}")).JsonAsync();
        Assert.Equal(1, found.GetProperty("total").GetInt32());
        Assert.StartsWith("甲镇", found.GetProperty("items")[0].GetProperty("summary").GetString());
        Assert.Equal(1, await TotalAsync(await b.ClientFor(b.Staff), $"q={shared}"));
        Assert.Equal(2, await TotalAsync(await a.ClientFor(a.CityAdmin), $"q={shared}")); // the city sees both
    }

    [Fact]
    public async Task A_clue_is_never_merged_into_another_towns_clue_nor_into_itself()
    {
        var (a, b) = await TwoTownsAsync();
        var mine = await ReportAsync(a, $"甲镇线索合并测试 {a.Tag}");
        var theirs = await ReportAsync(b, $"乙镇线索合并测试 {b.Tag}");
        var staffA = await a.ClientFor(a.Staff);
        // The town's office does not see the other town's clue at all: it is not an original it may name.
        var unseen = await (await staffA.PostAsJsonAsync($"/api/clues/{mine}/duplicate", new { duplicateOfId = theirs }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Single(unseen.ErrorsFor("duplicateOfId"));
        // The city's admin sees both, and is still refused.
        var city = await a.ClientFor(a.CityAdmin);
        foreach (var original in new[] { theirs, mine })
        {
            var refused = await (await city.PostAsJsonAsync($"/api/clues/{mine}/duplicate", new { duplicateOfId = original }))
                .ProblemAsync(HttpStatusCode.Conflict);
            Assert.Equal("不能合并到自身或其他辖区的线索", refused.GetProperty("detail").GetString());
        }
        foreach (var id in new[] { mine, theirs })
        {
            var clue = await ClueAsync(city, id);
            Assert.Equal("Received", clue.GetProperty("status").GetString());
            Assert.Equal(JsonValueKind.Null, clue.GetProperty("duplicateOfId").ValueKind);
            Assert.Equal(1, clue.GetProperty("events").GetArrayLength());
        }
    }

    [Fact]
    public async Task A_clue_is_assigned_only_to_a_member_unit_of_its_own_town()
    {
        var (a, b) = await TwoTownsAsync();
        var id = await ReportAsync(a, $"甲镇交办范围测试 {a.Tag}");
        var staffA = await a.ClientFor(a.Staff);
        await (await staffA.PostAsJsonAsync($"/api/clues/{id}/accept", new { })).JsonAsync();
        var city = await a.ClientFor(a.CityAdmin);
        var attempts = new[] { (staffA, b.UnitA.Id), (staffA, a.Office.Id), (city, b.UnitA.Id), (city, a.Office.Id), (city, b.Office.Id) };
        foreach (var (client, unit) in attempts)
        {
            var refused = await (await client.PostAsJsonAsync($"/api/clues/{id}/assign", new { unitId = unit }))
                .ProblemAsync(HttpStatusCode.BadRequest);
            Assert.Equal("请选择本辖区的成员单位（不能交办给打假办自身）", refused.ErrorsFor("unitId").Single());
        }
        var clue = await ClueAsync(staffA, id);
        Assert.Equal("Accepted", clue.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, clue.GetProperty("assignedUnitId").ValueKind);
        Assert.Equal(2, clue.GetProperty("events").GetArrayLength());
        Assert.DoesNotContain(clue.GetProperty("deadlines").EnumerateArray(), d => d.GetProperty("ruleCode").GetString() == "clue.verify");
        var assigned = await (await city.PostAsJsonAsync($"/api/clues/{id}/assign", new { unitId = a.UnitA.Id })).JsonAsync();
        Assert.Equal(a.UnitA.Id, assigned.GetProperty("assignedUnitId").GetGuid());
    }
}

[Collection("Sqlite")]
public sealed class ClueTownBoundarySqlite(SqliteFactory f) : ClueTownBoundaryTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class ClueTownBoundaryPostgres(PostgresFactory f) : ClueTownBoundaryTests(f.WithClockReset());

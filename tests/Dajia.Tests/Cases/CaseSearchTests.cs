using System.Text.Json;
using Dajia.Web.Data;
using Dajia.Web.Features.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Cases;

/// <summary>A title word through the full-text index: short Chinese words, single characters, edits, scope and old rows.</summary>
public abstract class CaseSearchTests(DajiaFactory app)
{
    private static readonly DateTimeOffset Opened = new(2017, 3, 1, 2, 0, 0, TimeSpan.Zero);

    private static async Task<string[]> TitlesAsync(HttpClient client, string q, string more = "")
    {
        var page = await (await client.GetAsync($"/api/cases?q={Uri.EscapeDataString(q)}{more}")).JsonAsync();
        var titles = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).Order().ToArray();
        Assert.Equal(titles.Length, page.GetProperty("total").GetInt32());
        return titles;
    }

    [Fact]
    public async Task Words_and_single_characters_find_the_titles_that_contain_them_and_no_others()
    {
        var t = await CaseTown.CreateAsync(app, Opened);
        string[] titles = ["销售假冒皮带案", "销售假冒Nike运动鞋案", "鞋店销售三无皮带", "冒皮带与假冒"];
        var cases = new List<JsonElement>();
        foreach (var title in titles) cases.Add(await t.OpenAsync(t.Staff, new { title = title + t.W.Tag }));
        string[] Of(params int[] i) => [.. i.Select(n => titles[n] + t.W.Tag).Order()];

        Assert.Equal(Of(0, 2, 3), await TitlesAsync(t.Staff, "皮带"));
        Assert.Equal(Of(1, 2), await TitlesAsync(t.Staff, "鞋"));
        Assert.Equal(Of(0, 2, 3), await TitlesAsync(t.Staff, "带"));
        // Every pair of 假冒皮带 is in the last title, but not the words themselves.
        Assert.Equal(Of(0), await TitlesAsync(t.Staff, "假冒皮带"));
        Assert.Equal(Of(1), await TitlesAsync(t.Staff, "Nike运动鞋案" + t.W.Tag));
        Assert.Equal(Of(1), await TitlesAsync(t.Staff, "ike"));
        Assert.Equal(Of(1), await TitlesAsync(t.Staff, "运动鞋案" + t.W.Tag[..3]));
        Assert.Empty(await TitlesAsync(t.Staff, "腰带"));
        Assert.Equal(Of(0, 2, 3), await TitlesAsync(t.Staff, "皮带", $"&unitId={t.W.UnitA.Id}&status=Investigating"));
        Assert.Empty(await TitlesAsync(t.Staff, "皮带", $"&unitId={t.W.UnitB.Id}"));
        Assert.Empty(await TitlesAsync(await t.W.ClientFor(t.W.LiaisonB), "皮带"));
        Assert.Equal(Of(0, 2, 3), await TitlesAsync(t.LiaisonA, "皮带"));

        // A new title is found by its new words only.
        var edited = await t.Staff.SendIfMatchAsync(HttpMethod.Put, $"/api/cases/{cases[0].GetProperty("id").GetGuid()}",
            new { title = "销售假冒腰带案" + t.W.Tag }, cases[0].GetProperty("version").GetInt32());
        await edited.JsonAsync();
        Assert.Equal(["销售假冒腰带案" + t.W.Tag], await TitlesAsync(t.Staff, "腰带"));
        Assert.Equal(Of(2, 3), await TitlesAsync(t.Staff, "皮带"));
    }

    [Fact]
    public async Task Cases_stored_before_the_index_are_found_once_rebuilt_on_start()
    {
        var t = await CaseTown.CreateAsync(app, Opened);
        var c = await t.OpenAsync(t.Staff, new { title = "销售假冒香烟案" + t.W.Tag });
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE \"Cases\" SET \"SearchText\" = {""} WHERE \"Id\" = {c.GetProperty("id").GetGuid()}");
            await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM \"Counters\" WHERE \"Key\" = {CaseSearchUpgrade.Key}");
            return 0;
        });
        Assert.Empty(await TitlesAsync(t.Staff, "香烟"));
        Assert.True(await app.InScopeAsync(Upgrade) >= 1);
        Assert.Equal(["销售假冒香烟案" + t.W.Tag], await TitlesAsync(t.Staff, "香烟"));
        Assert.Equal(0, await app.InScopeAsync(Upgrade));
    }

    internal static Task<int> Upgrade(IServiceProvider sp) =>
        CaseSearchUpgrade.RunAsync(sp.GetRequiredService<AppDbContext>(), sp.GetRequiredService<CasePartySearch>());
}

[Collection("Sqlite")]
public sealed class CaseSearchSqlite(SqliteFactory f) : CaseSearchTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class CaseSearchPostgres(PostgresFactory f) : CaseSearchTests(f.WithClockReset());

using System.Net;
using System.Net.Http.Json;
using Dajia.Web.Data;
using Dajia.Web.Domain.Cases;
using Dajia.Web.Features.Cases;
using Dajia.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Cases;

/// <summary>
/// Several words, each in the number, title or party; an entity party by name, credit code and stall; a person by the
/// whole name only (a short Chinese one typed in two parts too), inside the list's scope; never by the ID number; the
/// index and the walk finding the same cases.
/// </summary>
public abstract class CasePartySearchTests(DajiaFactory app)
{
    private static readonly DateTimeOffset Opened = new(2017, 3, 1, 2, 0, 0, TimeSpan.Zero);
    private const string CreditCode = "91350100M000100Y43";
    private const string IdNumber = "11010519491231002X";

    private sealed record Town(CaseTown T, string[] Titles, Guid Firm)
    {
        public string[] Of(params int[] i) => [.. i.Select(n => Titles[n]).Order()];
    }

    /// <summary>
    /// 0: 耐克 and 牛仔裤 apart in the title, the town's stall A018; 1: 耐克 in the title, 牛仔裤 in the entity's name (with a
    /// credit code); 2: 牛仔裤 only; 3: a person, 王小明, selling belts.
    /// </summary>
    private async Task<Town> SeedAsync()
    {
        var t = await CaseTown.CreateAsync(app, Opened);
        var firm = (await (await t.Staff.PostAsJsonAsync("/api/entities", new
        {
            name = "大涌某牛仔裤批发部" + t.W.Tag, kind = "Enterprise", creditCode = CreditCode,
        })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        string[] titles =
        [
            "销售耐克品牌假冒牛仔裤案" + t.W.Tag, "销售假冒耐克运动鞋案" + t.W.Tag, "销售假冒牛仔裤案" + t.W.Tag, "销售假冒皮带案" + t.W.Tag,
        ];
        await t.OpenAsync(t.Staff, new { title = titles[0] });
        await t.OpenAsync(t.Staff, new { title = titles[1], marketEntityId = firm });
        await t.OpenAsync(t.Staff, new { title = titles[2] });
        await t.OpenAsync(t.Staff, new
        {
            title = titles[3], partyKind = "Individual", partyName = "王小明", partyIdNumber = IdNumber, marketEntityId = (Guid?)null,
        });
        return new(t, titles, firm);
    }

    private static async Task<string[]> TitlesAsync(HttpClient client, string q)
    {
        var response = await client.GetAsync($"/api/cases?q={Uri.EscapeDataString(q)}");
        Assert.DoesNotContain("王小明", await response.Content.ReadAsStringAsync());
        var page = await response.JsonAsync();
        var titles = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).Order().ToArray();
        Assert.Equal(titles.Length, page.GetProperty("total").GetInt32());
        return titles;
    }

    [Fact]
    public async Task Every_word_must_be_in_the_number_the_title_or_the_entity_party()
    {
        var s = await SeedAsync();
        var t = s.T;
        Assert.Equal(s.Of(0, 1), await TitlesAsync(t.Staff, "耐克 牛仔裤"));
        Assert.Equal(s.Of(0, 1), await TitlesAsync(t.Staff, "牛仔裤\u3000耐克"));
        Assert.Equal(s.Of(1), await TitlesAsync(t.Staff, "耐克 批发部"));
        Assert.Equal(s.Of(1), await TitlesAsync(t.Staff, CreditCode));
        Assert.Equal(s.Of(1), await TitlesAsync(t.Staff, CreditCode.ToLowerInvariant() + " 运动鞋"));
        Assert.Equal(s.Of(1), await TitlesAsync(t.Staff, "大涌某牛仔裤批发部" + t.W.Tag));
        Assert.Equal(s.Of(0, 2), await TitlesAsync(t.Staff, "a018"));
        Assert.Equal(s.Of(0), await TitlesAsync(t.Staff, "A018 耐克"));
        Assert.Empty(await TitlesAsync(t.Staff, "耐克 皮带"));
        Assert.Empty(await TitlesAsync(t.Staff, "耐克 腰带"));
        // The neighbour's liaison and another town find the entity's cases no more than the list shows them.
        Assert.Empty(await TitlesAsync(await t.W.ClientFor(t.W.LiaisonB), CreditCode));
        var neighbour = await t.W.NeighbourAsync();
        Assert.Empty(await TitlesAsync(await neighbour.ClientFor(neighbour.Admin), CreditCode));
    }

    [Fact]
    public async Task A_person_is_found_by_the_whole_name_inside_the_lists_scope_and_never_by_the_id_number()
    {
        var s = await SeedAsync();
        var t = s.T;
        Assert.Equal(s.Of(3), await TitlesAsync(t.Staff, "王小明"));
        Assert.Equal(s.Of(3), await TitlesAsync(t.Staff, " 王小明 皮带 "));
        Assert.Equal(s.Of(3), await TitlesAsync(t.LiaisonA, "王小明"));
        Assert.Empty(await TitlesAsync(t.Staff, "王小明 耐克"));
        Assert.Empty(await TitlesAsync(t.Staff, "小明"));
        Assert.Empty(await TitlesAsync(t.Staff, "王小"));
        foreach (var part in new[] { IdNumber, IdNumber[..14], "19491231", "002X", "002x" })
            Assert.Empty(await TitlesAsync(t.Staff, part));
        Assert.Empty(await TitlesAsync(await t.W.ClientFor(t.W.LiaisonB), "王小明"));
        var neighbour = await t.W.NeighbourAsync();
        Assert.Empty(await TitlesAsync(await neighbour.ClientFor(neighbour.Admin), "王小明"));
    }

    [Fact]
    public async Task A_short_chinese_name_typed_in_two_parts_is_also_tried_whole()
    {
        var s = await SeedAsync();
        var t = s.T;
        foreach (var q in new[] { "王 小明", "王\u3000小明", " 王小 明 " })
            Assert.Equal(s.Of(3), await TitlesAsync(t.Staff, q));
        Assert.Equal(s.Of(3), await TitlesAsync(t.LiaisonA, "王 小明"));
        // Each part is still a word: 假冒 皮带 finds by the title; a name is only ever whole, never an ID number's digits.
        Assert.Equal(s.Of(3), await TitlesAsync(t.Staff, "假冒 皮带"));
        foreach (var q in new[] { "小 明", "王 小", "王 小明 皮带", IdNumber[..6] + " " + IdNumber[6..] })
            Assert.Empty(await TitlesAsync(t.Staff, q));
        Assert.Empty(await TitlesAsync(await t.W.ClientFor(t.W.LiaisonB), "王 小明"));
        var neighbour = await t.W.NeighbourAsync();
        Assert.Empty(await TitlesAsync(await neighbour.ClientFor(neighbour.Admin), "王\u3000小明"));
    }

    [Fact]
    public async Task A_rename_in_the_register_reaches_the_entitys_cases_in_the_same_save()
    {
        var s = await SeedAsync();
        var t = s.T;
        (await t.Staff.PutAsJsonAsync($"/api/entities/{s.Firm}", new
        {
            name = "大涌某皮鞋商行" + t.W.Tag, kind = "Enterprise", creditCode = CreditCode,
        })).EnsureSuccessStatusCode();
        foreach (var narrow in new[] { CaseTextSearch.Few, -1 })
        {
            Assert.Equal(s.Of(1), await ThroughServiceAsync(t.W.Staff, "皮鞋商行", narrow));
            Assert.Equal(s.Of(1), await ThroughServiceAsync(t.W.Staff, "大涌某皮鞋商行" + t.W.Tag, narrow));
            Assert.Empty(await ThroughServiceAsync(t.W.Staff, "批发部", narrow));
            Assert.Equal(s.Of(0), await ThroughServiceAsync(t.W.Staff, "耐克 牛仔裤", narrow));
        }
        Assert.Equal(s.Of(1), await TitlesAsync(t.Staff, "皮鞋 " + CreditCode));
        Assert.Equal(s.Of(1), await TitlesAsync(t.Staff, "耐克 商行"));
        // The swapped tail is what a save of the case would have stored.
        var stored = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Unscoped<EnforcementCase>()
            .Where(c => c.MarketEntityId == s.Firm).Select(c => new { c.Number, c.Title, c.PartyText, c.SearchText }).SingleAsync());
        Assert.Equal(CaseSearch.EntityText("大涌某皮鞋商行" + t.W.Tag, CreditCode, null), stored.PartyText);
        Assert.Equal(CaseSearch.TextOf(stored.Number, stored.Title, stored.PartyText), stored.SearchText);
    }

    [Fact]
    public async Task The_index_and_the_walk_find_the_same_cases()
    {
        var s = await SeedAsync();
        foreach (var q in new[] { "耐克 牛仔裤", "耐克", "牛仔裤 批发部", "王小明 皮带", "王小明", "王 小明", "案 a018", "假冒", "鞋 耐克", CreditCode, "腰带" })
        {
            var viaIndex = await ThroughServiceAsync(s.T.W.Staff, q, CaseTextSearch.Few);
            Assert.Equal(viaIndex, await ThroughServiceAsync(s.T.W.Staff, q, narrow: -1));
            Assert.Equal(viaIndex, await TitlesAsync(s.T.Staff, q));
        }
        Assert.Equal(s.Of(0, 1), await ThroughServiceAsync(s.T.W.Staff, "耐克 牛仔裤", narrow: -1));
    }

    [Fact]
    public async Task Old_cases_get_their_party_words_and_name_lookup_on_start()
    {
        var s = await SeedAsync();
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var town = s.T.W.Town.Id;
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                UPDATE "Cases" SET "PartyText" = {""}, "PartyNameLookup" = NULL, "SearchText" = {""} WHERE "JurisdictionId" = {town}
                """);
            await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM \"Counters\" WHERE \"Key\" = {CaseSearchUpgrade.LookupKey}");
            return 0;
        });
        Assert.Empty(await TitlesAsync(s.T.Staff, "王小明"));
        Assert.Empty(await TitlesAsync(s.T.Staff, "批发部"));
        Assert.True(await app.InScopeAsync(CaseSearchTests.Upgrade) >= 4);
        Assert.Equal(s.Of(3), await TitlesAsync(s.T.Staff, "王小明"));
        Assert.Equal(s.Of(1), await TitlesAsync(s.T.Staff, "批发部"));
        Assert.Equal(s.Of(0, 1), await TitlesAsync(s.T.Staff, "耐克 牛仔裤"));
        Assert.Equal(0, await app.InScopeAsync(CaseSearchTests.Upgrade));
    }

    /// <summary>The list's filter as a signed-in user, the index read for up to <paramref name="narrow"/> cases (-1: walk).</summary>
    private Task<string[]> ThroughServiceAsync(string userName, string q, int narrow) => app.InScopeAsync(async sp =>
    {
        var account = await sp.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName);
        var principal = await sp.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(account!);
        sp.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = principal, RequestServices = sp };
        var (db, user) = (sp.GetRequiredService<AppDbContext>(), sp.GetRequiredService<CurrentUser>());
        var search = new CaseTextSearch(db, user, sp.GetRequiredService<CasePartySearch>()) { Narrow = narrow };
        var cases = await search.FilterAsync(await db.VisibleAsync<EnforcementCase>(user, default), q, default);
        return (await cases.Select(c => c.Title).ToListAsync()).Order().ToArray();
    });
}

[Collection("Sqlite")]
public sealed class CasePartySearchSqlite(SqliteFactory f) : CasePartySearchTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class CasePartySearchPostgres(PostgresFactory f) : CasePartySearchTests(f.WithClockReset());

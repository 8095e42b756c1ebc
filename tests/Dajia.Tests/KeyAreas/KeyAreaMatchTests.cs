using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dajia.Tests.KeyAreas;

/// <summary>
/// A report's merchant, address and stall become a proposed entity and key area at intake; the office confirms or
/// corrects it (audited, If-Match), and hot spots count by key area.
/// </summary>
public abstract class KeyAreaMatchTests(DajiaFactory app)
{
    private static (string? State, Guid? Entity, Guid? Area) Read(JsonElement m) => (m.GetProperty("state").GetString(),
        m.GetProperty("entity").ValueKind == JsonValueKind.Null ? null : m.GetProperty("entity").GetProperty("id").GetGuid(),
        m.GetProperty("keyAreaId").ValueKind == JsonValueKind.Null ? null : m.GetProperty("keyAreaId").GetGuid());

    [Fact]
    public async Task A_stall_however_written_within_the_named_area_proposes_that_entity_and_area()
    {
        app.Clock.Now = new DateTimeOffset(2026, 11, 18, 2, 0, 0, TimeSpan.Zero);
        var t = await MatchTown.CreateAsync(app);
        foreach (var (merchant, address) in new[] { ("何记", "岚田布业城A区12号"), ("布行", "布业城 Ａ区０１２号"), ("岚田布业城A-12", null) })
            Assert.Equal(("Proposed", t.HeA12, t.Area), Read(await t.MatchOfAsync(await t.RecordAsync(merchant, address))));
        // The same stall number outside any named area is ambiguous: only nothing is proposed, never a guess between two.
        Assert.Equal(("None", (Guid?)null, (Guid?)null), Read(await t.MatchOfAsync(await t.RecordAsync("某店", "A区12号"))));
        // A name that two shops share, without a stall: the area only.
        Assert.Equal(("Proposed", (Guid?)null, t.Area), Read(await t.MatchOfAsync(await t.RecordAsync("大涌镇何记布行", "岚田布业城"))));
        // A credit code names one entity wherever it is.
        Assert.Equal(("Proposed", t.HeB3, t.Area),
            Read(await t.MatchOfAsync(await t.RecordAsync("何记", $"代码 {await CodeOfAsync(t, t.HeB3)}"))));
        // The entity a sender picked wins, and brings its own area.
        Assert.Equal(("Proposed", t.OutsideA12, t.OtherArea), Read(await t.MatchOfAsync(await t.RecordAsync("x", "岚田布业城", t.OutsideA12))));
    }

    [Fact]
    public async Task A_stall_registered_to_another_name_proposes_the_area_only_and_the_card_says_the_names_differ()
    {
        app.Clock.Now = new DateTimeOffset(2026, 11, 18, 2, 0, 0, TimeSpan.Zero);
        var t = await MatchTown.CreateAsync(app);
        var clue = await t.RecordAsync("大涌镇陈记布行", "岚田布业城A区12号");
        var match = await t.MatchOfAsync(clue);
        Assert.Equal(("Proposed", (Guid?)null, t.Area), Read(match));
        var conflict = match.GetProperty("conflict");
        Assert.Equal(("大涌镇陈记布行", "大涌镇何记布行"),
            (conflict.GetProperty("reported").GetString(), conflict.GetProperty("registered").GetString()));
        var page = await (await Pages.SignInAsync(app, t.W.Staff)).GetStringAsync($"/Clues/{clue}");
        var card = page[page.IndexOf("id=\"match-conflict\"", StringComparison.Ordinal)..];
        card = card[..card.IndexOf("</p>", StringComparison.Ordinal)];
        foreach (var words in new[] { "名称不一致", "大涌镇陈记布行", "大涌镇何记布行" }) Assert.Contains(words, card);
        // A part of the registered name is no conflict; once staff settle the match the warning is gone.
        var agreeing = await t.RecordAsync("何记布行", "岚田布业城A区12号");
        Assert.Equal(JsonValueKind.Null, (await t.MatchOfAsync(agreeing)).GetProperty("conflict").ValueKind);
        await (await t.Staff.PostAsJsonAsync($"/api/clues/{clue}/match", new { keyAreaId = t.Area })).JsonAsync();
        Assert.Equal(JsonValueKind.Null, (await t.MatchOfAsync(clue)).GetProperty("conflict").ValueKind);
    }

    private static async Task<string> CodeOfAsync(MatchTown t, Guid entity) =>
        (await (await t.Staff.GetAsync($"/api/entities/{entity}")).JsonAsync()).GetProperty("creditCode").GetString()!;

    [Fact]
    public async Task A_public_report_is_linked_but_the_sender_sees_nothing_of_the_register()
    {
        app.Clock.Now = new DateTimeOffset(2026, 11, 18, 2, 0, 0, TimeSpan.Zero);
        var t = await MatchTown.CreateAsync(app);
        var (code, key) = await app.CreateClient().ReportAsync(new
        {
            kind = "Report", merchantName = "何记布行", address = "岚田布业城A区12号", description = $"出售假冒牛仔裤 {t.W.Tag}",
            anonymous = true, jurisdictionId = t.W.Town.Id,
        });
        var clue = await t.Staff.FindClueAsync(t.W.Tag);
        Assert.Equal(("Proposed", t.HeA12, t.Area), Read(await t.MatchOfAsync(clue)));
        var track = new HttpRequestMessage(HttpMethod.Get, $"/api/public/reports/{code}");
        track.Headers.Add("X-Access-Key", key);
        var body = await (await app.CreateClient().SendAsync(track)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("大涌镇何记布行", body);
        Assert.DoesNotContain(t.HeA12.ToString(), body);
        Assert.DoesNotContain(await CodeOfAsync(t, t.HeA12), body);
    }

    [Fact]
    public async Task Staff_confirm_or_correct_with_the_version_they_read_and_each_decision_is_in_the_history()
    {
        app.Clock.Now = new DateTimeOffset(2026, 11, 18, 2, 0, 0, TimeSpan.Zero);
        var t = await MatchTown.CreateAsync(app);
        var clue = await t.RecordAsync("何记", "岚田布业城A区12号");
        var read = await t.Staff.GetAsync($"/api/clues/{clue}/match");
        var version = (await read.JsonAsync()).GetProperty("version").GetInt32();
        Assert.Equal($"\"{version}\"", read.Headers.ETag!.Tag);

        await (await t.Staff.SendIfMatchAsync(HttpMethod.Post, $"/api/clues/{clue}/match", new { marketEntityId = t.HeA12 }, version + 1))
            .ProblemAsync(HttpStatusCode.Conflict);
        var confirmed = await (await t.Staff.SendIfMatchAsync(HttpMethod.Post, $"/api/clues/{clue}/match",
            new { marketEntityId = t.HeA12, keyAreaId = t.Area }, version)).JsonAsync();
        Assert.Equal(("Confirmed", t.HeA12, t.Area), Read(confirmed));
        // The same again is no news; another entity is a correction, and "not in the register" keeps the area given.
        await (await t.Staff.PostAsJsonAsync($"/api/clues/{clue}/match", new { marketEntityId = t.HeA12 }))
            .ProblemAsync(HttpStatusCode.Conflict);
        await (await t.Staff.PostAsJsonAsync($"/api/clues/{clue}/match", new { marketEntityId = t.HeB3 })).JsonAsync();
        var none = await (await t.Staff.PostAsJsonAsync($"/api/clues/{clue}/match", new { keyAreaId = t.Area })).JsonAsync();
        Assert.Equal(("Confirmed", (Guid?)null, t.Area), Read(none));

        var history = (await (await t.Staff.GetAsync($"/api/clues/{clue}")).JsonAsync()).GetProperty("events").EnumerateArray()
            .Select(e => (e.GetProperty("kind").GetString(), e.GetProperty("note").GetString())).Skip(1).ToList();
        Assert.Equal(("MatchConfirmed", "大涌镇何记布行 A012 · 岚田布业城"), history[0]);
        Assert.Equal(("MatchCorrected", "大涌镇何记布行 B003 · 岚田布业城"), history[1]);
        Assert.Equal(("MatchCorrected", "不在经营主体名录中 · 岚田布业城"), history[2]);
        var admin = await t.W.ClientFor(t.W.Admin);
        var audited = await (await admin.GetAsync($"/api/audit?entityType=Clue&entityId={clue}")).Content.ReadAsStringAsync();
        Assert.Contains("KeyAreaId", audited);
    }

    [Fact]
    public async Task Bad_matches_are_refused_with_reasons_and_change_nothing()
    {
        app.Clock.Now = new DateTimeOffset(2026, 11, 18, 2, 0, 0, TimeSpan.Zero);
        var t = await MatchTown.CreateAsync(app);
        var clue = await t.RecordAsync("何记", "岚田布业城A区12号");
        var other = await MatchTown.CreateAsync(app);
        var p = await (await t.Staff.PostAsJsonAsync($"/api/clues/{clue}/match", new { marketEntityId = other.HeA12 }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(Http.HasChinese(p.ErrorsFor("marketEntityId")[0]));
        p = await (await t.Staff.PostAsJsonAsync($"/api/clues/{clue}/match", new { marketEntityId = t.HeA12, keyAreaId = t.OtherArea }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("该经营主体登记在另一个重点区域", p.ErrorsFor("keyAreaId")[0]);
        await (await t.Staff.PostAsync($"/api/clues/{clue}/match", JsonContent.Create<object?>(null)))
            .ProblemAsync(HttpStatusCode.BadRequest);
        await (await (await t.W.ClientFor(t.W.LiaisonA)).PostAsJsonAsync($"/api/clues/{clue}/match", new { }))
            .ProblemAsync(HttpStatusCode.Forbidden);
        await (await (await other.W.ClientFor(other.W.Staff)).PostAsJsonAsync($"/api/clues/{clue}/match", new { }))
            .ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(("Proposed", t.HeA12, t.Area), Read(await t.MatchOfAsync(clue)));
    }

    [Fact]
    public async Task Two_confirmations_at_once_make_one_decision()
    {
        app.Clock.Now = new DateTimeOffset(2026, 11, 18, 2, 0, 0, TimeSpan.Zero);
        var t = await MatchTown.CreateAsync(app);
        var clue = await t.RecordAsync("何记", "岚田布业城A区12号");
        var version = (await t.MatchOfAsync(clue)).GetProperty("version").GetInt32();
        var clients = await Task.WhenAll(t.W.ClientFor(t.W.Staff), t.W.ClientFor(t.W.Admin));
        var answers = await Task.WhenAll(
            clients[0].SendIfMatchAsync(HttpMethod.Post, $"/api/clues/{clue}/match", new { marketEntityId = t.HeA12 }, version),
            clients[1].SendIfMatchAsync(HttpMethod.Post, $"/api/clues/{clue}/match", new { marketEntityId = t.HeB3 }, version));
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Conflict);
        var events = (await (await t.Staff.GetAsync($"/api/clues/{clue}")).JsonAsync()).GetProperty("events").GetArrayLength();
        Assert.Equal(2, events);
    }

    [Fact]
    public async Task Hot_spots_count_by_the_clues_key_area_and_a_correction_moves_the_count()
    {
        app.Clock.Now = new DateTimeOffset(2026, 11, 18, 2, 0, 0, TimeSpan.Zero);
        var t = await MatchTown.CreateAsync(app);
        await t.RecordAsync("何记", "岚田布业城A区12号");
        var moved = await t.RecordAsync("某店", "布业城");
        await t.RecordAsync("无名店", "别处");
        await (await t.Staff.PostAsJsonAsync($"/api/clues/{moved}/match", new { keyAreaId = t.OtherArea })).JsonAsync();
        var spots = await (await t.Staff.GetAsync("/api/clues/hotspots")).JsonAsync();
        var byArea = spots.GetProperty("byArea").EnumerateArray()
            .ToDictionary(x => x.GetProperty("key").GetString()!, x => x.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["岚田布业城"] = 1, ["大涌红木家具街"] = 1 }, byArea);
    }

    [Fact]
    public async Task Hot_spots_leave_out_rejected_and_merged_clues_and_count_a_confirmed_shop_under_its_register_entry()
    {
        app.Clock.Now = new DateTimeOffset(2026, 11, 18, 2, 0, 0, TimeSpan.Zero);
        var t = await MatchTown.CreateAsync(app);
        var first = await t.RecordAsync("岚田布业城B区017号", null);
        await t.RecordAsync(" 岚田布业城 Ｂ区017号", null);
        var merged = await t.RecordAsync("岚田布业城B区017号", null);
        var rejected = await t.RecordAsync("<img src=x onerror=alert(1)>", null);
        await (await t.Staff.PostAsJsonAsync($"/api/clues/{merged}/duplicate", new { duplicateOfId = first })).JsonAsync();
        await (await t.Staff.PostAsJsonAsync($"/api/clues/{rejected}/reject", new { reason = "没有具体线索" })).JsonAsync();
        // Typed two ways, both confirmed as the same stall: one shop.
        foreach (var (merchant, address) in new[] { ("何记", "岚田布业城A区12号"), ("陈记布行", "布业城") })
        {
            var clue = await t.RecordAsync(merchant, address);
            await (await t.Staff.PostAsJsonAsync($"/api/clues/{clue}/match", new { marketEntityId = t.HeA12, keyAreaId = t.Area }))
                .JsonAsync();
        }
        var spots = await (await t.Staff.GetAsync("/api/clues/hotspots")).JsonAsync();
        var byMerchant = spots.GetProperty("byMerchant").EnumerateArray()
            .ToDictionary(x => x.GetProperty("key").GetString()!, x => x.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["岚田布业城B区017号"] = 2, ["大涌镇何记布行 · 摊位 A012"] = 2 }, byMerchant);
        Assert.Equal(4, spots.GetProperty("total").GetInt32());
        var page = await (await Pages.SignInAsync(app, t.W.Staff)).GetStringAsync("/Clues/HotSpots");
        Assert.Contains("统计不含已不予受理和已合并（重复）的线索", page);
        Assert.DoesNotContain("onerror", page);
    }
}

[Collection("Sqlite")]
public sealed class KeyAreaMatchSqlite(SqliteFactory f) : KeyAreaMatchTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class KeyAreaMatchPostgres(PostgresFactory f) : KeyAreaMatchTests(f.WithClockReset());

using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Dajia.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Cases;

/// <summary>Who sees which case; hostile input; a person's identity never leaves unmasked; opening from a verified clue.</summary>
public abstract class CaseAccessTests(DajiaFactory app)
{
    private static readonly DateTimeOffset Opened = new(2017, 9, 18, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_liaison_sees_only_their_units_cases_and_another_town_none()
    {
        var t = await CaseTown.CreateAsync(app, Opened);
        var c = await t.OpenAsync(t.LiaisonA);
        var id = c.GetProperty("id").GetGuid();
        var liaisonB = await t.W.ClientFor(t.W.LiaisonB);
        var neighbour = await t.W.NeighbourAsync();
        var other = await neighbour.ClientFor(neighbour.Admin);
        var leader = await t.W.ClientFor(t.W.Leader);
        foreach (var outsider in new[] { liaisonB, other })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/cases/{id}")).StatusCode);
            Assert.Equal(0, (await (await outsider.GetAsync("/api/cases")).JsonAsync()).GetProperty("total").GetInt32());
            await (await outsider.ActAsync(c, "decide", new { penalties = new[] { "Warning" }, summary = "警告" }))
                .ProblemAsync(HttpStatusCode.NotFound);
        }
        // Unit B's liaison cannot open a case for unit A either.
        await (await liaisonB.PostAsJsonAsync("/api/cases", t.Body())).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(1, (await (await t.LiaisonA.GetAsync("/api/cases")).JsonAsync()).GetProperty("total").GetInt32());
        Assert.Equal(id, (await leader.GetCaseAsync(c)).GetProperty("id").GetGuid());
        await (await leader.ActAsync(c, "decide", new { penalties = new[] { "Warning" }, summary = "警告" }))
            .ProblemAsync(HttpStatusCode.Forbidden);
        var filtered = await (await t.Staff.GetAsync($"/api/cases?unitId={t.W.UnitB.Id}")).JsonAsync();
        Assert.Equal(0, filtered.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Hostile_input_is_refused_in_chinese_and_opens_nothing()
    {
        var t = await CaseTown.CreateAsync(app, Opened);
        var cases = new (object Extra, string Field)[]
        {
            (new { caseValue = -1m }, "caseValue"), (new { goodsValue = 1e15m }, "goodsValue"), (new { caseValue = 0.001m }, "caseValue"),
            (new { partyKind = "Individual", partyName = "王小明", partyIdNumber = "110105194912310021" }, "partyIdNumber"),
            (new { partyKind = "Individual", partyName = "王小明", partyIdNumber = "11010530001231002X" }, "partyIdNumber"),
            (new { officerIds = new[] { t.OfficersA[0] } }, "officerIds"),
            (new { officerIds = new[] { t.OfficersA[0], t.OfficerB } }, "officerIds"),
            (new { title = new string('案', 101) }, "title"), (new { violationType = "Murder" }, "violationType"),
            (new { densDestroyed = -3 }, "densDestroyed"), (new { marketEntityId = Guid.NewGuid() }, "marketEntityId"),
            (new { clueId = Guid.NewGuid() }, "clueId"),
        };
        foreach (var (extra, field) in cases)
        {
            var problem = await (await t.Staff.PostAsJsonAsync("/api/cases", t.Body(extra))).ProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.ErrorsFor(field).Length > 0, $"{field}: {problem}");
            Assert.All(problem.ErrorsFor(field), m => Assert.True(Http.HasChinese(m), m));
        }
        Assert.Equal(0, (await (await t.Staff.GetAsync("/api/cases")).JsonAsync()).GetProperty("total").GetInt32());

        var c = await t.OpenAsync(t.LiaisonA);
        foreach (var (action, body, field) in new (string, object, string)[]
                 {
                     ("pause", new { kind = "Testing", from = "2017-09-30", reason = "送检" }, "from"),
                     ("pause", new { kind = "Testing", from = "2017-09-18", reason = "送检" }, "from"),
                     ("pause", new { kind = "Nap", reason = "送检" }, "kind"),
                     ("decide", new { penalties = new[] { "Fine" }, fine = -5m, summary = "罚款" }, "fine"),
                     ("decide", new { penalties = new[] { "Fine" }, fine = 99_999_999_999m, summary = "罚款" }, "fine"),
                     ("decide", new { penalties = new[] { "Warning" }, fine = 100m, summary = "警告" }, "fine"),
                     ("decide", new { penalties = Array.Empty<string>(), summary = "无" }, "penalties"),
                 })
        {
            var problem = await (await t.LiaisonA.ActAsync(c, action, body)).ProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.ErrorsFor(field).Length > 0, $"{action} {field}: {problem}");
        }
        Assert.Equal(c.GetProperty("version").GetInt32(), (await t.Staff.GetCaseAsync(c)).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_persons_identity_is_stored_encrypted_and_shown_only_masked()
    {
        var t = await CaseTown.CreateAsync(app, Opened);
        var c = await t.OpenAsync(t.Staff, new
        {
            partyKind = "Individual", partyName = "王小明", partyIdNumber = "11010519491231002X", marketEntityId = (Guid?)null,
        });
        Assert.Equal("王**", c.GetProperty("partyName").GetString());
        Assert.Equal("1101**********002X", c.GetProperty("partyIdNumber").GetString());
        var list = await (await t.Staff.GetAsync("/api/cases")).Content.ReadAsStringAsync();
        var export = await t.Staff.GetByteArrayAsync("/api/cases/export.xlsx");
        using var zip = new ZipArchive(new MemoryStream(export));
        var text = string.Concat(zip.Entries.Select(e => new StreamReader(e.Open(), Encoding.UTF8).ReadToEnd()));
        foreach (var shown in new[] { c.ToString(), list, text })
        {
            Assert.DoesNotContain("王小明", shown);
            Assert.DoesNotContain("11010519491231002X", shown);
        }
        Assert.Contains("王**", text);
        var stored = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var id = c.GetProperty("id").GetGuid();
            return await db.Cases.Where(x => x.Id == id).Select(x => x.PartyNameCipher + x.PartyIdNumberCipher).SingleAsync();
        });
        Assert.DoesNotContain("王小明", stored);
        Assert.DoesNotContain("19491231", stored);
    }

    [Fact]
    public async Task A_verified_clue_opens_its_case_with_one_call_and_never_names_its_informant()
    {
        // Wed 18 Nov 2026: the duty to tell a real-name informant (2020 rule) is in force.
        var t = await CaseTown.CreateAsync(app, new DateTimeOffset(2026, 11, 18, 2, 0, 0, TimeSpan.Zero));
        await app.CreateClient().ReportAsync(new
        {
            kind = "Report", category = "FakeBrand", description = $"岚田布业城有摊位卖假牛仔裤 {t.W.Tag}", anonymous = false,
            informantName = "陈秘密", informantMobile = "13912345678", jurisdictionId = t.W.Town.Id,
        });
        var clue = await t.Staff.FindClueAsync(t.W.Tag);
        await (await t.Staff.PostAsJsonAsync($"/api/clues/{clue}/accept", new { })).JsonAsync();
        await (await t.Staff.PostAsJsonAsync($"/api/clues/{clue}/assign", new { unitId = t.W.UnitA.Id })).JsonAsync();
        await (await t.LiaisonA.PostAsJsonAsync($"/api/clues/{clue}/take", new { })).JsonAsync();
        var before = new { clueId = clue, officerIds = t.OfficersA, marketEntityId = t.Entity };
        await (await t.LiaisonA.PostAsJsonAsync("/api/cases", before)).ProblemAsync(HttpStatusCode.Conflict);
        await (await t.LiaisonA.PostAsJsonAsync($"/api/clues/{clue}/verify", new { result = "True", notes = "现场核实属实" })).JsonAsync();

        // The informant's words are not the facts printed in the 决定书: the officer writes them.
        var unwritten = await (await t.LiaisonA.PostAsJsonAsync("/api/cases", before)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(unwritten.GetProperty("errors").TryGetProperty("facts", out _));
        var c = await (await t.LiaisonA.PostAsJsonAsync("/api/cases",
            new { clueId = clue, officerIds = t.OfficersA, marketEntityId = t.Entity, facts = "当事人销售假冒某品牌牛仔裤 30 条" }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal("Clue", c.GetProperty("source").GetString());
        Assert.Equal(t.W.UnitA.Id, c.GetProperty("handlingUnitId").GetGuid());
        Assert.Equal("SellingCounterfeitGoods", c.GetProperty("violationType").GetString());
        Assert.Equal("当事人销售假冒某品牌牛仔裤 30 条", c.GetProperty("facts").GetString());
        Assert.EndsWith("涉嫌销售假冒注册商标的商品案", c.GetProperty("title").GetString());
        Assert.DoesNotContain("陈秘密", c.ToString());
        Assert.DoesNotContain("13912345678", c.ToString());

        var shown = await (await t.Staff.GetAsync($"/api/clues/{clue}")).JsonAsync();
        Assert.Equal(c.GetProperty("number").GetString(), shown.GetProperty("caseReference").GetString());
        Assert.Contains(shown.GetProperty("events").EnumerateArray(), e => e.GetProperty("kind").GetString() == "CaseOpened");
        Assert.Contains(shown.GetProperty("deadlines").EnumerateArray(), d => d.GetProperty("ruleCode").GetString() == "informant.notify");
        await (await t.Staff.PostAsJsonAsync("/api/cases", before)).ProblemAsync(HttpStatusCode.Conflict);
    }
}

[Collection("Sqlite")]
public sealed class CaseAccessSqlite(SqliteFactory f) : CaseAccessTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class CaseAccessPostgres(PostgresFactory f) : CaseAccessTests(f.WithClockReset());

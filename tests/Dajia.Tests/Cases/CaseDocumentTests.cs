using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dajia.Web.Domain.Cases;

namespace Dajia.Tests.Cases;

/// <summary>Document numbers from the counters (per unit, kind and year) with the unit's prefix; the publication summary.</summary>
public abstract class CaseDocumentTests(DajiaFactory app)
{
    private static readonly DateTimeOffset Now = new(2017, 9, 20, 2, 0, 0, TimeSpan.Zero);

    private static async Task<JsonElement> IssueAsync(HttpClient c, Guid caseId, string kind) =>
        await (await c.PostAsync($"/api/cases/{caseId}/documents/{kind}", null)).JsonAsync();

    [Fact]
    public async Task A_decision_is_numbered_with_the_unit_prefix_once_and_in_order()
    {
        var t = await CaseDocsTown.CreateAsync(app, Now);
        var admin = await t.W.ClientFor(t.W.Admin);
        var unit = await (await admin.GetAsync($"/api/units/{t.W.UnitA.Id}")).JsonAsync();
        var bad = await (await admin.SendIfMatchAsync(HttpMethod.Put, $"/api/units/{t.W.UnitA.Id}/document-prefix",
            new { prefix = "中市监〔大涌" }, unit.GetProperty("version").GetInt32())).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(Http.HasChinese(bad.ErrorsFor("prefix").Single()));
        var set = await (await admin.SendIfMatchAsync(HttpMethod.Put, $"/api/units/{t.W.UnitA.Id}/document-prefix",
            new { prefix = "中市监大涌" }, unit.GetProperty("version").GetInt32())).JsonAsync();
        Assert.Equal("中市监大涌", set.GetProperty("documentPrefix").GetString());

        var first = await t.CaseAsync(change: c => CaseDocsTown.Decide(c, Now));
        var second = await t.CaseAsync(change: c => CaseDocsTown.Decide(c, Now));
        Assert.Equal("中市监大涌处字〔2017〕1号", (await IssueAsync(t.Staff, first, "PenaltyDecision")).GetProperty("number").GetString());
        Assert.Equal("中市监大涌处字〔2017〕2号", (await IssueAsync(t.Staff, second, "PenaltyDecision")).GetProperty("number").GetString());
        // Asked again, the same number; another kind counts on its own.
        Assert.Equal("中市监大涌处字〔2017〕1号", (await IssueAsync(t.Staff, first, "PenaltyDecision")).GetProperty("number").GetString());
        // An empty goods list takes no number (it prints unnumbered): the register keeps no gap for it.
        var empty = await (await t.Staff.PostAsync($"/api/cases/{first}/documents/ExhibitList", null))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("尚未登记涉案物品", empty.GetProperty("detail").GetString());
        (await t.AddExhibitAsync(t.Staff, first)).EnsureSuccessStatusCode();
        Assert.Equal("中市监大涌物字〔2017〕1号", (await IssueAsync(t.Staff, first, "ExhibitList")).GetProperty("number").GetString());
        var list = await (await t.Staff.GetAsync($"/api/cases/{first}/documents")).JsonAsync();
        Assert.Equal(2, list.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Twenty_cases_numbered_at_once_get_twenty_different_numbers()
    {
        var t = await CaseDocsTown.CreateAsync(app, Now);
        var cases = new List<Guid>();
        for (var i = 0; i < 20; i++) cases.Add(await t.CaseAsync(change: c => CaseDocsTown.Decide(c, Now)));
        var clients = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => t.W.ClientFor(i % 2 == 0 ? t.W.Staff : t.W.LiaisonA)));
        // Each case asked for twice at once: one number per case, and no number used twice.
        var answers = await Task.WhenAll(cases.SelectMany((id, i) => new[] { clients[i % 4], clients[(i + 1) % 4] })
            .Select((c, i) => IssueAsync(c, cases[i / 2], "PenaltyDecision")));
        var byCase = answers.Select((a, i) => (Case: cases[i / 2], Number: a.GetProperty("number").GetString()!)).ToList();
        Assert.All(byCase.GroupBy(x => x.Case), g => Assert.Single(g.Select(x => x.Number).Distinct()));
        Assert.Equal(20, byCase.Select(x => x.Number).Distinct().Count());
    }

    [Fact]
    public async Task Documents_of_what_has_not_happened_get_no_number_and_outsiders_none()
    {
        var t = await CaseDocsTown.CreateAsync(app, Now);
        var open = await t.CaseAsync();
        var p = await (await t.Staff.PostAsync($"/api/cases/{open}/documents/PenaltyDecision", null)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("尚未作出处罚决定", p.GetProperty("detail").GetString());
        await (await t.Staff.PostAsync($"/api/cases/{open}/documents/SiteRecord", null)).ProblemAsync(HttpStatusCode.Conflict);
        var kind = await (await t.Staff.PostAsync($"/api/cases/{open}/documents/Invoice", null)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(kind.ErrorsFor("kind"));
        var liaisonB = await t.W.ClientFor(t.W.LiaisonB);
        Assert.Equal(HttpStatusCode.NotFound, (await liaisonB.PostAsync($"/api/cases/{open}/documents/CaseApproval", null)).StatusCode);
        var leader = await t.W.ClientFor(t.W.Leader);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsync($"/api/cases/{open}/documents/CaseApproval", null)).StatusCode);
    }

    [Fact]
    public async Task The_publication_summary_masks_natural_persons()
    {
        var t = await CaseDocsTown.CreateAsync(app, Now);
        var person = new CaseParty(PartyKind.Individual, null, "cipher", "陈**", "cipher", "4420**********1234");
        var caseId = await t.CaseAsync(party: person, change: c => CaseDocsTown.Decide(c, Now));
        var early = await (await t.Staff.GetAsync($"/api/cases/{caseId}/publication-summary")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("尚未取号", early.GetProperty("detail").GetString());
        var number = (await IssueAsync(t.Staff, caseId, "PenaltyDecision")).GetProperty("number").GetString();
        var body = await (await t.Staff.GetAsync($"/api/cases/{caseId}/publication-summary")).Content.ReadAsStringAsync();
        var s = JsonDocument.Parse(body).RootElement;
        Assert.Equal(number, s.GetProperty("decisionNumber").GetString());
        Assert.Equal("陈**", s.GetProperty("party").GetString());
        Assert.Equal(5000m, s.GetProperty("fine").GetDecimal());
        Assert.Equal("2017-09-20", s.GetProperty("decidedOn").GetString());
        Assert.DoesNotContain("4420", body);
        Assert.DoesNotContain("cipher", body);
        var undecided = await t.CaseAsync();
        await (await t.Staff.GetAsync($"/api/cases/{undecided}/publication-summary")).ProblemAsync(HttpStatusCode.Conflict);
    }
}

[Collection("Sqlite")]
public sealed class CaseDocumentSqlite(SqliteFactory f) : CaseDocumentTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class CaseDocumentPostgres(PostgresFactory f) : CaseDocumentTests(f.WithClockReset());

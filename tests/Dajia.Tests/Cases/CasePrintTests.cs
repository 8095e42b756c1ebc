using System.Net;
using System.Text.RegularExpressions;
using Dajia.Web.Data;
using Dajia.Web.Domain.Cases;
using Dajia.Web.Domain.Operations;
using Dajia.Web.Features.Cases;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Cases;

/// <summary>The A4 print views of a case: filled from the case, numbered once on first print, scoped, masked, explained.</summary>
public abstract partial class CasePrintTests(DajiaFactory app)
{
    private static readonly DateTimeOffset Now = new(2017, 9, 20, 2, 0, 0, TimeSpan.Zero);
    private static readonly string[] Views = ["Filing", "Scene", "Exhibits", "Decision", "Closing", "File"];

    private static async Task<string> PageAsync(HttpClient c, Guid caseId, string view, HttpStatusCode status = HttpStatusCode.OK)
    {
        var r = await c.GetAsync($"/Cases/{caseId}/Print/{view}");
        var html = await r.Content.ReadAsStringAsync();
        Assert.True(status == r.StatusCode, $"{view}: {r.StatusCode}");
        return html;
    }

    /// <summary>A case opened from an inspection of the town's stall in which unit B's officers found fake jeans.</summary>
    private async Task<Guid> InspectedCaseAsync(CaseDocsTown t, Action<EnforcementCase>? change = null)
    {
        var (operationId, inspectionId) = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var op = new Operation(t.W.Town.Id, "XD-T" + t.W.Tag[..4], t.W.UnitA.Id,
                new OperationDetails(OperationKind.JointInspection, "岚田布业城联合检查", Now.AddDays(-3), null, 6, 1, "查获假冒牛仔裤"), "staff");
            op.Invite(t.W.UnitB.Id);
            op.Respond(t.W.UnitB.Id, true, "陈检查（证号B1）", Now.AddDays(-4));
            var i = op.Inspect(t.EntityId, InspectionResult.GoodsSeized, "摊位内查获标有某品牌商标的牛仔裤120条", Now.AddDays(-3), "staff");
            db.Add(op);
            await db.SaveChangesAsync();
            return (op.Id, i.Id);
        });
        return await t.CaseAsync(origin: new CaseOrigin(CaseSource.Operation, null, operationId, inspectionId), change: change);
    }

    [Fact]
    public async Task Every_view_prints_the_case_in_the_official_wording()
    {
        var t = await CaseDocsTown.CreateAsync(app, Now);
        var caseId = await InspectedCaseAsync(t, c => CaseDocsTown.Decide(c, Now));
        (await t.AddExhibitAsync(t.Staff, caseId)).EnsureSuccessStatusCode();
        var staff = await Pages.SignInAsync(app, t.W.Staff);
        // Viewing never numbers: the form prints a blank and says, on screen, how to number it.
        var unnumbered = await PageAsync(staff, caseId, "Filing");
        Assert.Contains("class=\"missing-number\"", unnumbered);
        Assert.Contains("id=\"number-hint\"", unnumbered);
        Assert.Empty((await (await t.Staff.GetAsync($"/api/cases/{caseId}/documents")).JsonAsync()).GetProperty("items").EnumerateArray());
        foreach (var kind in new[] { "CaseApproval", "SiteRecord", "ExhibitList", "PenaltyDecision", "ClosingApproval" })
            (await t.Staff.PostAsync($"/api/cases/{caseId}/documents/{kind}", null)).EnsureSuccessStatusCode();

        var filing = await PageAsync(staff, caseId, "Filing");
        Assert.DoesNotContain("id=\"number-hint\"", filing);
        Assert.Contains("立案审批表", filing);
        Assert.Contains("立字〔2017〕1号", filing);
        Assert.Contains("销售假冒牛仔裤案" + t.W.Tag, filing);
        Assert.Contains("黄执法（执法证号A1", filing);
        Assert.Contains("部门负责人审批", filing);
        Assert.Contains("2017年9月20日", filing);

        var scene = await PageAsync(staff, caseId, "Scene");
        Assert.Contains("笔字〔2017〕1号", scene);
        Assert.Contains("摊位内查获标有某品牌商标的牛仔裤120条", scene);
        Assert.Contains("陈检查（证号B1）", scene);
        Assert.Contains("岚田布业城某牛仔摊" + t.W.Tag, scene);
        Assert.Contains("当事人签名", scene);

        var exhibits = await PageAsync(staff, caseId, "Exhibits");
        Assert.Contains("36,000.00", exhibits);
        Assert.Contains("人民币叁万陆仟元整", exhibits);
        Assert.Contains("分局罚没物品仓库", exhibits);

        var decision = await PageAsync(staff, caseId, "Decision");
        Assert.Contains("处字〔2017〕1号", decision);
        Assert.Contains("罚款人民币5,000.00元（大写：伍仟元整）", decision);
        Assert.Contains("物字〔2017〕1号", decision);
        Assert.Contains("十五日内", decision);
        Assert.Contains("第五十一条", decision);
        Assert.Contains("六十日内", decision);
        Assert.Contains("六个月内", decision);
        Assert.Contains("《商标法》第五十七条", decision);

        var closing = await PageAsync(staff, caseId, "Closing");
        Assert.Contains("结字〔2017〕1号", closing);
        Assert.Contains("尚未缴纳", closing);

        var file = await PageAsync(staff, caseId, "File");
        Assert.Contains("卷内目录", file);
        foreach (var word in new[] { "立字", "笔字", "物字", "处字", "结字" }) Assert.Contains(word + "〔2017〕1号", file);
        Assert.Contains("立案", file);
        // Printed again: the same numbers, none taken twice.
        Assert.Contains("处字〔2017〕1号", await PageAsync(staff, caseId, "Decision"));
        var list = await (await t.Staff.GetAsync($"/api/cases/{caseId}/documents")).JsonAsync();
        Assert.Equal(5, list.GetProperty("items").GetArrayLength());
        var details = await (await staff.GetAsync($"/Cases/{caseId}")).Content.ReadAsStringAsync();
        Assert.Contains($"/Cases/{caseId}/Print/Decision", details);
    }

    [Fact]
    public async Task Prints_at_once_take_no_number_and_an_old_case_is_numbered_in_its_own_year()
    {
        var t = await CaseDocsTown.CreateAsync(app, Now);
        var cases = new List<Guid>();
        for (var i = 0; i < 3; i++) cases.Add(await t.CaseAsync(change: c => CaseDocsTown.Decide(c, Now)));
        var staff = await Pages.SignInAsync(app, t.W.Staff);
        var liaison = await Pages.SignInAsync(app, t.W.LiaisonA);
        var pages = await Task.WhenAll(cases.SelectMany(id =>
            new[] { "Decision", "Closing" }.SelectMany(v => new[] { PageAsync(staff, id, v), PageAsync(liaison, id, v) })));
        Assert.All(pages, h => Assert.DoesNotMatch(DecisionNumber(), h));
        Assert.All(pages, h => Assert.Contains("id=\"number-hint\"", h));
        foreach (var id in cases)
            Assert.Empty((await (await t.Staff.GetAsync($"/api/cases/{id}/documents")).JsonAsync()).GetProperty("items").EnumerateArray());

        // Years later, 取号 for the 2017 decision takes a 2017 number, the print shows it, and this year's run is untouched.
        app.Clock.Now = new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero);
        var api = await t.W.ClientFor(t.W.Staff);
        var number = (await (await api.PostAsync($"/api/cases/{cases[0]}/documents/PenaltyDecision", null)).JsonAsync())
            .GetProperty("number").GetString();
        Assert.EndsWith("处字〔2017〕1号", number);
        staff = await Pages.SignInAsync(app, t.W.Staff);
        Assert.Contains(number!, await PageAsync(staff, cases[0], "Decision"));
    }

    [Fact]
    public async Task A_natural_person_is_printed_masked_and_a_later_decision_cites_the_2021_law()
    {
        var later = new DateTimeOffset(2022, 3, 1, 2, 0, 0, TimeSpan.Zero);
        var t = await CaseDocsTown.CreateAsync(app, later);
        var party = await app.InScopeAsync(sp =>
        {
            var protector = sp.GetRequiredService<IDataProtectionProvider>().CreateProtector(CaseForm.PartyPurpose);
            return Task.FromResult(new CaseParty(PartyKind.Individual, null, protector.Protect("王小明"), "王**",
                protector.Protect("11010519491231002X"), "1101**********002X"));
        });
        var caseId = await t.CaseAsync(party: party, change: c => c.Decide(
            new CaseDecision(Penalties.Fine, 1_000_010.05m, null, "罚款"), later, "staff"));
        (await t.Staff.PostAsync($"/api/cases/{caseId}/documents/PenaltyDecision", null)).EnsureSuccessStatusCode();
        var staff = await Pages.SignInAsync(app, t.W.Staff);
        foreach (var view in new[] { "Filing", "Decision", "Closing", "File", "Exhibits" })
        {
            var html = await PageAsync(staff, caseId, view);
            Assert.Contains("王**", html);
            Assert.DoesNotContain("王小明", html);
            Assert.DoesNotContain("11010519491231002X", html);
        }
        var decision = await PageAsync(staff, caseId, "Decision");
        Assert.Contains("1101**********002X", decision);
        Assert.Contains("壹佰万零壹拾元零伍分", decision);
        Assert.Contains("第七十二条", decision);
        Assert.Contains("《市场监督管理行政处罚信息公示规定》", decision);
        Assert.Contains("处字〔2022〕1号", decision);
    }

    [Fact]
    public async Task Outsiders_get_404_and_a_leader_reads_without_taking_a_number()
    {
        var t = await CaseDocsTown.CreateAsync(app, Now);
        var caseId = await InspectedCaseAsync(t, c => CaseDocsTown.Decide(c, Now));
        var liaisonB = await Pages.SignInAsync(app, t.W.LiaisonB);
        var neighbour = await t.W.NeighbourAsync();
        var otherTown = await Pages.SignInAsync(app, neighbour.Staff);
        foreach (var view in Views)
        {
            await PageAsync(liaisonB, caseId, view, HttpStatusCode.NotFound);
            await PageAsync(otherTown, caseId, view, HttpStatusCode.NotFound);
        }
        await PageAsync(liaisonB, Guid.NewGuid(), "Decision", HttpStatusCode.NotFound);
        var leader = await Pages.SignInAsync(app, t.W.Leader);
        var html = await PageAsync(leader, caseId, "Decision");
        Assert.Contains("行政处罚决定书", html);
        Assert.DoesNotContain("处字〔", html);
        Assert.Empty((await (await t.Staff.GetAsync($"/api/cases/{caseId}/documents")).JsonAsync()).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_document_of_what_has_not_happened_says_why_and_takes_no_number()
    {
        var t = await CaseDocsTown.CreateAsync(app, Now);
        var caseId = await t.CaseAsync();
        var staff = await Pages.SignInAsync(app, t.W.Staff);
        var decision = await PageAsync(staff, caseId, "Decision", HttpStatusCode.Conflict);
        Assert.Contains("暂不能打印行政处罚决定书：案件尚未作出处罚决定", decision);
        Assert.DoesNotContain("罚款人民币", decision);
        Assert.Contains("尚未作出处罚决定", await PageAsync(staff, caseId, "Closing", HttpStatusCode.Conflict));
        Assert.Contains("没有现场笔录", await PageAsync(staff, caseId, "Scene", HttpStatusCode.Conflict));
        Assert.Empty((await (await t.Staff.GetAsync($"/api/cases/{caseId}/documents")).JsonAsync()).GetProperty("items").EnumerateArray());
        // The case file lists only what applies: no decision, no on-site record.
        var file = await PageAsync(staff, caseId, "File");
        Assert.DoesNotContain("data-kind=\"PenaltyDecision\"", file);
        Assert.DoesNotContain("data-kind=\"SiteRecord\"", file);
        Assert.Contains("data-kind=\"CaseApproval\"", file);
    }

    [GeneratedRegex("处字〔2017〕\\d+号")]
    private static partial Regex DecisionNumber();
}

[Collection("Sqlite")]
public sealed class CasePrintSqlite(SqliteFactory f) : CasePrintTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class CasePrintPostgres(PostgresFactory f) : CasePrintTests(f.WithClockReset());

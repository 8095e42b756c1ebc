using Dajia.Web.Data;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Cases;
using Dajia.Web.Domain.Operations;
using Dajia.Web.Domain.Units;
using Dajia.Web.Features.Cases.Documents;
using Dajia.Web.Features.Deadlines;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dajia.BrowserTests;

/// <summary>Each A4 print view of a case opened from an inspection of the demo town, as printed (print media emulated).</summary>
public sealed class CasePrintTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly string[] Views = ["Filing", "Scene", "Exhibits", "Decision", "Closing", "File"];
    private static readonly string[] Titles = ["立案审批表", "现场笔录", "涉案物品清单", "行政处罚决定书", "结案审批表", "案卷"];

    [Fact]
    public async Task Every_print_view_is_an_A4_sheet_in_Chinese_with_its_number()
    {
        var caseId = await DecidedCaseAsync();
        var office = await app.SignInAsync("office.staff");
        await office.GotoAsync($"/Cases/{caseId}");
        await Assertions.Expect(office.Locator("#print-links").GetByRole(AriaRole.Link)).ToHaveCountAsync(6);
        await office.EmulateMediaAsync(new() { Media = Media.Print });
        for (var i = 0; i < Views.Length; i++)
        {
            await office.GotoAsync($"/Cases/{caseId}/Print/{Views[i]}");
            await Assertions.Expect(office.Locator("h1").First).ToHaveTextAsync(Titles[i]);
            // The 打印 button and the way back are on the screen, not on the paper.
            await Assertions.Expect(office.GetByRole(AriaRole.Button, new() { Name = "打印" })).ToBeHiddenAsync();
            await office.ScreenshotAsync(new()
            {
                Path = Path.Combine(BrowserApp.Shots, $"case-print-{Views[i].ToLowerInvariant()}.png"),
                FullPage = true
            });
        }
        await Assertions.Expect(office.Locator("#contents")).ToContainTextAsync("处字〔2026〕");
        await office.EmulateMediaAsync(new() { Media = Media.Screen });
        await office.GotoAsync($"/Cases/{caseId}/Print/Decision");
        await Assertions.Expect(office.GetByRole(AriaRole.Button, new() { Name = "打印" })).ToBeVisibleAsync();
        await office.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, "case-print-decision-screen.png"), FullPage = true });
    }

    [Fact]
    public async Task The_demo_transfer_letter_reads_on_a_phone_and_prints_on_A4_with_its_number()
    {
        var caseId = await InScopeAsync(async sp =>
            await sp.GetRequiredService<AppDbContext>().Cases.Where(c => c.Number == "AJ-2017-0003").Select(c => c.Id).FirstAsync());
        var phone = await app.SignInAsync("office.staff", new() { Width = 390, Height = 844 });
        await phone.GotoAsync($"/Cases/{caseId}");
        await Assertions.Expect(phone.Locator("#print-links")).ToContainTextAsync("涉嫌犯罪案件移送书");
        await Assertions.Expect(phone.Locator("#transfer-letter")).ToContainTextAsync("移字〔2017〕1号");
        // Closed and transferred: its 办理记录 has the transfer's five steps, its documents are read, nothing calls to transfer.
        await Assertions.Expect(phone.Locator("#history li[data-of='transfer']")).ToHaveCountAsync(5);
        await Assertions.Expect(phone.Locator("#transfer input[type=file]")).ToHaveCountAsync(0);
        await Assertions.Expect(phone.Locator("#transfer-flag")).Not.ToContainTextAsync("应当移送");
        await phone.GotoAsync($"/Cases/{caseId}/Print/File");
        await Assertions.Expect(phone.Locator("#history tr[data-of='transfer']")).ToHaveCountAsync(5);
        await Assertions.Expect(phone.Locator("#clocks tr[data-rule^='transfer.']")).ToHaveCountAsync(4);
        await phone.GotoAsync($"/Cases/{caseId}/Print/Closing");
        await Assertions.Expect(phone.Locator("#party")).ToContainTextAsync("陈氏布行");
        await Assertions.Expect(phone.Locator("#party-credit-code")).ToHaveCountAsync(0);
        await phone.GotoAsync($"/Cases/{caseId}/Print/Transfer");
        await Assertions.Expect(phone.Locator("h1").First).ToHaveTextAsync("涉嫌犯罪案件移送书");
        await Assertions.Expect(phone.Locator("#doc-number")).ToHaveTextAsync("中市监大涌移字〔2017〕1号");
        await Assertions.Expect(phone.Locator("#materials")).ToContainTextAsync("涉案物品清单");
        var width = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
        await phone.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, "case-print-transfer-phone.png"), FullPage = true });
        Assert.True(width <= 390, $"the letter is {width}px wide on a 390px phone");
        await phone.EmulateMediaAsync(new() { Media = Media.Print });
        await phone.SetViewportSizeAsync(794, 1123);
        await phone.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Shots, "case-print-transfer.png"), FullPage = true });
    }

    /// <summary>
    /// A case of a unit with two officers, opened from a fresh inspection of an entity with a credit code, two exhibits, a
    /// fine and confiscated goods, stored as the case area stores them with its clocks.
    /// </summary>
    private Task<Guid> DecidedCaseAsync() => InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var effects = sp.GetRequiredService<DeadlineEffects>();
        var now = sp.GetRequiredService<TimeProvider>().GetUtcNow();
        var unitId = await db.Officers.GroupBy(o => o.UnitId).Where(g => g.Count() >= 2).Select(g => g.Key).FirstAsync();
        var unit = await db.Set<Unit>().FirstAsync(u => u.Id == unitId);
        var officers = await db.Officers.Where(o => o.UnitId == unitId).Select(o => o.Id).Take(2).ToListAsync();
        var entity = await db.MarketEntities.Where(e => e.CreditCode != null && e.JurisdictionId == unit.JurisdictionId)
            .OrderBy(e => e.Name).FirstAsync();
        var op = new Operation(unit.JurisdictionId, "XD-2026-901", unitId,
            new OperationDetails(OperationKind.JointInspection, "岚田布业城联合检查", now.AddDays(-5), entity.KeyAreaId, 6, 1,
                "查获假冒某品牌牛仔裤"), "office.staff");
        var inspection = op.Inspect(entity.Id, InspectionResult.GoodsSeized, "店内查获标有某品牌注册商标的牛仔裤120条，当事人未能提供授权证明",
            now.AddDays(-5), "office.staff");
        db.Add(op);
        var details = new CaseDetails("当事人销售假冒注册商标的商品案", unitId, officers, ViolationType.SellingCounterfeitGoods, entity.KeyAreaId,
            "当事人于2026年10月起购进标有某品牌注册商标的牛仔裤120条并在店内销售，经权利人辨认为假冒商品。", "《中华人民共和国商标法》第六十条第二款",
            12_000m, 36_000m, 0, 0);
        var c = new EnforcementCase(unit.JurisdictionId, "AJ-2026-0901", details, CaseParty.Entity(entity.Id),
            new CaseOrigin(CaseSource.Operation, null, op.Id, inspection.Id), now.AddDays(-4), "office.staff");
        db.Add(c);
        var subject = new DeadlineSubject(DeadlineSubjects.Case, c.Id, c.JurisdictionId, unitId);
        await effects.ApplyAsync(DeadlineEvent.CaseOpened, subject);
        c.Decide(new CaseDecision(Penalties.Fine | Penalties.ConfiscateGoods, 36_500m, null, "没收假冒牛仔裤120条"), now, "office.staff");
        await effects.ApplyAsync(DeadlineEvent.CaseDecided, subject);
        await effects.ApplyAsync(DeadlineEvent.FineImposed, subject);
        await effects.ApplyAsync(DeadlineEvent.PenaltyToPublish, subject);
        db.Add(new Exhibit(c.Id, new ExhibitDetails("牛仔裤", "某品牌 XL", 120, ExhibitUnit.Strip, 36_000m, "市场监管分局罚没物品仓库"), now,
            "office.staff"));
        db.Add(new Exhibit(c.Id, new ExhibitDetails("商标吊牌", "某品牌", 1, ExhibitUnit.Lot, 0m, "市场监管分局罚没物品仓库"), now,
            "office.staff"));
        await db.SaveChangesAsync();
        // Deciding through the app numbers the decision; printing never does.
        await sp.GetRequiredService<DocumentNumberer>().IssueAsync(c.Id, CaseDocumentKind.PenaltyDecision, unit, "office.staff", default);
        return c.Id;
    });

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}

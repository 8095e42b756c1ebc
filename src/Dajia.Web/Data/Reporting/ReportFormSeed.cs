using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Reporting;
using static Dajia.Web.Domain.Reporting.IndicatorType;

namespace Dajia.Web.Data.Reporting;

/// <summary>
/// 附件2 and the annual form as data (reference/domain.md §3.1 C: a proposed layout, the original attachment was not
/// found), each rule with its basis. Seeded once per (form, effective year); an admin's later version is kept.
/// </summary>
public static class ReportFormSeed
{
    public const string Quarterly = "key-area-quarterly";
    public const string Annual = "key-area-annual";

    private const string Plan2017 = "《2017年大涌镇打假工作方案》四（四）";
    private const string LayoutBasis = "附件2《打假重点区域整治情况报表》（原表未见，按 reference/domain.md §3.1 C 拟定）";

    private static Indicator C(string code, string label, string unit, string? prefill = null) => new(code, label, unit, Count, prefill);
    private static Indicator A(string code, string label, string unit, string? prefill = null) => new(code, label, unit, Amount, prefill);
    private static Indicator T(string code, string label) => new(code, label, "", Text);

    /// <summary>The blocks both forms share; the annual form is the same table over a year.</summary>
    public static IReadOnlyList<IndicatorBlock> Blocks() =>
    [
        new("actions", "执法行动",
        [
            C("actions.operations", "开展专项行动", "次", PrefillSources.Operations),
            C("actions.joint", "其中联合执法", "次", PrefillSources.JointOperations),
            C("actions.personnel", "出动执法人员", "人次", PrefillSources.Personnel),
            C("actions.vehicles", "出动车辆", "台次", PrefillSources.Vehicles),
            C("actions.inspections", "检查经营主体", "户次", PrefillSources.Inspections),
            C("actions.undercover", "暗访摸查", "次", PrefillSources.UndercoverVisits),
        ]),
        new("clues", "线索",
        [
            C("clues.received", "受理投诉举报", "件", PrefillSources.CluesReceived),
            C("clues.realName", "其中实名举报", "件", PrefillSources.CluesRealName),
            C("clues.verified", "核查线索", "条", PrefillSources.CluesVerified),
        ]),
        new("cases", "案件",
        [
            C("cases.carriedIn", "上期结转未结案件", "件", PrefillSources.CasesCarriedIn),
            C("cases.opened", "立案", "件", PrefillSources.CasesOpened),
            C("cases.closed", "结案", "件", PrefillSources.CasesClosed),
            A("cases.value", "案值", "万元", PrefillSources.CaseValue),
            A("cases.penalties", "罚没金额", "万元", PrefillSources.Penalties),
            A("cases.goodsQuantity", "查获假冒伪劣商品数量", "件/米/条", PrefillSources.ExhibitQuantity),
            A("cases.goodsValue", "货值", "万元", PrefillSources.GoodsValue),
            C("cases.dens", "捣毁窝点", "个", PrefillSources.Dens),
            C("cases.transfers", "移送公安", "件", PrefillSources.Transfers),
            C("cases.transferredPersons", "移送人数", "人"),
            C("cases.rectifications", "责令整改", "户"),
        ]),
        new("publicity", "宣传",
        [
            C("publicity.events", "宣传活动", "场"),
            C("publicity.materials", "发放资料", "份"),
            C("publicity.media", "媒体报道", "篇"),
            C("publicity.exposures", "曝光典型案例", "宗"),
        ]),
        new("text", "文字说明", [T("text.problems", "存在问题"), T("text.nextSteps", "下一步措施")]),
    ];

    private static readonly FormRule ClosedAtMostOpened = new("closed-at-most-opened", FormRuleKind.AtMost, "cases.closed",
        ["cases.opened", "cases.carriedIn"], LayoutBasis + "：结案数不超过本期立案数与上期结转未结案件数之和");

    private static readonly FormRule JointAtMostAll = new("joint-at-most-all", FormRuleKind.AtMost, "actions.joint",
        ["actions.operations"], LayoutBasis + "：“其中”项不超过其总数");

    private static readonly FormRule RealNameAtMostAll = new("real-name-at-most-all", FormRuleKind.AtMost, "clues.realName",
        ["clues.received"], LayoutBasis + "：“其中”项不超过其总数");

    public static IReadOnlyList<ReportForm> Forms()
    {
        var quarterly = new ReportForm(Quarterly, "打假重点区域整治情况季度报表（附件2）", ReportFrequency.Quarterly, RuleCodes.QuarterlyReport);
        quarterly.AddVersion(2017, "{2}{0}年度第{1}季度打假重点区域整治情况报表", Plan2017 + "：每年的3、6、9、12月的25号前填写整治情况报表（附件2）",
            new FormDefinition(Blocks(), [ClosedAtMostOpened, JointAtMostAll, RealNameAtMostAll]));
        var annual = new ReportForm(Annual, "打假重点区域整治情况年度报表", ReportFrequency.Annual, RuleCodes.AnnualSummary);
        var sum = Blocks().SelectMany(b => b.Indicators).Where(i => i.Type != Text && i.Code != "cases.carriedIn")
            .Select(i => new FormRule("quarters-add-up." + i.Code, FormRuleKind.QuartersAddUp, i.Code, [],
                LayoutBasis + "：年度数与四个季度之和一致"));
        annual.AddVersion(2017, "{2}{0}年度打假重点区域整治情况报表", Plan2017 + "：每年的12月10日前报送年度整治情况书面总结和报表",
            new FormDefinition(Blocks(), [ClosedAtMostOpened, JointAtMostAll, RealNameAtMostAll, .. sum]));
        return [quarterly, annual];
    }
}

public static class ReportFormSeeder
{
    /// <summary>Every start: a form the database lacks, and any seeded version (by year) a stored form lacks.</summary>
    public static async Task SeedAsync(AppDbContext db, CancellationToken ct = default, bool retried = false)
    {
        var stored = await db.ReportForms.Include(f => f.Versions).ToListAsync(ct);
        foreach (var form in ReportFormSeed.Forms())
        {
            var have = stored.FirstOrDefault(f => f.Code == form.Code);
            if (have is null)
            {
                db.ReportForms.Add(form);
                continue;
            }
            foreach (var v in form.Versions.Where(v => have.Versions.All(h => h.JurisdictionId != null
                || h.EffectiveFromYear != v.EffectiveFromYear)))
                have.AddVersion(v.EffectiveFromYear, v.Title, v.Basis, v.Parsed);
            // The one change seeding makes to a stored version: the first seeded titles said 大涌镇 for every town.
            have.NameTheTownInSharedTitles("大涌镇");
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (!retried)
        {
            // Another instance starting at the same moment seeded first (the shared-default index refused ours): read again.
            db.ChangeTracker.Clear();
            await SeedAsync(db, ct, retried: true);
        }
    }
}

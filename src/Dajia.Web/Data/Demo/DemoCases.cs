using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Cases;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Domain.MarketEntities;
using Dajia.Web.Domain.Operations;
using Dajia.Web.Domain.RandomDraws;
using Dajia.Web.Domain.Units;

namespace Dajia.Web.Data.Demo;

/// <summary>
/// The 2017 cases in 岚田布业城, opened from the demo's verified clues and operation inspections and carried as the
/// story goes: three closed with fines paid (one late, with its 加处罚款) and goods destroyed, one transferred to the police, one paused for an
/// appraisal, one never decided (its decision clock overdue). Parties are register entries; officers the unit's pool.
/// </summary>
public static class DemoCases
{
    public const string Police = "中山市公安局大涌分局";
    private const string Store = "大涌分局罚没物品仓库";
    private const string TrademarkLaw = "《中华人民共和国商标法》第五十七条第（三）项、第六十条第二款";
    private const string QualityLaw = "《中华人民共和国产品质量法》第二十七条、第五十四条";

    private static DateTimeOffset China(int m, int d, int h = 10) => new(2017, m, d, h, 0, 0, ChinaTime.Offset);

    public static async Task SeedAsync(AppDbContext db, DemoSteps steps, FileStore files, Unit scjg, KeyArea area,
        IReadOnlyList<MarketEntity> stalls, IReadOnlyList<Clue> clues, IReadOnlyList<Operation> operations, DateTimeOffset now)
    {
        var officers = await db.Unscoped<Officer>().Where(o => o.UnitId == scjg.Id).OrderBy(o => o.CertificateNumber)
            .Select(o => o.Id).Take(2).ToListAsync();
        var kit = new DemoCaseKit(db, steps, files, scjg.JurisdictionId, area.Id, scjg, officers);
        var clueKit = new DemoClueKit(db, steps);
        Clue Clue(int n) => clues.Single(c => c.Number == $"XS-2017-{n:00000}");
        CaseOrigin Inspection(string operation, int stall)
        {
            var o = operations.Single(x => x.Number == operation);
            var inspection = o.Inspections.Single(i => i.MarketEntityId == stalls[stall].Id);
            return new(CaseSource.Operation, OperationId: o.Id, InspectionId: inspection.Id);
        }

        var unlabelled = await kit.OpenAsync(China(7, 24), new("销售无厂名厂址牛仔布案", ViolationType.NoOrigin,
            "经查，当事人于2017年7月20日在其摊位销售无中文厂名、厂址及产品合格证的牛仔布 42 匹。", QualityLaw, 6300, 8400),
            stalls[5].Id, Inspection("XD-2017-001", 5));
        var cloth = await kit.SeizeAsync(unlabelled, China(7, 24, 11), new("牛仔布（无厂名厂址）", null, 42, ExhibitUnit.Bolt, 8400, Store));
        // 产品质量法第五十四条 caps the fine at 30 % of the 货值金额 (sold 6,300 + unsold 8,400): at most 4,410.
        await kit.NotifyAsync(unlabelled, China(8, 14, 15), Penalties.Fine | Penalties.ConfiscateGoods, 4000,
            "销售无厂名厂址的牛仔布 42 匹，违反《产品质量法》第二十七条，依据第五十四条拟没收并处罚款 4000 元");
        await kit.StatementAsync(unlabelled, China(8, 15, 10));
        await kit.DecideAsync(unlabelled, China(8, 28, 15), new(Penalties.Fine | Penalties.ConfiscateGoods, 4000, null,
            "没收无厂名厂址牛仔布 42 匹，并处罚款 4000 元"));
        await kit.PayAsync(unlabelled, China(9, 5));
        await kit.PublishAsync(unlabelled, China(9, 8));
        await kit.DisposeAsync(cloth, China(9, 15), ExhibitDisposal.Destroyed, "与其他罚没物品统一销毁");
        await kit.CloseAsync(unlabelled, China(9, 18), "罚款已缴纳，罚没物品已销毁，执行完毕");

        // 实名举报 XS-2017-00001: the case opens from it, the informant is told it did, the clue closes.
        var report = Clue(1);
        var levis = await kit.OpenAsync(China(8, 10, 14), new("销售假冒李维斯注册商标牛仔裤案", ViolationType.SellingCounterfeitGoods,
            "2017年8月10日，执法人员对当事人经营场所进行现场检查，查获标有李维斯注册商标的牛仔裤 126 条，当事人未能提供合法来源。",
            TrademarkLaw, 9800, 37800), report.MarketEntityId!.Value, new(CaseSource.Clue, ClueId: report.Id), report);
        await clueKit.NotifyAsync(report, "短信告知举报人：已立案查处", China(8, 11));
        await clueKit.CloseAsync(report, "经核查，您反映的问题属实。执法人员已查获假冒李维斯牛仔裤 126 条，依法扣押并立案查处。感谢您的举报。",
            "已立案查处", China(8, 11, 16));
        var jeans = await kit.SeizeAsync(levis, China(8, 10, 15), new("假冒李维斯牛仔裤", "李维斯", 126, ExhibitUnit.Strip, 37800, Store));
        await kit.PauseAsync(levis, China(8, 14), CasePauseKind.RightsHolderIdentification, "送商标权利人辨认涉案牛仔裤真伪");
        await kit.ResumeAsync(levis, China(8, 25), new DateOnly(2017, 8, 24));
        await kit.NotifyAsync(levis, China(9, 8, 15), Penalties.Fine | Penalties.ConfiscateGoods, 20000,
            "销售假冒李维斯注册商标牛仔裤 126 条，经权利人辨认为侵权商品，违反《商标法》第五十七条第（三）项，依据第六十条第二款拟没收并处罚款 20000 元");
        await kit.StatementAsync(levis, China(9, 11, 16), "当事人申辩不知所售商品为假冒商品，系初次违法，请求从轻处罚", false,
            "当事人不能提供商品合法来源的证明，且货值较大，不符合从轻处罚条件；罚款数额已在法定幅度内酌定");
        await kit.DecideAsync(levis, China(9, 20, 15), new(Penalties.Fine | Penalties.ConfiscateGoods, 20000, null,
            "没收假冒李维斯牛仔裤 126 条，并处罚款 20000 元"));
        await kit.PayAsync(levis, China(9, 28));
        await kit.PublishAsync(levis, China(10, 13));
        await kit.DisposeAsync(jeans, China(10, 20), ExhibitDisposal.Destroyed, "经权利人确认后统一销毁");
        await kit.CloseAsync(levis, China(10, 23), "罚款已缴纳，侵权商品已销毁，执行完毕");

        await TransferredAsync(kit, stalls[11].Id, Inspection("XD-2017-002", 11));

        var appraisal = await kit.OpenAsync(China(9, 28), new("销售以次充好牛仔布案", ViolationType.Substandard,
            "2017年9月26日联合执法检查中，当事人销售标称“纯棉”的牛仔布，经初步检查疑为涤棉混纺且色牢度不合格，现场扣押 60 匹。",
            QualityLaw, 12000, 24000), stalls[5].Id, Inspection("XD-2017-002", 5));
        await kit.SeizeAsync(appraisal, China(9, 28, 11), new("牛仔布（标称纯棉）", null, 60, ExhibitUnit.Bolt, 24000, Store));
        await kit.PauseAsync(appraisal, China(10, 12), CasePauseKind.Appraisal, "委托中山市质量计量监督检测所鉴定面料成分及色牢度");

        var partly = Clue(2);
        var noLabel = await kit.OpenAsync(China(9, 29, 15), new("销售无厂名厂址牛仔布案", ViolationType.NoOrigin,
            "2017年9月29日现场检查查明，当事人销售的部分牛仔布无厂名、厂址等标识，现场登记保存 36 匹。", QualityLaw, 2600, 5400),
            partly.MarketEntityId!.Value, new(CaseSource.Clue, ClueId: partly.Id), partly);
        await clueKit.CloseAsync(partly, "经核查，问题部分属实：部分布料无厂名厂址等标识，已立案查处并责令经营者整改。", null, China(10, 9));
        var rolls = await kit.SeizeAsync(noLabel, China(9, 29, 16), new("牛仔布（无厂名厂址）", null, 36, ExhibitUnit.Bolt, 5400, Store));
        // 30 % of the 货值金额 (2,600 + 5,400): at most 2,400.
        await kit.NotifyAsync(noLabel, China(10, 16, 15), Penalties.Fine | Penalties.ConfiscateGoods, 2000,
            "销售无厂名厂址的牛仔布 36 匹，违反《产品质量法》第二十七条，依据第五十四条拟没收并处罚款 2000 元");
        await kit.StatementAsync(noLabel, China(10, 17, 11));
        await kit.DecideAsync(noLabel, China(10, 27, 15), new(Penalties.Fine | Penalties.ConfiscateGoods, 2000, null,
            "没收无厂名厂址牛仔布 36 匹，并处罚款 2000 元"));
        // Paid three days after its due day (Mon 13 Nov): the one case that shows 加处罚款 (3 % a day, 180 元).
        await kit.PublishAsync(noLabel, China(11, 10));
        await kit.PayAsync(noLabel, China(11, 16));
        await kit.DisposeAsync(rolls, China(11, 20), ExhibitDisposal.Destroyed, "统一销毁");
        await kit.CloseAsync(noLabel, China(11, 22), "罚款及加处罚款已缴纳，罚没物品已销毁，执行完毕");

        // Never decided: its decision clock ran out on 18 Jan 2018 and shows overdue, the one case that does.
        var late = await kit.OpenAsync(China(10, 20), new("牛仔布成分虚假标注案", ViolationType.FalseLabel,
            "2017年10月18日专项行动检查发现，当事人销售的牛仔布吊牌标注“100%棉”，抽样检查为涤棉混纺。", QualityLaw, 1800, 3000),
            stalls[20].Id, Inspection("XD-2017-003", 20));
        await kit.SeizeAsync(late, China(10, 20, 11), new("牛仔布（成分标注不实）", null, 20, ExhibitUnit.Bolt, 3000, Store));

        await KeepPausedClockAsync(db, steps, appraisal, now);
    }

    /// <summary>Goods worth 186,000 yuan cross the 150,000 standard: reported, approved, handed over, accepted, goods passed on.</summary>
    private static async Task TransferredAsync(DemoCaseKit kit, Guid party, CaseOrigin origin)
    {
        var c = await kit.OpenAsync(China(9, 27), new("销售假冒耐克注册商标牛仔裤案", ViolationType.SellingCounterfeitGoods,
            "2017年9月26日联合执法检查中，在当事人租用的仓库查获标有耐克注册商标的牛仔裤 1860 条，货值 18.6 万元；当事人供述已销售 2.35 万元。",
            TrademarkLaw, 23500, 186000, Dens: 1), party, origin);
        await kit.SeizeAsync(c, China(9, 27, 11), new("假冒耐克牛仔裤", "耐克", 1860, ExhibitUnit.Strip, 186000, Store));
        var t = await kit.ReportAsync(c, China(9, 27, 16), Police,
            "未销售货值 18.6 万元，达到销售假冒注册商标的商品罪立案追诉标准，报请移送。",
            new("涉嫌犯罪案件移送报告", "案件：销售假冒耐克注册商标牛仔裤案", "未销售货值：186000 元", "报请负责人审批移送公安机关"));
        await kit.StepAsync(t, TransferStepKind.Approve, China(9, 28), "同意移送",
            new("移送审批表", "负责人意见：同意移送中山市公安局大涌分局"), DemoCaseKit.Head);
        await kit.StepAsync(t, TransferStepKind.HandOver, China(9, 28, 15), "移送书及案卷材料已送达",
            new("涉嫌犯罪案件移送书", "接收单位：" + Police, "附：案卷材料、涉案物品清单"));
        await kit.StepAsync(t, TransferStepKind.PoliceAccept, China(9, 29, 11), "公安机关决定立案侦查",
            new("立案告知书", Police + "决定对该案立案侦查"));
        await kit.StepAsync(t, TransferStepKind.HandOverExhibits, China(9, 30), "涉案牛仔裤 1860 条移交公安机关",
            new("涉案物品移交清单", "假冒耐克牛仔裤 1860 条", "移交单位：大涌分局  接收单位：" + Police));
        await kit.CloseTransferredAsync(c, China(10, 9), "涉嫌犯罪，已移送" + Police + "立案侦查，本案结案");
    }

    /// <summary>
    /// A paused clock's due date counts the pause through the day it was last computed; computed today, so a case still
    /// waiting for its appraisal is not shown overdue on the pause's first day's reckoning.
    /// </summary>
    private static async Task KeepPausedClockAsync(AppDbContext db, DemoSteps steps, EnforcementCase c, DateTimeOffset now)
    {
        var clock = await db.Unscoped<Deadline>().Include(d => d.Pauses).Include(d => d.Extensions).Include(d => d.History)
            .SingleAsync(d => d.SubjectId == c.Id && d.RuleCode == RuleCodes.CaseDecision);
        clock.Recompute(await steps.Calendars.GetAsync(), now, "鉴定尚未完成，中止期间计至今日", "system");
        await db.SaveChangesAsync();
    }
}

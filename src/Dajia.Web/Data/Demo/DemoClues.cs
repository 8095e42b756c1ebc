using Dajia.Web.Domain.Clues;
using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.MarketEntities;
using Dajia.Web.Domain.Units;
using Dajia.Web.Features.Clues;
using Microsoft.AspNetCore.DataProtection;

namespace Dajia.Web.Data.Demo;

/// <summary>Clues of 2017 carried to their end, and a fresh one of today waiting for triage. Informants are generated.</summary>
public static class DemoClues
{
    private const string Market = "岚田布业城";

    private static DateTimeOffset China(int y, int m, int d, int h = 10) => new(y, m, d, h, 0, 0, ChinaTime.Offset);

    public static async Task<IReadOnlyList<Clue>> SeedAsync(AppDbContext db, DemoSteps steps, Jurisdiction town, Unit scjg, Unit ga,
        IDataProtectionProvider protection, DateTimeOffset now, KeyArea? area = null, IReadOnlyList<MarketEntity>? stalls = null)
    {
        var kit = new DemoClueKit(db, steps);
        var protector = protection.CreateProtector(ClueIntakeService.IdentityPurpose);
        var informant = new Informant(town.Id, 1, protector.Protect("欧阳晓"), protector.Protect("13922223333"), null, "短信");
        db.Add(informant);
        var clues = new List<Clue>();
        async Task<Clue> Make(int n, ClueKind kind, ClueCategory category, ClueSource source, string product, string brand,
            string merchant, string text, DateTimeOffset at, Guid? informantId = null, string address = Market)
        {
            var by = source == ClueSource.PublicPortal ? "public" : DemoClueKit.Office;
            var c = new Clue(town.Id, $"XS-{at.Year}-{n:00000}", ClueCodes.TrackingCode(),
                new ClueDetails(kind, category, source, product, brand, merchant, address, text, null, null), informantId, at, by);
            c.SetAccess(AccessKeyHash.Hash(ClueCodes.AccessKey()), null, null, null);
            clues.Add(c);
            await kit.ReceiveAsync(c, by);
            return c;
        }

        // 2017's 核查 rule (令第28号第十七条): 7 working days from 交办, 15 in special cases (one extension of 8).
        var a = await Make(1, ClueKind.Report, ClueCategory.FakeBrand, ClueSource.PublicPortal, "牛仔裤", "李维斯", "岚田布业城B区017号",
            "B区017号摊位出售大量李维斯牛仔裤，价格仅为正品三成，吊牌印刷模糊。", China(2017, 8, 3), informant.Id);
        await kit.AcceptAsync(a, China(2017, 8, 4));
        await kit.AssignAsync(a, scjg.Id, "请现场核查，查实的依法立案查处。", China(2017, 8, 4, 15)); // due 15 Aug
        await kit.TakeAsync(a, China(2017, 8, 7));
        // Opened as a case, told and closed in DemoCases, in the order the case's own steps need.
        await kit.VerifyAsync(a, VerificationResult.True, "现场查获假冒李维斯牛仔裤 126 条，已扣押，拟立案查处。", China(2017, 8, 10));

        // The demo's one clue verified late: due 26 Sep, the result came on the 29th, the day its case was opened.
        var b = await Make(2, ClueKind.Report, ClueCategory.NoOrigin, ClueSource.UndercoverVisit, "牛仔布", "无", "岚田布业城A区005号",
            "暗访发现A区005号布行出售无厂名厂址的牛仔布。", China(2017, 9, 14));
        await kit.AcceptAsync(b, China(2017, 9, 14, 16));
        await kit.AssignAsync(b, scjg.Id, "请核查该布行所售牛仔布的标识情况。", China(2017, 9, 15));
        await kit.TakeAsync(b, China(2017, 9, 18));
        await kit.VerifyAsync(b, VerificationResult.PartlyTrue, "部分布料无厂名厂址，已登记保存 36 匹，拟立案查处。", China(2017, 9, 29));

        var c = await Make(3, ClueKind.Report, ClueCategory.FakeBrand, ClueSource.Hotline, "运动服", "耐克", "岚田布业城C区020号",
            "来电反映C区020号出售假冒耐克运动服。", China(2017, 9, 27));
        await kit.RejectAsync(c, "经核实该地址已无经营，无法查找。", China(2017, 9, 29));

        var d = await Make(4, ClueKind.Report, ClueCategory.FakeBrand, ClueSource.PublicPortal, "牛仔裤", "李维斯", "岚田布业城B区017号",
            "B区017号又在卖假李维斯。", China(2017, 8, 5));
        await kit.DuplicateAsync(d, a, China(2017, 8, 5, 15));

        // Furniture, not cloth: reported at the town's furniture street, so it belongs to no key area. The reassignment keeps
        // the running verification (due 26 Oct); the wood went to the lab, so the unit asked for the 8 more days (7 Nov).
        var e = await Make(5, ClueKind.Report, ClueCategory.FalseLabel, ClueSource.Referral, "红木椅", "无", "大涌红木家具一条街某店",
            "市局转来：某店以非红木冒充酸枝出售。", China(2017, 10, 16), address: "大涌镇红木家具一条街");
        await kit.AcceptAsync(e, China(2017, 10, 16, 15));
        await kit.AssignAsync(e, ga.Id, "请核查该店是否以非红木冒充酸枝出售。", China(2017, 10, 17));
        await kit.PullBackAsync(e, "涉及产品质量鉴定，改由市场监管核查", China(2017, 10, 18));
        await kit.AssignAsync(e, scjg.Id, "涉及木材种类鉴定，请抽样送检后反馈。", China(2017, 10, 18, 11));
        await kit.TakeAsync(e, China(2017, 10, 19));
        await kit.RequestExtensionAsync(e, "木材样品已送检，检验结果出具前无法认定，申请延长核查期限。", China(2017, 10, 24));
        await kit.ApproveExtensionAsync(e, China(2017, 10, 25));
        await kit.VerifyAsync(e, VerificationResult.Unverifiable, "送检结果无法确定木材种类。", China(2017, 11, 7));
        await kit.CloseAsync(e, "经送检，无法确定所售木材种类，暂无法认定违法；已将该店列为重点检查对象。", null, China(2017, 11, 13));

        // A real-name complaint taken the complaint's way: accepted (within 7 working days), mediated to an agreement
        // (within 60 days), the complainant told, closed.
        var complainant = new Informant(town.Id, 2, protector.Protect("陈慧敏"), protector.Protect("13926667788"), null, "电话");
        db.Add(complainant);
        var f = await Make(6, ClueKind.Complaint, ClueCategory.Substandard, ClueSource.PublicPortal, "牛仔裤", "无", "岚田布业城C区011号",
            "在C区011号购买的牛仔裤洗一次就严重掉色，商家拒绝退货。要求退货退款并赔偿。", China(2017, 10, 20), complainant.Id);
        await kit.AcceptAsync(f, China(2017, 10, 23));
        await kit.StartMediationAsync(f, "双方同意由镇打假办主持调解", China(2017, 10, 25));
        await kit.RecordAgreementAsync(f, "商家退货退款 280 元，另赔偿 280 元；双方签订调解协议书。", China(2017, 10, 31));
        await kit.NotifyAsync(f, "电话告知投诉人调解结果", China(2017, 11, 1));
        await kit.CloseAsync(f, "经调解，商家同意为您办理退货，退还货款 280 元并另行赔偿 280 元，双方已签订调解协议书。", null,
            China(2017, 11, 1, 15));

        // As intake would have proposed them (stall number within 岚田布业城); the office confirmed the 2017 ones it handled.
        foreach (var clue in clues.Where(c => area is not null && c.Address == Market))
        {
            var stall = stalls?.FirstOrDefault(s => s.StallKey is { } k && k == StallNumber.Key(clue.MerchantName));
            clue.ProposeMatch(stall?.Id, area!.Id);
            if (clue.Status is ClueStatus.Closed or ClueStatus.Verified)
                clue.ConfirmMatch(stall?.Id, area.Id, stall is null ? $"不在经营主体名录中 · {area.Name}"
                    : $"{stall.Name} {stall.StallNumber} · {area.Name}", clue.Events[^1].At, "office.staff");
        }
        // A report starts no clock until it is assigned (only a complaint's 受理 runs from receipt).
        if (now.Year > 2017)
            (await Make(1, ClueKind.Report, ClueCategory.FakeBrand, ClueSource.PublicPortal, "牛仔裤", "耐克", "岚田布业城D区008号",
                "D区008号出售带耐克标志的牛仔裤，疑似假冒。", now.AddHours(-3))).ProposeMatch(null, area?.Id);
        db.Counters.Add(new Counter { Key = $"clue:{town.Id:N}:2017", Value = 6 });
        db.Counters.Add(new Counter { Key = $"informant:{town.Id:N}", Value = 2 });
        if (now.Year > 2017) db.Counters.Add(new Counter { Key = $"clue:{town.Id:N}:{ChinaTime.DateOf(now).Year}", Value = 1 });
        await db.SaveChangesAsync();
        return clues;
    }
}

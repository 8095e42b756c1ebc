using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.MarketEntities;
using Dajia.Web.Domain.Operations;
using Dajia.Web.Domain.RandomDraws;
using Dajia.Web.Domain.Units;

namespace Dajia.Web.Data.Demo;

/// <summary>The 2017 actions in 岚田布业城 and the officer pool for 双随机 draws (generated people).</summary>
public static class DemoOperations
{
    private static DateTimeOffset China(int m, int d, int h) => new(2017, m, d, h, 0, 0, ChinaTime.Offset);

    public static IReadOnlyList<Operation> Seed(AppDbContext db, Jurisdiction town, Unit office, IReadOnlyList<Unit> units, KeyArea area,
        IReadOnlyList<MarketEntity> stalls)
    {
        Unit U(string code) => units.Single(u => u.Code == code);
        var officers = new (string Unit, string Name, string Cert)[]
        {
            ("scjg", "梁振国", "44200170001"), ("scjg", "冯丽华", "44200170002"), ("scjg", "区志明", "44200170003"),
            ("ga", "陆海生", "44200170011"), ("ga", "卢静怡", "44200170012"),
            ("zhzf", "麦家乐", "44200170021"), ("zhzf", "简美玲", "44200170022"),
        };
        var pool = officers.Select(o => new Officer(town.Id, U(o.Unit).Id, o.Name, o.Cert)).ToList();
        db.AddRange(pool);
        // The officer's relative runs a stall: declared, so no draw ever sends him there.
        db.OfficerConflicts.Add(new OfficerConflict(pool[0].Id, stalls[4].Id, "近亲属经营"));

        var visit = new Operation(town.Id, "XD-2017-001", U("scjg").Id,
            new OperationDetails(OperationKind.UndercoverVisit, "岚田布业城暗访摸查", China(7, 20, 10), area.Id, 4, 1, "发现部分摊位销售无吊牌牛仔布料。"),
                "liaison.scjg");
        Inspect(visit, stalls, [(0, InspectionResult.NoProblem), (5, InspectionResult.ProblemFound), (9, InspectionResult.NoProblem)],
            China(7, 20, 11));

        var joint = new Operation(town.Id, "XD-2017-002", office.Id,
            new OperationDetails(OperationKind.JointInspection, "岚田布业城打假联合执法检查", China(9, 26, 9), area.Id, 18, 4,
                "查扣假冒注册商标牛仔裤一批、标称纯棉牛仔布 60 匹，对 2 户责令整改，2 户立案查处（其中 1 户涉嫌犯罪，移送公安）。"),
            "office.staff");
        foreach (var code in new[] { "scjg", "ga", "zhzf" }) joint.Invite(U(code).Id);
        joint.Respond(U("scjg").Id, true, "梁振国、冯丽华、区志明", China(9, 22, 15));
        joint.Respond(U("ga").Id, true, "陆海生、卢静怡", China(9, 23, 9));
        joint.Respond(U("zhzf").Id, false, null, China(9, 23, 10));
        Inspect(joint, stalls, [(5, InspectionResult.GoodsSeized), (6, InspectionResult.OrderedToRectify), (7, InspectionResult.NoProblem),
            (11, InspectionResult.CaseToOpen), (12, InspectionResult.OrderedToRectify), (13, InspectionResult.NoProblem)],
                China(9, 26, 10));

        var special = new Operation(town.Id, "XD-2017-003", office.Id,
            new OperationDetails(OperationKind.SpecialAction, "打击假冒牛仔服装专项行动", China(10, 18, 14), area.Id, 12, 3, "复查整改情况。"),
                "office.staff");
        special.Invite(U("scjg").Id);
        special.Respond(U("scjg").Id, true, "梁振国、区志明", China(10, 16, 9));
        Inspect(special, stalls, [(6, InspectionResult.NoProblem), (12, InspectionResult.NoProblem), (20, InspectionResult.ProblemFound)],
            China(10, 18, 15));

        var daily = new Operation(town.Id, "XD-2017-004", U("scjg").Id,
            new OperationDetails(OperationKind.DailySupervision, "布业城日常巡查", China(11, 8, 9), area.Id, 2, 1, null), "liaison.scjg");
        Inspect(daily, stalls, [(2, InspectionResult.NoProblem), (3, InspectionResult.NoProblem)], China(11, 8, 10));
        db.AddRange(visit, joint, special, daily);
        return [visit, joint, special, daily];
    }

    private static void Inspect(Operation o, IReadOnlyList<MarketEntity> stalls, (int Stall, InspectionResult Result)[] checks,
        DateTimeOffset at)
    {
        foreach (var (stall, result) in checks) o.Inspect(stalls[stall].Id, result, null, at, o.RecordedBy);
    }
}

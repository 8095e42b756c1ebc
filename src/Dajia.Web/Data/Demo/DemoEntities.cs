using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.MarketEntities;
using Dajia.Web.Features.MarketEntities;
using Microsoft.AspNetCore.DataProtection;

namespace Dajia.Web.Data.Demo;

/// <summary>岚田布业城 and its stalls, with generated but valid credit codes and ID numbers (no real firm or person).</summary>
public static class DemoEntities
{
    private static readonly string[] Trades = ["布行", "纺织", "牛仔布料", "服饰辅料", "制衣", "面料商行"];
    private static readonly string[] GivenNames = ["志伟", "建华", "秀兰", "丽萍", "国强", "海燕", "振东"];
    private static readonly string[] Surnames = ["陈", "李", "黄", "梁", "吴", "林", "何", "郭", "张", "罗", "谢", "郑"];

    public static (KeyArea Area, List<MarketEntity> Stalls) Seed(AppDbContext db, Jurisdiction town, IDataProtectionProvider protection)
    {
        var area = new KeyArea(town.Id, new KeyAreaDetails("岚田布业城", "中山市大涌镇岚田社区大涌大道旁", KeyAreaKind.Market,
            "布料、牛仔服装及辅料专业市场，2017年度大涌镇打假重点整治区域。", [2017], ["布业城", "岚田布匹市场"]));
        area.MoveTo(KeyAreaStatus.Rectifying);
        area.MoveTo(KeyAreaStatus.Accepted);
        db.Add(area);
        var protector = protection.CreateProtector(MarketEntityService.OperatorIdPurpose);
        var stalls = new List<MarketEntity>();
        for (var i = 1; i <= 60; i++)
        {
            var zone = (char)('A' + (i - 1) / 20);
            var stall = $"{zone}{(i - 1) % 20 + 1:000}";
            var surname = Surnames[i % Surnames.Length];
            var kind = i % 10 == 0 ? MarketEntityKind.Enterprise : i % 4 == 0 ? MarketEntityKind.Stall
                : MarketEntityKind.IndividualBusiness;
            var category = (i % 7) switch
            {
                0 => MarketEntityCategory.Accessories,
                1 or 2 or 3 => MarketEntityCategory.Fabric,
                _ =>
                MarketEntityCategory.Garments
            };
            var name = kind == MarketEntityKind.Enterprise ? $"中山市{surname}氏{Trades[i % Trades.Length]}有限公司"
                : $"大涌镇{TradeName(surname, (i - 1) / Surnames.Length)}{Trades[i % Trades.Length]}";
            var details = new MarketEntityDetails(name, kind == MarketEntityKind.Stall ? null : Code(kind, i), kind, category, area.Id,
                stall,
                $"岚田布业城{zone}区{stall[1..]}号", surname + GivenNames[i % GivenNames.Length],
                DemoPeople.Mobile(100 + i), i % 9 == 0 ? RiskLevel.High : i % 3 == 0 ? RiskLevel.Medium : RiskLevel.Low,
                    MarketEntityStatus.Operating);
            var id = IdNumber(i);
            stalls.Add(new MarketEntity(town.Id, details, new ProtectedId(protector.Protect(id), IdCardNumber.Mask(id))));
        }
        db.AddRange(stalls);
        return (area, stalls);
    }

    /// <summary>
    /// 字号: twelve stalls in a row have twelve surnames, and each further row words its 字号 another way (A018 stays
    /// 何记), so no two of the 60 share a name as the register never would.
    /// </summary>
    private static string TradeName(string surname, int row) => row switch
    {
        0 => surname + "氏",
        1 => surname + "记",
        2 => "老" + surname,
        3 => "新" + surname + "记",
        _ => surname + "家",
    };

    /// <summary>A code of the right shape (9 工商, 1 企业 / 2 个体, 442000 中山) with a correct check character.</summary>
    private static string Code(MarketEntityKind kind, int i)
    {
        var head = $"9{(kind == MarketEntityKind.Enterprise ? 1 : 2)}442000MA{i + 52000:0000000}"[..17];
        return head + CreditCode.CheckCharacter(head);
    }

    private static string IdNumber(int i)
    {
        var head = $"442000{1965 + i % 30}{i % 12 + 1:00}{i % 28 + 1:00}{i % 900 + 100:000}";
        return head + IdCardNumber.CheckCharacter(head);
    }
}

using Dajia.Web.Domain.Calendar;
using static Dajia.Web.Domain.Calendar.RuleCodes;
using static Dajia.Web.Domain.Calendar.TimeUnit;

namespace Dajia.Web.Data.Calendar;

/// <summary>
/// The legal time limits of reference/domain.md §2, each version with its effective range and basis, and the duties
/// the 2017 plan sets on given dates. Seeded once per (code, effective from); an admin's later edits are kept.
/// </summary>
public static class DeadlineRuleSeed
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static DeadlineRule Rule(string code, string name, string basis, TimeUnit unit, int amount, int extension, int times,
        DateOnly from, DateOnly? to) =>
        new(code, new DeadlineRuleTerms(name, basis, unit, amount, extension, times, from, to), PartyPeriods.Contains(code));

    /// <summary>
    /// The party's periods (<see cref="DeadlineRule.PartyPeriod"/>): 陈述申辩期 only. 缴纳罚款 is the party's too, but its
    /// lateness is tracked (加处罚款, enforcement), and 不予立案的复议申请 is the office's own choice to record; both stay duties.
    /// </summary>
    public static readonly IReadOnlySet<string> PartyPeriods = new HashSet<string> { CaseStatement };

    private const string Plan2017 = "《2017年大涌镇打假工作方案》四（四）";

    // 令第121号 replaced 令第20号 on 2026-04-15 (reference/domain.md §2.1); of its articles only 终止调解 (第二十三条) is
    // known, so its versions carry 令第20号's limits and name no article they cannot be sure of.
    private const string Order121 = "《市场监督管理投诉举报处理办法》（总局令第121号，2026年4月15日起施行）";
    private const string MediationBasis2020 = "《市场监督管理投诉举报处理暂行办法》第二十一条（检定检验检测鉴定时间不计入，第二十条）";
    private const string NotifyBasis2020 =
        "《市场监督管理投诉举报处理暂行办法》第二十一条：终止调解的，应当自作出终止调解决定之日起七个工作日内告知投诉人和被投诉人";
    private const string InformantBasis2020 = "《市场监督管理投诉举报处理暂行办法》第三十一条：作出是否立案决定之日起五个工作日内";

    /// <summary>
    /// Versions an earlier release shipped otherwise, by (code, effective from) and the basis it shipped with: a
    /// database still holding that basis unedited gets the version as it ships now (its end date, its wording).
    /// </summary>
    public static readonly IReadOnlyDictionary<(string Code, DateOnly From), string> ShippedBefore =
        new Dictionary<(string, DateOnly), string>
        {
            [(ComplaintAccept, D(2026, 4, 15))] = "《市场监督管理投诉举报处理办法》（总局令第121号，2026-04-15施行）；时限条款沿用7个工作日，待核对原文",
            [(ComplaintMediation, D(2020, 1, 1))] = MediationBasis2020,
            [(ComplaintNotify, D(2020, 1, 1))] = NotifyBasis2020,
            [(InformantNotify, D(2020, 1, 1))] = InformantBasis2020,
            [(CaseStatement, D(1996, 10, 1))] = Statement1996,
        };

    private const string Statement1996 = "《行政处罚法》（1996）第三十一条、第三十二条：作出行政处罚决定之前告知当事人，当事人有权进行陈述和申辩；"
        + "第四十二条：当事人要求听证的，应当在行政机关告知后三日内提出";

    public static IReadOnlyList<DeadlineRule> Rules() =>
    [
        Rule(ComplaintAccept, "投诉受理决定", "《工商行政管理部门处理消费者投诉办法》（工商总局令第62号）第十五条",
            WorkingDays, 7, 0, 0, D(2014, 3, 15), D(2019, 12, 31)),
        Rule(ComplaintAccept, "投诉受理决定", "《市场监督管理投诉举报处理暂行办法》（总局令第20号）第十四条",
            WorkingDays, 7, 0, 0, D(2020, 1, 1), D(2026, 4, 14)),
        Rule(ComplaintAccept, "投诉受理决定", Order121,
            WorkingDays, 7, 0, 0, D(2026, 4, 15), null),
        Rule(ComplaintMediation, "投诉调解期限", "《工商行政管理部门处理消费者投诉办法》第二十九条（检测鉴定时间不计入）",
            CalendarDays, 60, 0, 0, D(2014, 3, 15), D(2019, 12, 31)),
        Rule(ComplaintMediation, "投诉调解期限", MediationBasis2020, WorkingDays, 45, 0, 0, D(2020, 1, 1), D(2026, 4, 14)),
        Rule(ComplaintMediation, "投诉调解期限", Order121 + "第二十三条", WorkingDays, 45, 0, 0, D(2026, 4, 15), null),
        Rule(ComplaintNotify, "告知投诉人调解结果",
            NotifyBasis2020, WorkingDays, 7, 0, 0, D(2020, 1, 1), D(2026, 4, 14)),
        Rule(ComplaintNotify, "告知投诉人调解结果", Order121 + "第二十三条", WorkingDays, 7, 0, 0, D(2026, 4, 15), null),
        Rule(ClueVerify, "线索核查及立案决定", "《工商行政管理机关行政处罚程序规定》（工商总局令第28号）第十七条：七个工作日，特殊情况十五个工作日",
            WorkingDays, 7, 8, 1, D(2007, 10, 1), D(2019, 3, 31)),
        Rule(ClueVerify, "线索核查及立案决定",
            "《市场监督管理行政处罚程序规定》第十八条：十五个工作日，经负责人批准可延长十五个工作日；检测、检验、检疫、鉴定等时间不计入",
            WorkingDays, 15, 15, 1, D(2019, 4, 1), null),
        Rule(InformantNotify, "告知实名举报人是否立案", InformantBasis2020, WorkingDays, 5, 0, 0, D(2020, 1, 1), D(2026, 4, 14)),
        Rule(InformantNotify, "告知实名举报人是否立案", Order121, WorkingDays, 5, 0, 0, D(2026, 4, 15), null),
        Rule(CaseDecision, "案件处理决定",
            "《工商行政管理机关行政处罚程序规定》（工商总局令第28号）第五十七条：适用一般程序处理的案件应当自立案之日起九十日内作出处理决定；"
            + "案情复杂的，经负责人批准可以延长三十日；经延期仍不能作出的，由有关负责人集体讨论决定是否继续延期",
            CalendarDays, 90, 30, 1, D(2007, 10, 1), D(2019, 3, 31)),
        Rule(CaseDecision, "案件处理决定",
            "《市场监督管理行政处罚程序规定》：立案之日起九十日内作出决定，经负责人批准可延长三十日，仍需延长的由负责人集体讨论决定；《行政处罚法》第六十条",
            CalendarDays, 90, 30, 1, D(2019, 4, 1), null),
        // 陈述申辩期: before 2021 the law set no term for 陈述、申辩 itself, only the hearing request's three days after the
        // notice (1996 第四十二条); the 工商 procedure rule of 2007 gave three working days from the party's signature (by post
        // 15 days from posting: not modelled); the 2019 procedure rule five working days; the 2021 law five working days.
        Rule(CaseStatement, "陈述申辩期", Statement1996, CalendarDays, 3, 0, 0, D(1996, 10, 1), D(2007, 9, 30)),
        Rule(CaseStatement, "陈述申辩期",
            "《工商行政管理机关行政处罚程序规定》（国家工商行政管理总局令第28号，2007年10月1日施行）：当事人自签收行政处罚告知书之日起三个工作日内未行使陈述、申辩权，未要求听证的，视为放弃此权利",
            WorkingDays, 3, 0, 0, D(2007, 10, 1), D(2019, 3, 31)),
        Rule(CaseStatement, "陈述申辩期",
            "《市场监督管理行政处罚程序规定》（总局令第2号）：当事人自告知书送达之日起五个工作日内未行使陈述、申辩权，未要求听证的，视为放弃此权利",
            WorkingDays, 5, 0, 0, D(2019, 4, 1), D(2021, 7, 14)),
        Rule(CaseStatement, "陈述申辩期",
            "《行政处罚法》（2021）第四十四条、第四十五条；第六十四条：当事人要求听证的，应当在行政机关告知后五日内提出；第八十五条：“五日”指工作日",
            WorkingDays, 5, 0, 0, D(2021, 7, 15), null),
        Rule(CasePayment, "缴纳罚款", "《行政处罚法》（1996）第四十六条：自收到行政处罚决定书之日起十五日内缴纳罚款；逾期每日按罚款数额3%加处罚款（第五十一条）",
            CalendarDays, 15, 0, 0, D(1996, 10, 1), D(2021, 7, 14)),
        Rule(CasePayment, "缴纳罚款", "《行政处罚法》（2021）第六十七条：自收到行政处罚决定书之日起十五日内缴纳罚款；逾期每日按罚款数额3%加处罚款，不超过罚款数额（第七十二条）",
            CalendarDays, 15, 0, 0, D(2021, 7, 15), null),
        Rule(PenaltyPublish, "行政处罚信息公示", "国发〔2014〕6号（2014-06-01试行）：作出处罚决定之日起二十个工作日内公开",
            WorkingDays, 20, 0, 0, D(2014, 6, 1), D(2021, 8, 31)),
        Rule(PenaltyPublish, "行政处罚信息公示", "《市场监督管理行政处罚信息公示规定》（总局令第45号）：作出处罚决定之日起二十个工作日内公示",
            WorkingDays, 20, 0, 0, D(2021, 9, 1), null),
        Rule(PenaltyWithdraw, "撤下已变更或撤销的处罚公示", "《行政处罚法》第四十八条；总局令第45号：三个工作日内撤下",
            WorkingDays, 3, 0, 0, D(2021, 7, 15), null),
        Rule(EvidencePreservation, "先行登记保存证据处理决定", "《行政处罚法》第五十六条：七日内作出处理决定（第八十五条：指工作日）",
            WorkingDays, 7, 0, 0, D(2021, 7, 15), null),
        Rule(TransferApprove, "移送公安：负责人审批", "《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）第五条：自接到报告之日起三日内",
            CalendarDays, 3, 0, 0, D(2001, 7, 9), null),
        Rule(TransferHandover, "移送公安：批准后移交", "国务院令第310号第五条：决定批准的，应当在二十四小时内向同级公安机关移送",
            Hours, 24, 0, 0, D(2001, 7, 9), null),
        Rule(TransferPoliceDecision, "公安机关立案审查", "国务院令第310号第八条：自接受移送之日起三日内作出立案或不予立案决定",
            CalendarDays, 3, 0, 0, D(2001, 7, 9), null),
        Rule(TransferReconsider, "不予立案的复议申请", "国务院令第310号第九条：自接到不予立案通知书之日起三日内提请复议",
            CalendarDays, 3, 0, 0, D(2001, 7, 9), null),
        Rule(TransferReview, "公安机关复议决定", "国务院令第310号第九条：公安机关应当自收到提请复议的文件之日起三日内作出复议决定",
            CalendarDays, 3, 0, 0, D(2001, 7, 9), null),
        Rule(TransferExhibits, "移交涉案物品", "国务院令第310号：公安机关决定立案的，自接到立案通知书之日起三日内移交涉案物品及有关材料",
            CalendarDays, 3, 0, 0, D(2001, 7, 9), null),
        // The plan's own duties: each member unit, on the dates the year's plan gives (2017: 9月19日, 3/6/9/12月25日, 12月10日).
        Rule(LiaisonTable, "报送联络员名单（附件1）", Plan2017 + "：有关职能部门要在9月19日前向镇打假办报送联络员名单（附件1）",
            FixedDate, 0, 0, 0, D(2017, 1, 1), null),
        Rule(QuarterlyReport, "季度整治情况报表（附件2）", Plan2017 + "：每年的3、6、9、12月的25号前填写整治情况报表（附件2）",
            FixedDate, 0, 0, 0, D(2017, 1, 1), null),
        Rule(AnnualSummary, "年度整治情况书面总结和报表", Plan2017 + "：每年的12月10日前报送年度整治情况书面总结和报表",
            FixedDate, 0, 0, 0, D(2017, 1, 1), null),
    ];
}

namespace Dajia.Web.Domain.Cases;

/// <summary>Where the case came from: a verified clue, an inspection during an operation, or opened directly.</summary>
public enum CaseSource
{
    Clue,
    Operation,
    Direct,
}

/// <summary>当事人: a market entity from the register, or a natural person (name and ID number kept encrypted).</summary>
public enum PartyKind
{
    Entity,
    Individual,
}

/// <summary>违法类型 (issue #13's list).</summary>
public enum ViolationType
{
    /// <summary>假冒注册商标.</summary>
    CounterfeitTrademark,

    /// <summary>销售假冒注册商标的商品.</summary>
    SellingCounterfeitGoods,

    /// <summary>非法制造、销售非法制造的注册商标标识.</summary>
    IllegalTrademarkLabels,

    /// <summary>生产、销售伪劣产品.</summary>
    Substandard,

    /// <summary>三无产品.</summary>
    NoOrigin,

    /// <summary>虚假标注.</summary>
    FalseLabel,
    Other,
}

public enum CaseStatus
{
    /// <summary>立案, under investigation: the 90-day decision clock runs.</summary>
    Investigating,

    /// <summary>中止: testing, appraisal or a hearing stops the decision clock.</summary>
    Paused,

    /// <summary>作出处罚决定, being executed (payment, publication).</summary>
    Decided,

    /// <summary>结案.</summary>
    Closed,
}

/// <summary>Why the decision clock stops (《市场监督管理行政处罚程序规定》: time not counted in the period).</summary>
public enum CasePauseKind
{
    /// <summary>检测、检验、检疫.</summary>
    Testing,

    /// <summary>鉴定.</summary>
    Appraisal,

    /// <summary>权利人辨认、鉴别 (trademark cases).</summary>
    RightsHolderIdentification,

    /// <summary>听证.</summary>
    Hearing,
}

/// <summary>The penalties of a decision; one decision may carry several (a fine and confiscation of the goods).</summary>
[Flags]
public enum Penalties
{
    None = 0,

    /// <summary>警告.</summary>
    Warning = 1,

    /// <summary>罚款.</summary>
    Fine = 2,

    /// <summary>没收违法所得.</summary>
    ConfiscateGains = 4,

    /// <summary>没收违法物品.</summary>
    ConfiscateGoods = 8,

    /// <summary>责令停产停业.</summary>
    Suspension = 16,

    /// <summary>吊销许可证件 / 营业执照.</summary>
    LicenceRevocation = 32,
}

/// <summary>Every step a case can take; the API names them in kebab case (<c>POST /api/cases/{id}/record-payment</c>).</summary>
public enum CaseMove
{
    Edit,
    Pause,
    Resume,
    Extend,
    Decide,
    RecordPayment,
    Publish,
    Close,

    /// <summary>结案 as 移送司法机关 once the police have opened a case on the transfer (立案).</summary>
    CloseTransferred,

    /// <summary>行政处罚告知 (before a decision).</summary>
    Notify,

    /// <summary>陈述、申辩 received, or waived.</summary>
    Statement,
}

public enum CaseEventKind
{
    Opened,
    Edited,
    Paused,
    Resumed,
    Extended,
    Decided,
    Paid,
    Published,
    Closed,

    /// <summary>The party shown in full on a print to serve (the reason as the note).</summary>
    PartyRevealed,

    /// <summary>案值/货值 or the type changed so that a case a standard flagged no longer crosses one (the reason as the note).</summary>
    AdjustedBelowStandard,

    /// <summary>行政处罚告知书 served (the day and what was told as the note).</summary>
    Notified,

    /// <summary>陈述、申辩 or its waiver received.</summary>
    StatementRecorded,
}

/// <summary>What the party did with a 行政处罚告知.</summary>
public enum CaseStatementKind
{
    /// <summary>陈述、申辩 (or a hearing asked for).</summary>
    Statement,

    /// <summary>放弃陈述、申辩.</summary>
    Waived,
}

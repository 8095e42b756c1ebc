using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Cases;

namespace Dajia.Web.Features.Cases;

/// <summary>
/// Body of POST /api/cases and PUT /api/cases/{id}. An edit that takes a case a transfer standard flags below every standard
/// needs <c>adjustmentReason</c> (调整理由). Opening from a clue (<c>clueId</c>) or an inspection
/// (<c>inspectionId</c>) carries over the entity, key area and facts when they are left empty. A natural person as party:
/// <c>partyName</c> and <c>partyIdNumber</c> (checked, then stored encrypted; only the masked forms are ever shown).
/// </summary>
public sealed record CaseInput(
    string? Title = null, Guid? HandlingUnitId = null, IReadOnlyList<Guid>? OfficerIds = null, string? ViolationType = null,
    Guid? KeyAreaId = null, string? Facts = null, string? LegalBasis = null, decimal? CaseValue = null, decimal? GoodsValue = null,
    int? DensDestroyed = null, int? PersonsDetained = null, string? PartyKind = null, Guid? MarketEntityId = null,
    string? PartyName = null, string? PartyIdNumber = null, Guid? ClueId = null, Guid? InspectionId = null,
    string? AdjustmentReason = null);

public sealed record CaseEventDto(int Sequence, CaseEventKind Kind, DateTimeOffset At, string By, string? Note);

/// <summary>A clock of the case as people read it: due date, days left (negative when late), paused or not, met or not.</summary>
public sealed record CaseClockDto(
    Guid Id, string RuleCode, string RuleName, DateOnly StartedOn, DateOnly DueOn, DeadlineState State, int? DaysLeft, bool Paused,
    int PausedDays, int ExtendedDays, DateTimeOffset? MetAt, int Version);

public sealed record CaseOfficerDto(Guid Id, string Name, string CertificateNumber);

/// <summary>What staff see of a case. The party's identity is only ever masked here; nothing names who reported it.</summary>
public sealed record CaseDto(
    Guid Id, string Number, string Title, Guid HandlingUnitId, string? HandlingUnitName, IReadOnlyList<CaseOfficerDto> Officers,
    CaseSource Source, Guid? ClueId, string? ClueNumber, Guid? OperationId, string? OperationNumber, Guid? InspectionId,
    PartyKind PartyKind, Guid? MarketEntityId, string? PartyName, string? PartyCreditCode, string? PartyIdNumber,
    ViolationType ViolationType, Guid? KeyAreaId, string? KeyAreaName, string Facts, string? LegalBasis, decimal CaseValue,
    decimal GoodsValue, int DensDestroyed, int PersonsDetained, CaseStatus Status, DateOnly OpenedOn, DateOnly? ClosedOn,
    CasePauseKind? PauseKind, DateOnly? PausedFrom, DateOnly? DecidedOn, Penalties Penalties, decimal? FineAmount,
    decimal? ConfiscatedGains, string? DecisionSummary, DateOnly? PaidOn, decimal? LateFee, DateOnly? PublishedOn,
    IReadOnlyList<CaseClockDto> Clocks, IReadOnlyList<CaseEventDto> Events, IReadOnlyList<string> Photos, int Version,
    IReadOnlyList<string> AllowedActions, CaseStandardMarkDto? StandardReached = null, CaseNoticeDto? Notice = null)
    : Infrastructure.Access.IVersionedDto;

/// <summary>
/// 行政处罚告知 and 陈述申辩 as they stand: the notice (null fields until served), what the party did, the period's last day
/// and whether it ran out, and <c>nextSteps</c> before a decision: <c>notify</c>, <c>statement</c> (or wait for the period
/// to run out), then <c>decide</c>. The fields are the current (latest) notice's, <c>n</c> and <c>number</c> its place and
/// 告字 number; <c>notices</c> lists every notice served, earlier ones as they were served.
/// </summary>
public sealed record CaseNoticeDto(
    DateOnly? ServedOn, Penalties? Penalties, decimal? Fine, bool HearingRight, string? Text, CaseStatementKind? StatementKind,
    DateOnly? ReceivedOn, string? StatementText, bool? Adopted, string? Reason, DateOnly? PeriodDueOn, bool PeriodOver,
    IReadOnlyList<string> NextSteps, int? N = null, string? Number = null, IReadOnlyList<NoticeRecordDto>? Notices = null,
    bool HearingRequested = false);

/// <summary>One 行政处罚告知书 as served (notice n of the case), its 告字 number and what the party said to it.</summary>
public sealed record NoticeRecordDto(
    int N, string? Number, DateOnly ServedOn, Penalties Penalties, decimal? Fine, bool HearingRight, string Text,
    CaseStatementKind? StatementKind, DateOnly? ReceivedOn, string? StatementText, bool? Adopted, string? Reason,
    DateTimeOffset IssuedAt, string IssuedBy, bool HearingRequested = false)
{
    public static NoticeRecordDto From(PenaltyNoticeRecord n) => new(n.Ordinal, n.Number, n.ServedOn, n.Penalties, n.Fine,
        n.HearingRight, n.Text, n.StatementKind, n.StatementReceivedOn, n.StatementText, n.StatementAdopted, n.StatementReason,
        n.IssuedAt, n.IssuedBy, n.HearingRequested);
}

/// <summary>曾达到移送标准: when the case first crossed a 立案追诉标准, which one, and its figures then.</summary>
public sealed record CaseStandardMarkDto(DateTimeOffset At, string Code, string? Name, decimal CaseValue, decimal GoodsValue);

public sealed record CaseListItem(
    Guid Id, string Number, string Title, CaseStatus Status, ViolationType ViolationType, string? HandlingUnitName, string Party,
    string? KeyAreaName, decimal CaseValue, decimal GoodsValue, DateOnly OpenedOn, DateOnly? DueOn, DeadlineState? DueState,
    string? DueRule, DateOnly? PausedFrom = null, bool DuePaused = false)
{
    /// <summary>Its nearest clock stands still (中止) and is not late: no due day holds, it moves on every day.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool ClockStopped => DuePaused && DueState != DeadlineState.Overdue;
}

/// <summary>中止: why (testing, appraisal, rights-holder identification, hearing), from which day, and a note.</summary>
public sealed record PauseInput(string? Kind, DateOnly? From, string? Reason);

/// <summary>恢复计时: the last day the clock stood still (default yesterday… or today when it stopped today).</summary>
public sealed record ResumeInput(DateOnly? To);

/// <summary>
/// 延长办案期限: the approval's reason; <c>collective</c> true records a 负责人集体讨论 decision beyond the rule's
/// extension, which then sets <c>days</c> itself.
/// </summary>
public sealed record ExtendInput(string? Reason, bool? Collective = null, int? Days = null);

/// <summary>
/// 作出处罚决定: penalties by name (["Warning","Fine"] or their Chinese labels), amounts in yuan, a summary, and the legal
/// basis (法律依据) when the case has none yet or the decision cites another (it then becomes the case's).
/// </summary>
public sealed record DecideInput(IReadOnlyList<string>? Penalties, decimal? Fine, decimal? ConfiscatedGains, string? Summary,
    string? LegalBasis = null);

/// <summary>
/// 行政处罚告知: the day it was served (default today; not before 立案, not in the future), the intended penalties and fine,
/// the hearing right (default: as 第六十三条 gives it; it may be granted, not withheld) and what was told (facts, reasons,
/// basis).
/// </summary>
public sealed record NotifyInput(DateOnly? ServedOn, IReadOnlyList<string>? Penalties, decimal? Fine, bool? HearingRight, string? Text);

/// <summary>
/// 陈述申辩: <c>kind</c> Statement (text, adopted, the reason required when not) or Waived (放弃), the day received;
/// <c>hearingRequested</c> pauses the case for the hearing (听证) when the notice gave that right.
/// </summary>
public sealed record StatementInput(string? Kind, DateOnly? ReceivedOn, string? Text, bool? Adopted, string? Reason,
    bool? HearingRequested = null);

/// <summary>缴纳罚没款: the day it was paid (the late fee follows from the term).</summary>
public sealed record PaymentInput(DateOnly? PaidOn);

/// <summary>处罚信息公示: the day it was published.</summary>
public sealed record PublishInput(DateOnly? PublishedOn);

/// <summary>结案: an optional note.</summary>
public sealed record CloseCaseInput(string? Note);

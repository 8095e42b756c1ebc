using Dajia.Web.Domain.Calendar;

namespace Dajia.Web.Features.Calendar;

public sealed record DueDto(string From, int Days, string Due, bool Estimated);

public sealed record DayDto(string Date, bool IsWorkingDay, DayKind Kind, string? Name, bool Estimated)
{
    public static DayDto From(DayInfo d) => new(d.Date.ToString("yyyy-MM-dd"), d.IsWorkingDay, d.Kind, d.Name, d.Estimated);
}

public sealed record YearDto(int Year, bool Estimated, string? Papers, IReadOnlyList<DayDto> Days);

public sealed record DaySetInput(string? Kind, string? Name);

public sealed record RuleDto(
    Guid Id, string Code, string Name, string LegalBasis, TimeUnit TimeUnit, int Amount, int ExtensionAmount, int MaxExtensions,
    DateOnly EffectiveFrom, DateOnly? EffectiveTo)
{
    public static RuleDto From(DeadlineRule r) => new(r.Id, r.Code, r.Name, r.LegalBasis, r.TimeUnit, r.Amount, r.ExtensionAmount,
        r.MaxExtensions, r.EffectiveFrom, r.EffectiveTo);
}

public sealed record RuleInput(
    string? Code, string? Name, string? LegalBasis, TimeUnit? TimeUnit, int? Amount, int? ExtensionAmount, int? MaxExtensions,
    DateOnly? EffectiveFrom, DateOnly? EffectiveTo)
{
    public (DeadlineRuleTerms Terms, List<FieldError> Errors) Parse()
    {
        var terms = new DeadlineRuleTerms(Name?.Trim() ?? "", LegalBasis?.Trim() ?? "", TimeUnit ?? Domain.Calendar.TimeUnit.WorkingDays,
            Amount ?? 0, ExtensionAmount ?? 0, MaxExtensions ?? 0, EffectiveFrom ?? DateOnly.MinValue, EffectiveTo);
        var errors = terms.Validate().ToList();
        if (TimeUnit is null) errors.Add(new("timeUnit", "Validation.Rule.TimeUnit"));
        if (EffectiveFrom is null) errors.Add(new("effectiveFrom", "Validation.Rule.EffectiveFrom"));
        return (terms, errors);
    }
}

/// <summary>The calculator's answer: the due date and the working days that were counted to reach it.</summary>
public sealed record RuleDueDto(RuleDto Rule, string Start, string Due, string DueAt, bool Estimated, IReadOnlyList<string> CountedDays);

public sealed record DeadlineDto(
    Guid Id, string SubjectType, Guid SubjectId, string RuleCode, TimeUnit TimeUnit, int Amount, DateTimeOffset StartedAt,
    DateOnly DueOn, DateTimeOffset DueAt, bool Estimated, DateTimeOffset? MetAt, DeadlineState State,
    IReadOnlyList<DeadlineChangeDto> History, Guid? ResponsibleUnitId, int Version, IReadOnlyList<string> AllowedActions)
    : Infrastructure.Access.IVersionedDto
{
    public static DeadlineDto From(Deadline d, DeadlineState state, IReadOnlyList<string> allowed) => new(d.Id, d.SubjectType, d.SubjectId,
        d.RuleCode, d.TimeUnit, d.Amount, d.StartedAt, d.DueOn, d.DueAt, d.Estimated, d.MetAt, state,
        d.History.OrderBy(h => h.Sequence).Select(h => new DeadlineChangeDto(h.At, h.By, h.Kind, h.Note, h.DueBefore, h.DueAfter)).ToList(),
        d.ResponsibleUnitId, d.Version, allowed);
}

public sealed record DeadlineChangeDto(DateTimeOffset At, string By, DeadlineChangeKind Kind, string? Note, DateOnly? DueBefore,
    DateOnly DueAfter);

public sealed record AttachInput(string? SubjectType, Guid? SubjectId, string? RuleCode, DateTimeOffset? StartedAt);

public sealed record PauseInput(DateOnly? From, string? Reason);

public sealed record ResumeInput(DateOnly? To);

public sealed record ExtendInput(string? RequestedBy, string? Reason, bool? Collective, int? Amount);

internal static class DateText
{
    public static string Iso(this DateOnly d) => d.ToString("yyyy-MM-dd");
}

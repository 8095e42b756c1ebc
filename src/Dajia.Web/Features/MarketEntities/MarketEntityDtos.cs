using Dajia.Web.Domain.MarketEntities;

namespace Dajia.Web.Features.MarketEntities;

public sealed record MarketEntityDto(
    Guid Id, string Name, string? CreditCode, MarketEntityKind Kind, MarketEntityCategory Category, Guid? KeyAreaId, string? KeyAreaName,
    string? StallNumber, string? Address, string? OperatorName, string? OperatorIdMasked, string? ContactPhone, RiskLevel Risk,
    MarketEntityStatus Status, IReadOnlyList<string> Warnings);

/// <summary>Body of POST /api/entities and PUT /api/entities/{id}; enums as strings so each bad one is named.</summary>
public sealed record MarketEntityInput(
    string? Name, string? CreditCode, string? Kind, string? Category, Guid? KeyAreaId, string? StallNumber, string? Address,
    string? OperatorName, string? OperatorIdNumber, string? ContactPhone, string? Risk, string? Status)
{
    public (MarketEntityDetails Details, List<FieldError> Errors, List<FieldError> Warnings, string? OperatorId) Parse(DateOnly today)
    {
        var errors = new List<FieldError>();
        var kind = Enum<MarketEntityKind>(Kind, "kind", MarketEntityKind.Stall, errors);
        var category = Enum<MarketEntityCategory>(Category, "category", MarketEntityCategory.Other, errors);
        var risk = Enum<RiskLevel>(Risk, "risk", RiskLevel.Low, errors);
        var status = Enum<MarketEntityStatus>(Status, "status", MarketEntityStatus.Operating, errors);
        var (details, more, warnings) = new MarketEntityDetails(Name ?? "", CreditCode, kind, category, KeyAreaId, StallNumber,
            Address, OperatorName, ContactPhone, risk, status).Check();
        errors.AddRange(more);
        string? operatorId = null;
        if (!string.IsNullOrWhiteSpace(OperatorIdNumber))
        {
            var check = IdCardNumber.Check(OperatorIdNumber, today);
            if (check.Error is { } e) errors.Add(e);
            else operatorId = check.Normalized;
        }
        return (details, errors, warnings, operatorId);
    }

    private static T Enum<T>(string? text, string field, T fallback, List<FieldError> errors) where T : struct, Enum =>
        Input.Enum<T>(text, field, errors) ?? fallback;
}

public sealed record CodeCheckDto(bool Valid, string Message, string? Warning);

/// <summary>
/// Years are those it was designated for and those whose 工作方案 names it: a plan that keeps the area carries it into
/// its year (PlanYears says which came from a plan). Aliases are the other names a report may use for it.
/// </summary>
public sealed record KeyAreaDto(
    Guid Id, string Name, string? Address, KeyAreaKind Kind, string? Description, IReadOnlyList<int> Years, KeyAreaStatus Status,
    int Entities, IReadOnlyList<string> Aliases, IReadOnlyList<int> PlanYears);

public sealed record KeyAreaInput(
    string? Name, string? Address, string? Kind, string? Description, IReadOnlyList<int>? Years, IReadOnlyList<string>? Aliases = null);


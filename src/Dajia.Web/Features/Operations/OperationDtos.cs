using Dajia.Web.Domain.Operations;
using Dajia.Web.Infrastructure.Input;

namespace Dajia.Web.Features.Operations;

public sealed record ParticipantDto(
    Guid UnitId, string UnitName, ParticipationStatus Status, string? Officers, DateTimeOffset? RespondedAt);

public sealed record InspectionDto(
    Guid Id, Guid MarketEntityId, string EntityName, string? StallNumber, InspectionResult Result, string? Notes,
    DateTimeOffset InspectedAt);

public sealed record OperationTotals(
    int Personnel, int Vehicles, int Inspections, IReadOnlyDictionary<InspectionResult, int> ByResult);

public sealed record OperationDto(
    Guid Id, string Number, OperationKind Kind, string Title, DateTimeOffset StartsAt, Guid? KeyAreaId, Guid LeadUnitId,
    string LeadUnitName, int Personnel, int Vehicles, string? Findings, string RecordedBy, Guid? RandomDrawId,
    IReadOnlyList<ParticipantDto> Units, IReadOnlyList<InspectionDto> Inspections, OperationTotals Totals, IReadOnlyList<PhotoDto> Photos,
    int Version, IReadOnlyList<string> AllowedActions) : Infrastructure.Access.IVersionedDto;

public sealed record PhotoDto(Guid Id, string FileName, long Size, DateTimeOffset UploadedAt, string UploadedBy, string Url);

public sealed record OperationInput(
    string? Kind, string? Title, DateTimeOffset? StartsAt, Guid? KeyAreaId, Guid? LeadUnitId, IReadOnlyList<Guid>? InvitedUnitIds,
    int? Personnel, int? Vehicles, string? Findings)
{
    public (OperationDetails Details, List<FieldError> Errors) Parse()
    {
        var errors = new List<FieldError>();
        var kind = Shared.Input.Enum<OperationKind>(Kind, "kind", errors, required: true) ?? default;
        if (StartsAt is null) errors.Add(new("startsAt", "Validation.Operation.StartsAt"));
        else if (!InputRules.IsSaneInstant(StartsAt.Value))
            errors.Add(new("startsAt", "InputRule.DateRange", InputRules.MinYear, InputRules.MaxYear));
        var startsAt = StartsAt is { } at && InputRules.IsSaneInstant(at) ? at : default;
        var details = new OperationDetails(kind, Title?.Trim() ?? "", startsAt, KeyAreaId, Personnel ?? 0, Vehicles ?? 0,
            ContactFormats.NormalizeText(Findings));
        errors.AddRange(details.Validate());
        return (details, errors);
    }
}

public sealed record RespondInput(Guid? UnitId, bool? Confirm, string? Officers);

/// <summary>An invited unit takes part and names who it sends; the office may answer for a unit (UnitId).</summary>
public sealed record ConfirmParticipationInput(Guid? UnitId, string? Officers);

public sealed record DeclineParticipationInput(Guid? UnitId);

public sealed record InspectionInput(Guid? MarketEntityId, string? Result, string? Notes);

/// <summary>
/// A unit's share of a period: Operations = Led + Joined (confirmed, not leading); people, vehicles, inspections and
/// inspections with a problem (any result but 未发现问题) count for the lead unit only.
/// </summary>
public sealed record UnitTotalsDto(
    Guid UnitId, string UnitName, int Operations, int Personnel, int Vehicles, int Inspections, int ProblemsFound, int Led, int Joined);

/// <summary>ProblemsFound: inspections with any result but 未发现问题, the same count the units' table adds up.</summary>
public sealed record PeriodTotalsDto(
    DateOnly From, DateOnly To, int Operations, int Personnel, int Vehicles, int Inspections,
    IReadOnlyDictionary<OperationKind, int> ByKind, IReadOnlyDictionary<InspectionResult, int> ByResult,
    IReadOnlyList<UnitTotalsDto> Units)
{
    public int ProblemsFound => ByResult.Where(r => r.Key != InspectionResult.NoProblem).Sum(r => r.Value);
}

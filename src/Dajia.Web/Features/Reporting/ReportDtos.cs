using Dajia.Web.Domain.Reporting;
using Dajia.Web.Domain.Rounds;
using Dajia.Web.Infrastructure.Access;

namespace Dajia.Web.Features.Reporting;

/// <summary>A unit's place in a round, as the office's matrix shows it.</summary>
public enum ReportStatus
{
    NotStarted,
    Draft,
    OnTime,
    Late,
    Returned,
    Accepted,
}

/// <summary>A version of a form; <c>Owner</c> the town, city or province it is for, null for the shared default.</summary>
public sealed record FormVersionDto(int Number, int EffectiveFromYear, string Title, string Basis, FormDefinition Definition,
    Guid? JurisdictionId = null, string? Owner = null);

/// <summary>
/// The version a town uses in a year (for rounds not opened yet; an opened round keeps its own): its number, the year it is
/// in force from, and whose it is (<c>Owner</c> null: the shared default).
/// </summary>
public sealed record FormInUseDto(Guid TownId, string Town, int Year, int Number, int EffectiveFromYear, Guid? JurisdictionId,
    string? Owner);

public sealed record FormDto(string Code, string Name, ReportFrequency Frequency, IReadOnlyList<FormVersionDto> Versions,
    IReadOnlyList<FormInUseDto>? InUse = null);

/// <summary>One indicator of a unit's report: the figure now, what the system prefilled and from where.</summary>
public sealed record IndicatorDto(
    string Code, string Label, string Unit, IndicatorType Type, decimal? Value, string? Text, decimal? Prefilled, string? Source,
    bool Edited);

public sealed record BlockDto(string Code, string Label, IReadOnlyList<IndicatorDto> Indicators);

/// <summary>A submission kept as sent; <c>Channel</c> how it came (the unit online, the office for it), in Chinese as well.</summary>
public sealed record SnapshotDto(int Number, DateTimeOffset SubmittedAt, string SubmittedBy, string SubmittedByAccount,
    ReportValues Values, SubmissionChannel Channel, string ChannelLabel);

public sealed record SubmissionDto(
    string Form, string Period, string Title, Guid UnitId, string UnitName, ReportStatus Status, ReportState? State,
    DateOnly? DueOn, bool Locked, string? LockReason, DateOnly? LateUntil, string? ReturnReason, DateTimeOffset? FirstSubmittedAt,
    int Version, IReadOnlyList<BlockDto> Blocks, IReadOnlyList<SnapshotDto> Snapshots, IReadOnlyList<string> AllowedActions)
    : IVersionedDto;

/// <summary>
/// A unit in a round. <c>Timeliness</c> is the shared one (<see cref="RoundTimeliness"/>), <c>FiledAt</c> when the duty counts
/// as filed: the first submission, else the moment the office marked the duty met by hand.
/// </summary>
public sealed record MatrixRowDto(
    Guid UnitId, string UnitName, ReportStatus Status, string StatusLabel, DateOnly? DueOn, bool Overdue, DateTimeOffset? FirstSubmittedAt,
    int Submissions, DateOnly? PaperCopyOn = null, Timeliness? Timeliness = null, DateTimeOffset? FiledAt = null);

/// <summary>The round at a glance: each unit's status, how many reported and how many on time (of those due).</summary>
public sealed record MatrixDto(
    string Form, string Period, string Title, bool Closed, IReadOnlyDictionary<ReportStatus, int> Counts, decimal? ReportingRate,
    decimal? OnTimeRate, IReadOnlyList<MatrixRowDto> Units);

public sealed record TotalUnitDto(Guid UnitId, string UnitName, decimal Value);

public sealed record TotalLineDto(string Code, string Label, string Unit, decimal Total, IReadOnlyList<TotalUnitDto> Units);

/// <summary>The town's figures: the sum of the accepted submissions, each line with what each unit contributed.</summary>
public sealed record TotalDto(string Form, string Period, string Title, int AcceptedUnits, IReadOnlyList<TotalLineDto> Lines);

/// <summary>A record behind a prefilled figure; <c>Value</c> in the figure's <c>Unit</c> (万元 for money, as the form).</summary>
public sealed record SourceRecordDto(string Kind, Guid Id, string Number, string Title, DateOnly On, decimal Value, string Unit = "");

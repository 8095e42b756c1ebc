using Dajia.Web.Domain.RandomDraws;

namespace Dajia.Web.Features.RandomDraws;

public sealed record DrawItemDto(int Order, Guid MarketEntityId, string EntityName, string? StallNumber, Guid FirstOfficerId,
    string FirstOfficer,
    Guid SecondOfficerId, string SecondOfficer);

public sealed record DrawDto(
    Guid Id, string Title, string Filter, int Seed, SeedOrigin SeedOrigin, string EntityListHash, string OfficerListHash,
    string? ConflictListHash, int EntityCandidates, int OfficerCandidates, int Conflicts, DateTimeOffset DrawnAt, string DrawnBy,
    Guid? OperationId, bool Published, IReadOnlyList<DrawItemDto> Items, int Version, IReadOnlyList<string> AllowedActions)
    : Infrastructure.Access.IVersionedDto;

/// <summary>A published draw as the public sees it: the organising office, never a staff account.</summary>
public sealed record PublicDrawDto(Guid Id, string Title, string Office, int Seed, SeedOrigin SeedOrigin, string EntityListHash,
    string OfficerListHash, string? ConflictListHash, int EntityCandidates, int OfficerCandidates, int Conflicts, DateTimeOffset DrawnAt,
    IReadOnlyList<DrawItemDto> Items);

public sealed record DrawInput(string? Title, Guid? KeyAreaId, string? Category, string? Risk, int? Count, int? Seed);

public sealed record VerifyDto(bool Verified, bool ListsIntact, bool SameResult, bool CandidatesUnchanged, string Message);

public sealed record OfficerDto(Guid Id, Guid UnitId, string UnitName, string Name, string CertificateNumber, bool Active,
    IReadOnlyList<Guid> ConflictEntityIds);

public sealed record OfficerInput(Guid? UnitId, string? Name, string? CertificateNumber);

public sealed record ConflictInput(Guid? MarketEntityId, string? Reason);

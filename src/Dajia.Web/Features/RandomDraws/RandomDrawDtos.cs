namespace Dajia.Web.Features.RandomDraws;

public sealed record DrawItemDto(int Order, Guid EntityId, string EntityName, string? StallNumber, Guid FirstOfficerId, string FirstOfficer,
    Guid SecondOfficerId, string SecondOfficer);

public sealed record DrawDto(Guid Id, string Title, string Filter, int Seed, string EntityListHash, string OfficerListHash, int EntityCandidates,
    int OfficerCandidates, DateTimeOffset DrawnAt, string DrawnBy, Guid? OperationId, bool Published, IReadOnlyList<DrawItemDto> Items);

public sealed record DrawInput(string? Title, Guid? KeyAreaId, string? Category, string? Risk, int? Count, int? Seed);

public sealed record VerifyDto(bool Verified, bool ListsIntact, bool SameResult, bool CandidatesUnchanged, string Message);

public sealed record OfficerDto(Guid Id, Guid UnitId, string UnitName, string Name, string CertificateNumber, bool Active, IReadOnlyList<Guid> ConflictEntityIds);

public sealed record OfficerInput(Guid? UnitId, string? Name, string? CertificateNumber);

public sealed record ConflictInput(Guid? EntityId, string? Reason);

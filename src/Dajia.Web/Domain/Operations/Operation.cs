using System.Linq.Expressions;
using Dajia.Web.Domain.Access;

namespace Dajia.Web.Domain.Operations;

public enum OperationKind
{
    DailySupervision,
    JointInspection,
    SpecialAction,
    UndercoverVisit,
}

public enum InspectionResult
{
    NoProblem,
    ProblemFound,
    OrderedToRectify,
    GoodsSeized,
    CaseToOpen,
}

public enum ParticipationStatus
{
    Invited,
    Confirmed,
    Declined,
}

/// <summary>执法行动: who went, whom they checked, what they found. Numbered XD-2017-012 per jurisdiction and year.</summary>
public sealed class Operation : AggregateRoot, IScoped<Operation>
{
    public static Expression<Func<Operation, bool>> SharedWith(Guid unitId) => _ => true;

    private readonly List<OperationUnit> _units = [];
    private readonly List<Inspection> _inspections = [];
    private readonly List<OperationPhoto> _photos = [];

    private Operation() { }

    public Operation(Guid jurisdictionId, string number, Guid leadUnitId, OperationDetails details, string recordedBy)
    {
        (JurisdictionId, Number, LeadUnitId, RecordedBy) = (jurisdictionId, number, leadUnitId, recordedBy);
        Update(details);
        _units.Add(new OperationUnit(Id, leadUnitId, ParticipationStatus.Confirmed));
    }

    public Guid JurisdictionId { get; private set; }
    public string Number { get; private set; } = "";
    public OperationKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public DateTimeOffset StartsAt { get; private set; }
    public Guid? KeyAreaId { get; private set; }
    public Guid LeadUnitId { get; private set; }
    public int Personnel { get; private set; }
    public int Vehicles { get; private set; }
    public string? Findings { get; private set; }
    public string RecordedBy { get; private set; } = "";

    /// <summary>Set when the action came from a 双随机 draw.</summary>
    public Guid? RandomDrawId { get; private set; }
    public IReadOnlyList<OperationUnit> Units => _units;
    public IReadOnlyList<Inspection> Inspections => _inspections;
    public IReadOnlyList<OperationPhoto> Photos => _photos;

    public OperationPhoto AddPhoto(string sha256, string contentType, long size, string fileName, DateTimeOffset at, string by,
        string? thumbnailSha256 = null)
    {
        var photo = new OperationPhoto(Id, sha256, contentType, size, fileName, at, by, thumbnailSha256);
        _photos.Add(photo);
        return photo;
    }

    public void Update(OperationDetails d)
    {
        Kind = d.Kind;
        Title = d.Title;
        StartsAt = d.StartsAt;
        KeyAreaId = d.KeyAreaId;
        Personnel = d.Personnel;
        Vehicles = d.Vehicles;
        Findings = d.Findings;
    }

    public void LinkDraw(Guid drawId) => RandomDrawId = drawId;

    public void Invite(Guid unitId)
    {
        if (_units.Any(u => u.UnitId == unitId)) return;
        _units.Add(new OperationUnit(Id, unitId, ParticipationStatus.Invited));
    }

    /// <summary>An invited unit confirms (with the officers it sends) or declines.</summary>
    public void Respond(Guid unitId, bool confirm, string? officers, DateTimeOffset at)
    {
        var unit = _units.FirstOrDefault(u => u.UnitId == unitId) ?? throw new DomainException("Operation.NotInvited");
        unit.Respond(confirm ? ParticipationStatus.Confirmed : ParticipationStatus.Declined, officers, at);
    }

    public Inspection Inspect(Guid marketEntityId, InspectionResult result, string? notes, DateTimeOffset at, string by)
    {
        var inspection = new Inspection(Id, marketEntityId, result, notes, at, by);
        _inspections.Add(inspection);
        return inspection;
    }

    public void RemoveInspection(Guid inspectionId)
    {
        var i = _inspections.FirstOrDefault(x => x.Id == inspectionId) ?? throw new DomainException("Operation.NoSuchInspection");
        _inspections.Remove(i);
    }
}

public sealed record OperationDetails(
    OperationKind Kind, string Title, DateTimeOffset StartsAt, Guid? KeyAreaId, int Personnel, int Vehicles, string? Findings)
{
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (Title.Length is 0 or > 100) errors.Add(new("title", "Validation.Operation.Title"));
        if (Personnel is < 0 or > 10_000) errors.Add(new("personnel", "Validation.Operation.Count"));
        if (Vehicles is < 0 or > 1_000) errors.Add(new("vehicles", "Validation.Operation.Count"));
        if (Findings is { Length: > FieldLengths.LongText })
            errors.Add(new("findings", "Validation.TooLong", FieldLengths.LongText));
        return errors;
    }
}

public sealed class OperationUnit : Entity
{
    private OperationUnit() { }

    internal OperationUnit(Guid operationId, Guid unitId, ParticipationStatus status) =>
        (OperationId, UnitId, Status) = (operationId, unitId, status);

    public Guid OperationId { get; private set; }
    public Guid UnitId { get; private set; }
    public ParticipationStatus Status { get; private set; }

    /// <summary>The officers the unit sent, as the unit wrote them (names, certificate numbers).</summary>
    public string? Officers { get; private set; }
    public DateTimeOffset? RespondedAt { get; private set; }

    internal void Respond(ParticipationStatus status, string? officers, DateTimeOffset at) =>
        (Status, Officers, RespondedAt) = (status, officers, at);
}

/// <summary>One entity checked during an action (one 户次) and what came of it.</summary>
public sealed class Inspection : Entity
{
    private Inspection() { }

    internal Inspection(Guid operationId, Guid marketEntityId, InspectionResult result, string? notes, DateTimeOffset at, string by) =>
        (OperationId, MarketEntityId, Result, Notes, InspectedAt, RecordedBy) = (operationId, marketEntityId, result, notes, at, by);

    public Guid OperationId { get; private set; }
    public Guid MarketEntityId { get; private set; }
    public InspectionResult Result { get; private set; }
    public string? Notes { get; private set; }
    public DateTimeOffset InspectedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";
}

/// <summary>A photo taken during the action; the bytes live in the file store under their SHA-256.</summary>
public sealed class OperationPhoto : Entity
{
    private OperationPhoto() { }

    internal OperationPhoto(Guid operationId, string sha256, string contentType, long size, string fileName, DateTimeOffset at, string by,
        string? thumbnailSha256) =>
        (OperationId, Sha256, ContentType, Size, FileName, UploadedAt, UploadedBy, ThumbnailSha256) =
        (operationId, sha256, contentType, size, fileName, at, by, thumbnailSha256);

    public Guid OperationId { get; private set; }
    public string Sha256 { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string FileName { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }
    public string UploadedBy { get; private set; } = "";
    /// <summary>Null for photos stored before thumbnails were made; lists then show the photo itself.</summary>
    public string? ThumbnailSha256 { get; private set; }
}

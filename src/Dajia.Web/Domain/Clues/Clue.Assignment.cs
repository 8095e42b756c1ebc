namespace Dajia.Web.Domain.Clues;

/// <summary>What the office asks of the units when it assigns (交办): instructions, a date, and who helps the lead unit.</summary>
public sealed record Assignment(Guid LeadUnitId, string? Instructions, DateOnly? DueOn, IReadOnlyList<Guid> CoUnitIds)
{
    public const int MaxCoUnits = 5;
}

/// <summary>
/// 交办 with its 交办意见, due date and 协查单位; 退回重查; the co-operating units' notes. The lead unit alone verifies;
/// a co-operating unit sees the clue and adds notes.
/// </summary>
public sealed partial class Clue
{
    private readonly List<ClueCoUnit> _coUnits = [];

    /// <summary>交办意见: what the office asks the lead unit to check.</summary>
    public string? AssignmentInstructions { get; private set; }

    /// <summary>The date the assignment asks for (no later than the verification rule allows).</summary>
    public DateOnly? AssignmentDueOn { get; private set; }
    public DateTimeOffset? AssignedAt { get; private set; }
    public IReadOnlyList<ClueCoUnit> CoUnits => _coUnits;

    public bool IsCoUnit(Guid unitId) => _coUnits.Any(u => u.UnitId == unitId);

    /// <summary>Assigns (or reassigns) with instructions, a date and co-operating units; the previous ones are replaced.</summary>
    public void Assign(Assignment a, DateTimeOffset at, string by)
    {
        var instructions = a.Instructions?.Trim() is { Length: > 0 } t ? t : null;
        if (instructions is { Length: > FieldLengths.Note }) throw new DomainException("Clue.InstructionsTooLong", FieldLengths.Note);
        var co = a.CoUnitIds.Distinct().ToList();
        if (co.Contains(a.LeadUnitId)) throw new DomainException("Clue.LeadIsCoUnit");
        if (co.Count > Assignment.MaxCoUnits) throw new DomainException("Clue.TooManyCoUnits", Assignment.MaxCoUnits);
        Assign(a.LeadUnitId, at, by);
        (AssignmentInstructions, AssignmentDueOn, AssignedAt) = (instructions, a.DueOn, at);
        _coUnits.RemoveAll(u => !co.Contains(u.UnitId));
        foreach (var unit in co.Where(u => !IsCoUnit(u))) _coUnits.Add(new ClueCoUnit(Id, unit));
    }

    /// <summary>收回: the office takes the clue back; instructions, date and co-operating units go with the assignment.</summary>
    public void PullBackAssignment(string reason, DateTimeOffset at, string by)
    {
        PullBack(reason, at, by);
        (AssignmentInstructions, AssignmentDueOn, AssignedAt) = (null, null, null);
        _coUnits.Clear();
    }

    /// <summary>
    /// 退回重查: the office sends a verified result back to the lead unit with the reason; verification reopens. An informant
    /// told the withdrawn result is owed the new one: the telling stays in the history, but no longer meets the duty.
    /// </summary>
    public void SendBack(string reason, DateOnly? dueOn, DateTimeOffset at, string by)
    {
        if (HasCase) throw new DomainException("Clue.HasCase", CaseReference ?? "");
        var why = Required(reason);
        Move(ClueMove.SendBack, ClueStatus.Verifying, ClueEventKind.SentBack, at, by, why);
        (Result, ResultNotes, CaseReference, AssignmentDueOn) = (null, null, null, dueOn);
        (InformantNotifiedAt, InformantNotifiedHow) = (null, null);
    }

    /// <summary>A note from the lead or a co-operating unit (协查意见), or from the office.</summary>
    public void AddNote(Guid? unitId, string note, DateTimeOffset at, string by)
    {
        if (unitId is { } u && u != AssignedUnitId && !IsCoUnit(u)) throw new DomainException("Clue.NotYourUnit");
        if (!ClueMoves.From[ClueMove.Note].Contains(Status)) throw new DomainException("Clue.IllegalTransition", Status, Status);
        Record(ClueEventKind.Noted, at, by, Required(note));
    }
}

/// <summary>A 协查单位: sees the clue and adds notes; the lead unit verifies.</summary>
public sealed class ClueCoUnit : Entity
{
    private ClueCoUnit() { }

    internal ClueCoUnit(Guid clueId, Guid unitId) => (ClueId, UnitId) = (clueId, unitId);

    public Guid ClueId { get; private set; }
    public Guid UnitId { get; private set; }
}

/// <summary>Evidence the lead unit attached to its verification: a photo (decoded and encoded anew) or a PDF as sent.</summary>
public sealed class ClueEvidence : Entity
{
    public const int MaxPerClue = 20;

    private ClueEvidence() { }

    public ClueEvidence(Guid clueId, string sha256, string contentType, long size, string? thumbnailSha256, string fileName,
        DateTimeOffset addedAt, string addedBy) =>
        (ClueId, Sha256, ContentType, Size, ThumbnailSha256, FileName, AddedAt, AddedBy) =
        (clueId, sha256, contentType, size, thumbnailSha256, fileName, addedAt, addedBy);

    public Guid ClueId { get; private set; }
    public string Sha256 { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string? ThumbnailSha256 { get; private set; }

    /// <summary>The name it was uploaded under (cleaned), for the download.</summary>
    public string FileName { get; private set; } = "";
    public DateTimeOffset AddedAt { get; private set; }
    public string AddedBy { get; private set; } = "";
}

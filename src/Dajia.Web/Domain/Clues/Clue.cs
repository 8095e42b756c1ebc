using System.Linq.Expressions;
using Dajia.Web.Domain.Access;

namespace Dajia.Web.Domain.Clues;

/// <summary>
/// 线索: received, accepted or rejected, assigned to a unit, verified, closed. Each step is a method that refuses an
/// illegal move before changing anything, and leaves a line in the history.
/// </summary>
public sealed partial class Clue : AggregateRoot, IScoped<Clue>
{
    // The lead unit, and the co-operating units (协查单位) of the assignment.
    public static Expression<Func<Clue, bool>> SharedWith(Guid unitId) =>
        c => c.AssignedUnitId == unitId || c.CoUnits.Any(u => u.UnitId == unitId);

    private readonly List<ClueEvent> _events = [];

    private Clue() { }

    public Clue(Guid jurisdictionId, string number, string trackingCode, ClueDetails d, Guid? informantId, DateTimeOffset at, string by)
    {
        (JurisdictionId, Number, TrackingCode, InformantId, ReceivedAt) = (jurisdictionId, number, trackingCode, informantId, at);
        (Kind, Category, Source, Product, Brand, MerchantName, Address, Description, SeenOn, MarketEntityId) =
            (d.Kind, d.Category, d.Source, d.Product, d.Brand, d.MerchantName, d.Address, d.Description, d.SeenOn, d.MarketEntityId);
        RefreshSearchText();
        _events.Add(new ClueEvent(Id, 1, ClueEventKind.Received, at, by, null));
    }

    public Guid JurisdictionId { get; private set; }
    public string Number { get; private set; } = "";
    public string TrackingCode { get; private set; } = "";
    public string AccessKeyHash { get; private set; } = "";

    /// <summary>Kept (encrypted) only so that a repeated submission with the same Idempotency-Key gets the same answer.</summary>
    public string? AccessKeyCipher { get; private set; }

    /// <summary>SHA-256 of the Idempotency-Key the report came with (never the key itself), to find a retry by.</summary>
    public string? IdempotencyKeyHash { get; private set; }

    /// <summary>SHA-256 of the key and the whole request, so that only the same request gets the same receipt.</summary>
    public string? IdempotencyRequestHash { get; private set; }
    public ClueKind Kind { get; private set; }
    public ClueCategory Category { get; private set; }
    public ClueSource Source { get; private set; }
    public string? Product { get; private set; }
    public string? Brand { get; private set; }
    public string? MerchantName { get; private set; }
    public string? Address { get; private set; }
    public string Description { get; private set; } = "";
    public DateOnly? SeenOn { get; private set; }
    public Guid? MarketEntityId { get; private set; }
    public Guid? InformantId { get; private set; }
    public ClueStatus Status { get; private set; }
    public Guid? AssignedUnitId { get; private set; }
    public VerificationResult? Result { get; private set; }
    public string? ResultNotes { get; private set; }
    public Guid? DuplicateOfId { get; private set; }
    public string? CaseReference { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
    public DateTimeOffset? InformantNotifiedAt { get; private set; }

    /// <summary>The unit's pending request for more time, until the office approves it.</summary>
    public string? ExtensionRequest { get; private set; }
    public string? InformantNotifiedHow { get; private set; }

    /// <summary>Description, product, brand, merchant and address with every Chinese run split into overlapping pairs.</summary>
    public string SearchText { get; private set; } = "";

    /// <summary>Derives the search text again (after the way it is stored changed); true when it differed.</summary>
    public bool RefreshSearchText()
    {
        var text = ClueSearch.TextOf(Description, Product, Brand, MerchantName, Address);
        if (text == SearchText) return false;
        SearchText = text;
        return true;
    }
    public IReadOnlyList<ClueEvent> Events => _events;

    public bool IsOpen => Status is not (ClueStatus.Rejected or ClueStatus.Closed or ClueStatus.Duplicate);

    public void SetAccess(string keyHash, string? keyCipher, string? idempotencyKeyHash, string? idempotencyRequestHash) =>
        (AccessKeyHash, AccessKeyCipher, IdempotencyKeyHash, IdempotencyRequestHash) = (keyHash, keyCipher, idempotencyKeyHash,
            idempotencyRequestHash);

    public void Accept(DateTimeOffset at, string by) => Move(ClueMove.Accept, ClueStatus.Accepted, ClueEventKind.Accepted, at, by, null);

    public void Reject(string reason, DateTimeOffset at, string by) =>
        Move(ClueMove.Reject, ClueStatus.Rejected, ClueEventKind.Rejected, at, by, Required(reason));

    public void MarkDuplicate(Clue original, DateTimeOffset at, string by)
    {
        if (original.Id == Id || original.JurisdictionId != JurisdictionId) throw new DomainException("Clue.BadDuplicate");
        Move(ClueMove.Duplicate, ClueStatus.Duplicate, ClueEventKind.MarkedDuplicate, at, by, original.Number);
        DuplicateOfId = original.Id;
    }

    public void Assign(Guid unitId, DateTimeOffset at, string by)
    {
        var reassign = Status is ClueStatus.Assigned or ClueStatus.Verifying;
        if (reassign && unitId == AssignedUnitId) throw new DomainException("Clue.SameUnit");
        Move(ClueMove.Assign, ClueStatus.Assigned,
            reassign ? ClueEventKind.Reassigned : ClueEventKind.Assigned, at, by, null);
        AssignedUnitId = unitId;
    }

    public void PullBack(string reason, DateTimeOffset at, string by)
    {
        Move(ClueMove.PullBack, ClueStatus.Accepted, ClueEventKind.PulledBack, at, by, Required(reason));
        AssignedUnitId = null;
    }

    public void Take(Guid unitId, DateTimeOffset at, string by)
    {
        if (unitId != AssignedUnitId) throw new DomainException("Clue.NotYourUnit");
        Move(ClueMove.Take, ClueStatus.Verifying, ClueEventKind.Taken, at, by, null);
    }

    public void Verify(VerificationResult result, string notes, string? caseReference, DateTimeOffset at, string by)
    {
        Move(ClueMove.Verify, ClueStatus.Verified, ClueEventKind.Verified, at, by, Required(notes));
        (Result, ResultNotes, CaseReference) = (result, notes.Trim(),
            string.IsNullOrWhiteSpace(caseReference) ? null : caseReference.Trim());
    }

    /// <summary>Records how a real-name informant was told the outcome (举报人告知).</summary>
    public void NotifyInformant(string how, DateTimeOffset at, string by)
    {
        if (InformantId is null) throw new DomainException("Clue.Anonymous");
        if (!ClueMoves.From[ClueMove.Notify].Contains(Status)) throw new DomainException("Clue.NothingToTell");
        (InformantNotifiedAt, InformantNotifiedHow) = (at, Required(how));
        Record(ClueEventKind.InformantNotified, at, by, how);
    }

    public void RequestExtension(string reason, DateTimeOffset at, string by)
    {
        if (!ClueMoves.From[ClueMove.Extension].Contains(Status)) throw new DomainException("Clue.IllegalTransition", Status, Status);
        if (ExtensionRequest is not null) throw new DomainException("Clue.ExtensionPending");
        ExtensionRequest = Required(reason);
        Record(ClueEventKind.ExtensionRequested, at, by, ExtensionRequest);
    }

    /// <summary>The office approves; the caller moves the verification deadline with the same decision.</summary>
    public string ApproveExtension(DateTimeOffset at, string by)
    {
        var reason = ExtensionRequest ?? throw new DomainException("Clue.NoExtensionRequest");
        ExtensionRequest = null;
        Record(ClueEventKind.ExtensionApproved, at, by, reason);
        return reason;
    }

    /// <summary>The office says no (e.g. the one extension the rule allows is used up); the unit may ask again.</summary>
    public void DeclineExtension(string reason, DateTimeOffset at, string by)
    {
        if (ExtensionRequest is null) throw new DomainException("Clue.NoExtensionRequest");
        var why = Required(reason);
        ExtensionRequest = null;
        Record(ClueEventKind.ExtensionDeclined, at, by, why);
    }

    /// <summary>Whether the move is possible now (the same guards the move itself applies, before any input).</summary>
    public bool CanMove(ClueMove move) => ClueMoves.From[move].Contains(Status) && KindAllows(move) && move switch
    {
        ClueMove.Notify => InformantId is not null,
        ClueMove.Extension => ExtensionRequest is null,
        ClueMove.ApproveExtension or ClueMove.DeclineExtension => ExtensionRequest is not null,
        ClueMove.SendBack => !HasCase,
        _ => true,
    };

    private void Move(ClueMove move, ClueStatus to, ClueEventKind kind, DateTimeOffset at, string by, string? note)
    {
        Guard(move, to);
        Status = to;
        Record(kind, at, by, note);
    }

    /// <summary>
    /// The next line of the history, numbered after the last. Every clue has its 收到 line, so none loaded means the caller
    /// forgot to load them: numbering from 1 again would put the line beside 收到 in an order nobody can tell.
    /// </summary>
    private void Record(ClueEventKind kind, DateTimeOffset at, string by, string? note)
    {
        if (_events.Count == 0) throw new InvalidOperationException("Load the clue's events before a move that records one.");
        _events.Add(new ClueEvent(Id, _events.Count + 1, kind, at, by, note));
    }

    private static string Required(string? text) =>
        text?.Trim() is { Length: > 0 and <= 500 } t ? t : throw new DomainException("Clue.NoteRequired");
}

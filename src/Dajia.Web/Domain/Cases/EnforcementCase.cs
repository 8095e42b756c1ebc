using System.Linq.Expressions;
using Dajia.Web.Domain.Access;

namespace Dajia.Web.Domain.Cases;

/// <summary>
/// 案件: a filed administrative case, numbered AJ-2017-0007 per jurisdiction and year. It is opened (立案) from a verified
/// clue, an inspection or directly; paused for testing, appraisal or a hearing; decided; executed (payment,
/// publication); closed (结案). Each step is a method that refuses an illegal move before changing anything and leaves
/// a line in the history. More parts live in <c>EnforcementCase.&lt;Part&gt;.cs</c>.
/// </summary>
public sealed partial class EnforcementCase : AggregateRoot, IScoped<EnforcementCase>
{
    // A liaison sees the cases their unit handles.
    public static Expression<Func<EnforcementCase, bool>> SharedWith(Guid unitId) => c => c.HandlingUnitId == unitId;

    private readonly List<CaseEvent> _events = [];
    private readonly List<CaseOfficer> _officers = [];

    private EnforcementCase() { }

    public EnforcementCase(Guid jurisdictionId, string number, CaseDetails d, CaseParty party, CaseOrigin origin, DateTimeOffset at,
        string by)
    {
        (JurisdictionId, Number, OpenedAt, OpenedOn, Status) = (jurisdictionId, number, at, ChinaTime.DateOf(at), CaseStatus.Investigating);
        (Source, ClueId, OperationId, InspectionId) = (origin.Source, origin.ClueId, origin.OperationId, origin.InspectionId);
        Apply(d, party);
        _events.Add(new CaseEvent(Id, 1, CaseEventKind.Opened, at, by, null));
    }

    public Guid JurisdictionId { get; private set; }
    public string Number { get; private set; } = "";
    public string Title { get; private set; } = "";
    public Guid HandlingUnitId { get; private set; }
    public CaseSource Source { get; private set; }
    public Guid? ClueId { get; private set; }
    public Guid? OperationId { get; private set; }

    /// <summary>The inspection (检查记录) of the operation whose finding opened the case.</summary>
    public Guid? InspectionId { get; private set; }
    public PartyKind PartyKind { get; private set; }
    public Guid? MarketEntityId { get; private set; }
    public string? PartyNameCipher { get; private set; }
    public string? PartyNameMasked { get; private set; }
    public string? PartyIdNumberCipher { get; private set; }
    public string? PartyIdNumberMasked { get; private set; }
    public ViolationType ViolationType { get; private set; }
    public Guid? KeyAreaId { get; private set; }
    public string Facts { get; private set; } = "";
    public string? LegalBasis { get; private set; }

    /// <summary>案值, yuan.</summary>
    public decimal CaseValue { get; private set; }

    /// <summary>货值, yuan.</summary>
    public decimal GoodsValue { get; private set; }
    public int DensDestroyed { get; private set; }
    public int PersonsDetained { get; private set; }
    public CaseStatus Status { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>立案日期.</summary>
    public DateOnly OpenedOn { get; private set; }

    /// <summary>结案日期.</summary>
    public DateOnly? ClosedOn { get; private set; }
    public IReadOnlyList<CaseEvent> Events => _events;
    public IReadOnlyList<CaseOfficer> Officers => _officers;

    public bool IsOpen => Status != CaseStatus.Closed;

    /// <summary>Corrects what was typed while the case is still being investigated.</summary>
    public void Edit(CaseDetails d, CaseParty party, DateTimeOffset at, string by)
    {
        Guard(CaseMove.Edit);
        Apply(d, party);
        Record(CaseEventKind.Edited, at, by, null);
    }

    private void Apply(CaseDetails d, CaseParty party)
    {
        (Title, HandlingUnitId, ViolationType, KeyAreaId, Facts) = (d.Title.Trim(), d.HandlingUnitId, d.ViolationType, d.KeyAreaId,
            d.Facts.Trim());
        (LegalBasis, CaseValue, GoodsValue, DensDestroyed, PersonsDetained) = (string.IsNullOrWhiteSpace(d.LegalBasis) ? null
            : d.LegalBasis.Trim(), d.CaseValue, d.GoodsValue, d.DensDestroyed, d.PersonsDetained);
        (PartyKind, MarketEntityId, PartyNameCipher, PartyNameMasked, PartyIdNumberCipher, PartyIdNumberMasked) =
            (party.Kind, party.MarketEntityId, party.NameCipher, party.NameMasked, party.IdNumberCipher, party.IdNumberMasked);
        (PartyText, PartyNameLookup) = (party.SearchText, party.NameLookup);
        var ids = d.OfficerIds.Distinct().ToList();
        _officers.RemoveAll(o => !ids.Contains(o.OfficerId));
        foreach (var id in ids.Where(id => _officers.All(o => o.OfficerId != id))) _officers.Add(new CaseOfficer(Id, id));
        RefreshSearchText();
    }

    /// <summary>The next line of the history; none loaded (every case has its 立案 line) is a caller's mistake, not a first line.</summary>
    private void Record(CaseEventKind kind, DateTimeOffset at, string by, string? note)
    {
        if (_events.Count == 0) throw new InvalidOperationException("Load the case's events before a move that records one.");
        _events.Add(new CaseEvent(Id, _events.Count + 1, kind, at, by, note));
    }

    private static string Required(string? text) =>
        text?.Trim() is { Length: > 0 and <= FieldLengths.Note } t ? t : throw new DomainException("Case.NoteRequired");
}

/// <summary>Where a case came from, with its links.</summary>
public sealed record CaseOrigin(CaseSource Source, Guid? ClueId = null, Guid? OperationId = null, Guid? InspectionId = null)
{
    public static readonly CaseOrigin Direct = new(CaseSource.Direct);
}

using System.Linq.Expressions;
using Dajia.Web.Domain.Access;
using Dajia.Web.Domain.Jurisdictions;

namespace Dajia.Web.Domain.Units;

public enum UnitKind
{
    Office,
    Member,
}

/// <summary>分管领导: the leader in charge of a unit.</summary>
public sealed record LeaderInCharge(string? Name, string? Title, string? Mobile)
{
    public static readonly LeaderInCharge None = new(null, null, null);
}

/// <summary>成员单位 (or, with Kind = Office, the 打假办 itself).</summary>
public sealed class Unit : AggregateRoot, IScoped<Unit>
{
    public static Expression<Func<Unit, bool>> SharedWith(Guid unitId) => _ => true;

    private readonly List<Liaison> _liaisons = [];

    private Unit() { }

    public Guid JurisdictionId { get; private set; }
    public Jurisdiction? Jurisdiction { get; private set; }
    public string Name { get; private set; } = "";
    public string ShortName { get; private set; } = "";
    public string Code { get; private set; } = "";
    public UnitKind Kind { get; private set; }
    public LeaderInCharge Leader { get; private set; } = LeaderInCharge.None;
    public string? Address { get; private set; }
    public int SortOrder { get; private set; }
    public bool Active { get; private set; } = true;
    public IReadOnlyList<Liaison> Liaisons => _liaisons;

    /// <summary>文号前缀 of the documents the unit issues (中市监大涌 → 中市监大涌处字〔2017〕12号); null: its short name.</summary>
    public string? DocumentPrefix { get; private set; }

    public string PrefixForDocuments => DocumentPrefix ?? ShortName;

    public void SetDocumentPrefix(string? prefix) => DocumentPrefix = prefix;

    public static Unit Create(Guid jurisdictionId, UnitDetails details)
    {
        var unit = new Unit { JurisdictionId = jurisdictionId };
        unit.Update(details);
        return unit;
    }

    public void Update(UnitDetails d)
    {
        Name = d.Name;
        ShortName = d.ShortName ?? d.Name;
        Code = d.Code;
        Kind = d.Kind;
        Leader = d.Leader;
        Address = d.Address;
        SortOrder = d.SortOrder;
        Active = d.Active;
    }

    public Liaison? Current(LiaisonRole role) =>
        _liaisons.FirstOrDefault(l => l.Role == role && l.EffectiveTo is null);

    /// <summary>
    /// Makes <paramref name="details"/> the unit's current liaison (or deputy). The previous one is closed, not
    /// overwritten, so the office can tell who was liaison on any date. Returns null when nothing changed.
    /// </summary>
    public Liaison? SetLiaison(LiaisonRole role, LiaisonDetails details, DateTimeOffset now, string recordedBy)
    {
        var current = Current(role);
        if (current is not null && current.Details == details) return null;
        current?.Close(now);
        var next = new Liaison(Id, role, details, now, recordedBy);
        _liaisons.Add(next);
        return next;
    }

    public bool EndLiaison(LiaisonRole role, DateTimeOffset now)
    {
        var current = Current(role);
        current?.Close(now);
        return current is not null;
    }
}

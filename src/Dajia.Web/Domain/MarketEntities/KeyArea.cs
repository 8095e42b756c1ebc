using System.Linq.Expressions;
using Dajia.Web.Domain.Access;

namespace Dajia.Web.Domain.MarketEntities;

public enum KeyAreaKind
{
    Market,
    Street,
    IndustrialZone,
}

/// <summary>确定 → 整治 → 验收 → 撤销, the life cycle of a designated area (Guangdong's dynamic management rules).</summary>
public enum KeyAreaStatus
{
    Designated,
    Rectifying,
    Accepted,
    Revoked,
}

/// <summary>重点整治区域, e.g. 岚田布业城 in 2017.</summary>
public sealed class KeyArea : AggregateRoot, IScoped<KeyArea>
{
    public static Expression<Func<KeyArea, bool>> SharedWith(Guid unitId) => _ => true;

    private KeyArea() { }

    public KeyArea(Guid jurisdictionId, KeyAreaDetails details)
    {
        JurisdictionId = jurisdictionId;
        Update(details);
    }

    public Guid JurisdictionId { get; private set; }
    public string Name { get; private set; } = "";
    public string? Address { get; private set; }
    public KeyAreaKind Kind { get; private set; }
    public string? Description { get; private set; }

    /// <summary>The years it was a key area, e.g. "2017,2018".</summary>
    public string YearsDesignated { get; private set; } = "";

    /// <summary>Other names people use for it ("布业城", "岚田市场"), comma-separated; a report naming one is in the area.</summary>
    public string AliasList { get; private set; } = "";
    public KeyAreaStatus Status { get; private set; } = KeyAreaStatus.Designated;

    public IReadOnlyList<string> Aliases => AliasList.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyList<int> Years => YearsDesignated.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();

    public void Update(KeyAreaDetails d)
    {
        Name = d.Name;
        Address = d.Address;
        Kind = d.Kind;
        Description = d.Description;
        YearsDesignated = string.Join(',', d.Years.Distinct().Order());
        AliasList = string.Join(',', (d.Aliases ?? []).Select(a => a.Trim()).Where(a => a.Length > 0).Distinct());
    }

    /// <summary>Moves forward only; revoking is possible from any earlier step.</summary>
    public void MoveTo(KeyAreaStatus next)
    {
        var allowed = next == KeyAreaStatus.Revoked ? Status != KeyAreaStatus.Revoked : next == Status + 1;
        if (!allowed) throw new DomainException("KeyArea.IllegalTransition", Status, next);
        Status = next;
    }
}

public sealed record KeyAreaDetails(
    string Name, string? Address, KeyAreaKind Kind, string? Description, IReadOnlyList<int> Years, IReadOnlyList<string>? Aliases = null)
{
    public const int MaxAliasesLength = 200;

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (Name.Length is 0 or > FieldLengths.Name) errors.Add(new("name", "Validation.KeyArea.Name"));
        if (Address is { Length: > FieldLengths.Address }) errors.Add(new("address", "Validation.TooLong", FieldLengths.Address));
        if (Description is { Length: > FieldLengths.Description })
            errors.Add(new("description", "Validation.TooLong", FieldLengths.Description));
        if (Years.Any(y => y is < 2000 or > 2099)) errors.Add(new("years", "Validation.Calendar.YearRange"));
        if ((Aliases ?? []).Any(a => a.Contains(',')) || string.Join(',', Aliases ?? []).Length > MaxAliasesLength)
            errors.Add(new("aliases", "Validation.KeyArea.Aliases", MaxAliasesLength));
        return errors;
    }
}

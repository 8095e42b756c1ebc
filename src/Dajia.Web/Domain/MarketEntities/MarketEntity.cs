using System.Linq.Expressions;
using Dajia.Web.Domain.Access;

namespace Dajia.Web.Domain.MarketEntities;

public enum MarketEntityKind
{
    Enterprise,
    IndividualBusiness,
    Stall,
}

public enum MarketEntityCategory
{
    Fabric,
    Garments,
    Accessories,
    RedwoodFurniture,
    Other,
}

public enum RiskLevel
{
    Low,
    Medium,
    High,
}

public enum MarketEntityStatus
{
    Operating,
    Suspended,
    Closed,
}

/// <summary>经营主体: a shop, stall or firm that can be inspected.</summary>
public sealed class MarketEntity : AggregateRoot, IScoped<MarketEntity>
{
    public static Expression<Func<MarketEntity, bool>> SharedWith(Guid unitId) => _ => true;

    private MarketEntity() { }

    public MarketEntity(Guid jurisdictionId, MarketEntityDetails details, ProtectedId? operatorId)
    {
        JurisdictionId = jurisdictionId;
        Update(details, operatorId);
    }

    public Guid JurisdictionId { get; private set; }
    public string Name { get; private set; } = "";
    public string? CreditCode { get; private set; }
    public MarketEntityKind Kind { get; private set; }
    public MarketEntityCategory Category { get; private set; }
    public Guid? KeyAreaId { get; private set; }
    public string? StallNumber { get; private set; }

    /// <summary>The stall number reduced to its key ("A区012号" → "A12"), to find it however it is written.</summary>
    public string? StallKey { get; private set; }
    public string? Address { get; private set; }
    public string? OperatorName { get; private set; }

    /// <summary>The operator's ID number, encrypted; only the masked form is ever shown.</summary>
    public string? OperatorIdCipher { get; private set; }
    public string? OperatorIdMasked { get; private set; }
    public string? ContactPhone { get; private set; }
    public RiskLevel Risk { get; private set; }
    public MarketEntityStatus Status { get; private set; }

    public void Update(MarketEntityDetails d, ProtectedId? operatorId)
    {
        Name = d.Name;
        CreditCode = d.CreditCode;
        Kind = d.Kind;
        Category = d.Category;
        KeyAreaId = d.KeyAreaId;
        StallNumber = d.StallNumber;
        StallKey = MarketEntities.StallNumber.Key(d.StallNumber);
        Address = d.Address;
        OperatorName = d.OperatorName;
        ContactPhone = d.ContactPhone;
        Risk = d.Risk;
        Status = d.Status;
        if (operatorId is not null) (OperatorIdCipher, OperatorIdMasked) = (operatorId.Cipher, operatorId.Masked);
    }

    /// <summary>Derives the stall key again (rows stored before it existed); true when it differed.</summary>
    public bool RefreshStallKey()
    {
        var key = MarketEntities.StallNumber.Key(StallNumber);
        if (key == StallKey) return false;
        StallKey = key;
        return true;
    }
}

/// <summary>An ID number as stored: ciphertext plus the masked form for display.</summary>
public sealed record ProtectedId(string Cipher, string Masked);

public sealed record MarketEntityDetails(
    string Name, string? CreditCode, MarketEntityKind Kind, MarketEntityCategory Category, Guid? KeyAreaId, string? StallNumber,
    string? Address, string? OperatorName, string? ContactPhone, RiskLevel Risk, MarketEntityStatus Status)
{
    /// <summary>Checks the fields and returns the details with the credit code normalised; warnings do not block.</summary>
    public (MarketEntityDetails Details, List<FieldError> Errors, List<FieldError> Warnings) Check()
    {
        var errors = new List<FieldError>();
        var warnings = new List<FieldError>();
        var d = this with
        {
            Name = Name.Trim(),
            StallNumber = ContactFormats.NormalizeText(StallNumber),
            Address = ContactFormats.NormalizeText(Address),
            OperatorName = ContactFormats.NormalizeText(OperatorName),
            ContactPhone = ContactFormats.NormalizePhone(ContactPhone),
            CreditCode = string.IsNullOrWhiteSpace(CreditCode) ? null : MarketEntities.CreditCode.Normalize(CreditCode),
        };
        if (d.Name.Length is 0 or > FieldLengths.EntityName) errors.Add(new("name", "Validation.MarketEntity.Name"));
        if (d.CreditCode is null && Kind != MarketEntityKind.Stall) errors.Add(new("creditCode", "Validation.CreditCode.Required"));
        if (d.CreditCode is not null)
        {
            var check = MarketEntities.CreditCode.Check(d.CreditCode);
            if (check.Error is { } e) errors.Add(e);
            if (check.Warning is { } w) warnings.Add(w);
        }
        if (d.StallNumber is { Length: > FieldLengths.ShortText })
            errors.Add(new("stallNumber", "Validation.TooLong", FieldLengths.ShortText));
        if (d.Address is { Length: > FieldLengths.Address }) errors.Add(new("address", "Validation.TooLong", FieldLengths.Address));
        if (d.OperatorName is { Length: > FieldLengths.PersonName })
            errors.Add(new("operatorName", "Validation.TooLong", FieldLengths.PersonName));
        if (d.ContactPhone is { } p && !ContactFormats.IsMobile(p) && !ContactFormats.IsLandline(p))
            errors.Add(new("contactPhone", "Validation.Phone"));
        return (d, errors, warnings);
    }
}

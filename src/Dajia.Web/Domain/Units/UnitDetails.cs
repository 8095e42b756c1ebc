using System.Text.RegularExpressions;

namespace Dajia.Web.Domain.Units;

/// <summary>What an office admin can set on a unit; normalised and validated before it reaches the entity.</summary>
public sealed partial record UnitDetails(
    string Name,
    string? ShortName,
    string Code,
    UnitKind Kind,
    LeaderInCharge Leader,
    string? Address,
    int SortOrder,
    bool Active)
{
    [GeneratedRegex("^[a-z][a-z0-9-]{1,19}$")]
    private static partial Regex CodeRegex();

    public UnitDetails Normalized() => this with
    {
        Name = Name?.Trim() ?? "",
        ShortName = ContactFormats.NormalizeText(ShortName),
        Code = (Code ?? "").Trim().ToLowerInvariant(),
        Leader = new LeaderInCharge(
            ContactFormats.NormalizeText(Leader?.Name),
            ContactFormats.NormalizeText(Leader?.Title),
            ContactFormats.NormalizePhone(Leader?.Mobile)),
        Address = ContactFormats.NormalizeText(Address),
    };

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (Name.Length == 0) errors.Add(new("name", "Validation.Unit.NameRequired"));
        else if (Name.Length > FieldLengths.Name) errors.Add(new("name", "Validation.TooLong", FieldLengths.Name));
        if (ShortName is { Length: > FieldLengths.ShortText }) errors.Add(new("shortName", "Validation.TooLong", FieldLengths.ShortText));
        if (!CodeRegex().IsMatch(Code)) errors.Add(new("code", "Validation.Unit.Code"));
        if (Leader.Name is { Length: > FieldLengths.PersonName }) errors.Add(
            new("leaderName", "Validation.TooLong", FieldLengths.PersonName));
        if (Leader.Title is { Length: > FieldLengths.Name }) errors.Add(new("leaderTitle", "Validation.TooLong", FieldLengths.Name));
        if (Leader.Mobile is { } m && !ContactFormats.IsMobile(m)) errors.Add(new("leaderMobile", "Validation.Mobile"));
        if (Address is { Length: > FieldLengths.Address }) errors.Add(new("address", "Validation.TooLong", FieldLengths.Address));
        if (SortOrder is < 0 or > 9999) errors.Add(new("sortOrder", "Validation.Unit.SortOrder"));
        return errors;
    }
}

namespace Dajia.Web.Domain.Units;

public sealed record LiaisonDetails(
    string Name,
    Gender? Gender,
    string? Title,
    string? OfficePhone,
    string Mobile,
    string? Fax,
    string? Email)
{
    public LiaisonDetails Normalized() => new(
        ContactFormats.NormalizeText(Name) ?? "",
        Gender,
        ContactFormats.NormalizeText(Title),
        ContactFormats.NormalizePhone(OfficePhone),
        ContactFormats.NormalizePhone(Mobile) ?? "",
        ContactFormats.NormalizePhone(Fax),
        ContactFormats.NormalizeEmail(Email));

    /// <summary>Field names are the API's (camelCase) so a ProblemDetails can name them directly.</summary>
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (Name.Length == 0) errors.Add(new("name", "Validation.Liaison.NameRequired"));
        else if (Name.Length > FieldLengths.PersonName) errors.Add(new("name", "Validation.TooLong", FieldLengths.PersonName));
        if (Title is { Length: > FieldLengths.Name }) errors.Add(new("title", "Validation.TooLong", FieldLengths.Name));
        if (Mobile.Length == 0) errors.Add(new("mobile", "Validation.Liaison.MobileRequired"));
        else if (!ContactFormats.IsMobile(Mobile)) errors.Add(new("mobile", "Validation.Mobile"));
        if (OfficePhone is { } p && !ContactFormats.IsLandline(p)) errors.Add(new("officePhone", "Validation.Landline"));
        if (Fax is { } f && !ContactFormats.IsLandline(f)) errors.Add(new("fax", "Validation.Landline"));
        if (Email is { } e && !ContactFormats.IsEmail(e)) errors.Add(new("email", "Validation.Email"));
        return errors;
    }

    /// <summary>Accepts 男/女, Male/Female, M/F; blank is "not given". Anything else is an error.</summary>
    public static bool TryParseGender(string? text, out Gender? gender)
    {
        gender = null;
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "": return true;
            case "男" or "male" or "m": gender = Domain.Units.Gender.Male; return true;
            case "女" or "female" or "f": gender = Domain.Units.Gender.Female; return true;
            default: return false;
        }
    }
}

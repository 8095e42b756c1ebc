namespace Dajia.Web.Domain.Cases;

/// <summary>What people type about a case (the handling unit, officers, facts, values); validated before any change.</summary>
public sealed record CaseDetails(
    string Title, Guid HandlingUnitId, IReadOnlyList<Guid> OfficerIds, ViolationType ViolationType, Guid? KeyAreaId,
    string Facts, string? LegalBasis, decimal CaseValue, decimal GoodsValue, int DensDestroyed, int PersonsDetained)
{
    public const int TitleLength = 100;
    public const int MaxCount = 10_000;

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (Title.Trim().Length is 0 or > TitleLength) errors.Add(new("title", "Validation.Case.Title", TitleLength));
        if (OfficerIds.Distinct().Count() is < 2 or > 10) errors.Add(new("officerIds", "Validation.Case.Officers"));
        if (Facts.Trim().Length is < 5 or > FieldLengths.LongText) errors.Add(new("facts", "Validation.Case.Facts", FieldLengths.LongText));
        if (LegalBasis is { Length: > FieldLengths.Note }) errors.Add(new("legalBasis", "Validation.TooLong", FieldLengths.Note));
        Prose.Check([(Title, "title"), (Facts, "facts"), (LegalBasis, "legalBasis")], errors);
        CaseMoney.Check(CaseValue, "caseValue", errors);
        CaseMoney.Check(GoodsValue, "goodsValue", errors);
        if (DensDestroyed is < 0 or > MaxCount) errors.Add(new("densDestroyed", "Validation.Case.Count", MaxCount));
        if (PersonsDetained is < 0 or > MaxCount) errors.Add(new("personsDetained", "Validation.Case.Count", MaxCount));
        return errors;
    }
}

/// <summary>案由, 案情, 法律依据 and the decision are printed on the 决定书 and published: never markup.</summary>
public static class Prose
{
    public static void Check(IEnumerable<(string? Text, string Field)> fields, List<FieldError> errors)
    {
        foreach (var (text, field) in fields)
        {
            if (text is not null && PlainNames.HasTags(text) && errors.All(e => e.Field != field))
                errors.Add(new(field, "Validation.Markup"));
        }
    }
}

/// <summary>Money in yuan, to the fen: never negative, never more than a town's case could ever be worth.</summary>
public static class CaseMoney
{
    /// <summary>100亿元: far above any town's case; a larger figure is a typing mistake.</summary>
    public const decimal Max = 10_000_000_000m;

    public static void Check(decimal value, string field, List<FieldError> errors)
    {
        if (value < 0 || value > Max || decimal.Round(value, 2) != value)
            errors.Add(new(field, "Validation.Case.Money"));
    }
}

/// <summary>
/// 当事人 as stored: a market entity, or a natural person whose name and ID number are kept encrypted (the service
/// encrypts them) beside their masked forms, which are all that lists, exports and the API ever show. For the list's
/// search it carries the entity's words (<see cref="CaseSearch.EntityText"/>) or the person's name as a keyed hash only.
/// </summary>
public sealed record CaseParty(
    PartyKind Kind, Guid? MarketEntityId, string? NameCipher, string? NameMasked, string? IdNumberCipher, string? IdNumberMasked,
    string SearchText = "", string? NameLookup = null)
{
    public static CaseParty Entity(Guid marketEntityId, string searchText = "") =>
        new(PartyKind.Entity, marketEntityId, null, null, null, null, searchText);

    /// <summary>"张**": the surname stays, the given name is starred (as published penalty information masks it).</summary>
    public static string MaskName(string name)
    {
        var chars = System.Globalization.StringInfo.GetTextElementEnumerator(name.Trim());
        var elements = new List<string>();
        while (chars.MoveNext()) elements.Add(chars.GetTextElement());
        return elements.Count <= 1 ? "*" : elements[0] + new string('*', elements.Count - 1);
    }
}

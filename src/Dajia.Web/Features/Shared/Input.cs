using System.Globalization;
using Dajia.Web.Infrastructure.Input;

namespace Dajia.Web.Features.Shared;

/// <summary>
/// The one parser for values that arrive as text (query strings, form fields, workbook cells, JSON strings): each
/// method returns the value, or null and adds one <see cref="FieldError"/> naming the field. Blank means "not given"
/// and is no error; a caller that needs the value says so with <c>required</c>.
/// </summary>
public static class Input
{
    public static int? Int(string? text, string field, int min, int max, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
            return n;
        errors.Add(new(field, "Validation.IntRange", min, max));
        return null;
    }

    /// <summary>yyyy-MM-dd, a real day, in 2000–2099 (<see cref="InputRules"/>).</summary>
    public static DateOnly? Date(string? text, string field, List<FieldError> errors, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) errors.Add(new(field, "Validation.Calendar.DateRequired"));
            return null;
        }
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(new(field, "Validation.Calendar.Date"));
            return null;
        }
        if (InputRules.IsSaneDate(date)) return date;
        errors.Add(new(field, "Validation.Calendar.YearRange"));
        return null;
    }

    /// <summary>A year (2017) or a quarter (2017Q3, 2017-Q3): the periods of the plan's reports.</summary>
    public static Period? Period(string? text, string field, List<FieldError> errors, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) errors.Add(new(field, "Validation.Required"));
            return null;
        }
        if (Shared.Period.TryParse(text, out var period)) return period;
        errors.Add(new(field, "Validation.Period", InputRules.MinYear, InputRules.MaxYear));
        return null;
    }

    /// <summary>true or false (any case), as a query string's switch (?overdue=true); anything else names its field.</summary>
    public static bool? Bool(string? text, string field, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (bool.TryParse(text.Trim(), out var value)) return value;
        errors.Add(new(field, "Validation.Bool"));
        return null;
    }

    public static Guid? Id(string? text, string field, List<FieldError> errors, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) errors.Add(new(field, "Validation.Required"));
            return null;
        }
        if (Guid.TryParse(text.Trim(), out var id) && id != Guid.Empty) return id;
        errors.Add(new(field, "Validation.Id"));
        return null;
    }

    /// <summary>
    /// A value of <typeparamref name="T"/> by its name (the API's spelling, any case) or by its Chinese label (a form or
    /// a workbook cell). Only a defined name: not "3", not "FakeBrand,Other" (<see cref="InputRules.TryParseEnum{T}"/>).
    /// A missing required choice says 请选择 and the field's name (the resource <c>Choice.&lt;EnumType&gt;</c>); a wrong
    /// value lists every choice with its label.
    /// </summary>
    public static T? Enum<T>(string? text, string field, List<FieldError> errors, bool required = false) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) errors.Add(new(field, "Validation.Choose", new LocalizedKey(ChoiceKey<T>())));
            return null;
        }
        if (InputRules.TryParseEnum<T>(text, out var value) || EnumLabels.TryParseLabel(text, out value)) return value;
        errors.Add(new(field, "Validation.Enum", EnumLabels.Choices<T>()));
        return null;
    }

    /// <summary>The resource naming a choice's field, for "请选择核查结果".</summary>
    public static string ChoiceKey<T>() where T : struct, Enum => "Choice." + typeof(T).Name;

    /// <summary>Text within a stored length; the message says the length (<see cref="FieldLengths"/>).</summary>
    public static bool Fits(string? text, int maxLength, string field, List<FieldError> errors)
    {
        if (text is null || InputRules.StoredLength(text) <= maxLength) return true;
        errors.Add(new(field, "Validation.TooLong", maxLength));
        return false;
    }

    /// <summary>Free text that is printed or shown as typed (a step's note, a reason): within its length and no markup.</summary>
    public static bool Prose(string? text, int maxLength, string field, List<FieldError> errors)
    {
        if (!Fits(text, maxLength, field, errors)) return false;
        if (text is null || !Domain.PlainNames.HasTags(text)) return true;
        errors.Add(new(field, "Validation.Markup"));
        return false;
    }
}

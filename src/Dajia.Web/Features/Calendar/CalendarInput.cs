using System.Globalization;
using Dajia.Web.Domain.Calendar;

namespace Dajia.Web.Features.Calendar;

/// <summary>Query values arrive as text so that each bad one gets its own Chinese message.</summary>
public static class CalendarInput
{
    public const int MinYear = 2000;
    public const int MaxYear = 2099;
    public const int MaxDays = 3650;

    public static DateOnly? Date(string? text, string field, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) { errors.Add(new(field, "Validation.Calendar.DateRequired")); return null; }
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(new(field, "Validation.Calendar.Date"));
            return null;
        }
        if (date.Year is < MinYear or > MaxYear) { errors.Add(new(field, "Validation.Calendar.YearRange")); return null; }
        return date;
    }

    public static int? Days(string? text, string field, List<FieldError> errors)
    {
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var days))
        {
            errors.Add(new(field, "Validation.Calendar.Days"));
            return null;
        }
        if (days < 0) { errors.Add(new(field, "Validation.Calendar.DaysNegative")); return null; }
        if (days > MaxDays) { errors.Add(new(field, "Validation.Calendar.DaysTooMany")); return null; }
        return days;
    }

    public static bool Year(int year, List<FieldError> errors)
    {
        if (year is >= MinYear and <= MaxYear) return true;
        errors.Add(new("year", "Validation.Calendar.YearRange"));
        return false;
    }

    public static DayKind? Kind(string? text, List<FieldError> errors)
    {
        if (Infrastructure.Input.InputRules.TryParseEnum<DayKind>(text, out var kind) && kind != DayKind.Weekend) return kind;
        errors.Add(new("kind", "Validation.Calendar.Kind"));
        return null;
    }

    /// <summary>Notices are shown as links: only an absolute http(s) address, never javascript: or data:.</summary>
    public static bool IsWebLink(string? text) =>
        text is { Length: > 0 and <= 300 } t && !t.Trim().Any(char.IsWhiteSpace)
        && Uri.TryCreate(t.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}

using System.Globalization;

namespace Dajia.Web.Features.Cases;

/// <summary>Yuan amounts that arrive as text (a query, a form): not negative, at most two decimals, below 100亿.</summary>
public static class MoneyInput
{
    public const decimal Max = 10_000_000_000m;

    public static bool IsValid(decimal value) => value >= 0 && value < Max && decimal.Round(value, 2) == value;

    public static decimal? Parse(string? text, string field, List<FieldError> errors, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) errors.Add(new(field, "Validation.Required"));
            return null;
        }
        if (decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) && IsValid(v))
            return v;
        errors.Add(new(field, "Validation.Money"));
        return null;
    }
}

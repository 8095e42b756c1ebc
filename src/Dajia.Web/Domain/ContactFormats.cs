using System.Text;
using System.Text.RegularExpressions;

namespace Dajia.Web.Domain;

public static partial class ContactFormats
{
    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex MobileRegex();

    // Area code 0 + 2–3 digits, then a 7–8 digit number, optional extension: 0760-87866388, 87866388, 020-12345678-801.
    [GeneratedRegex(@"^(0\d{2,3}-)?[2-9]\d{6,7}(-\d{1,6})?$")]
    private static partial Regex LandlineRegex();

    [GeneratedRegex(@"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$")]
    private static partial Regex EmailRegex();

    public static bool IsMobile(string value) => MobileRegex().IsMatch(value);

    public static bool IsLandline(string value) => LandlineRegex().IsMatch(value);

    public static bool IsEmail(string value) => value.Length <= 128 && EmailRegex().IsMatch(value);

    /// <summary>
    /// Trims and folds full-width ASCII (０-９, －, ＠ …) to half-width: people type phone numbers
    /// with a Chinese IME on. Spaces inside phone numbers are dropped. Empty becomes null.
    /// </summary>
    public static string? NormalizePhone(string? value)
    {
        var folded = FoldWidth(value);
        if (folded is null) return null;
        var compact = folded.Replace(" ", "").Replace("—", "-").Replace("–", "-");
        return compact.Length == 0 ? null : compact;
    }

    public static string? NormalizeText(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    public static string? NormalizeEmail(string? value) => FoldWidth(value)?.Trim() is { Length: > 0 } s ? s : null;

    private static string? FoldWidth(string? value)
    {
        if (value is null) return null;
        var sb = new StringBuilder(value.Length);
        foreach (var c in value.Trim())
        {
            sb.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                _ => c,
            });
        }
        return sb.ToString();
    }
}

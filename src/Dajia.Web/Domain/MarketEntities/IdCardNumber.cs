using System.Globalization;

namespace Dajia.Web.Domain.MarketEntities;

/// <summary>
/// 公民身份号码, GB 11643-1999: 6-digit area, 8-digit birth date, 3-digit sequence, and an ISO 7064 MOD 11-2 check
/// character (0–9 or X).
/// </summary>
public static class IdCardNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckChars = "10X98765432";

    public static CodeCheck Check(string? input, DateOnly today, string field = "operatorIdNumber")
    {
        var id = CreditCode.Normalize(input);
        if (id.Length == 0) return Fail(id, field, "Validation.IdNumber.Required");
        if (id.Length != 18 || !id[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(id[17]) || id[17] == 'X'))
            return Fail(id, field, "Validation.IdNumber.Format");
        if (!DateOnly.TryParseExact(id.Substring(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth > today || birth.Year < 1800)
            return Fail(id, field, "Validation.IdNumber.BirthDate");
        if (id[17] != CheckCharacter(id.AsSpan(0, 17))) return Fail(id, field, "Validation.IdNumber.CheckChar");
        return new CodeCheck(true, id, null, null);
    }

    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17[i] - '0') * Weights[i];
        return CheckChars[sum % 11];
    }

    /// <summary>What people see: the area code's first four digits and the last four, "4420**********123X".</summary>
    public static string Mask(string id) => id.Length == 18 ? id[..4] + new string('*', 10) + id[14..] : new string('*', id.Length);

    private static CodeCheck Fail(string id, string field, string key) => new(false, id, new FieldError(field, key), null);
}

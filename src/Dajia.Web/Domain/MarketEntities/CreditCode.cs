namespace Dajia.Web.Domain.MarketEntities;

/// <summary>The outcome of checking a code: valid or the first reason it is not, plus warnings that do not block.</summary>
public sealed record CodeCheck(bool Valid, string Normalized, FieldError? Error, FieldError? Warning);

/// <summary>
/// 统一社会信用代码, GB 32100-2015: 18 characters from a 31-character set (no I, O, S, V, Z); the 18th is a check
/// character, 31 − (Σ value·3^(i−1) mod 31) mod 31. Characters 9–17 are the GB 11714 organisation code, whose own check
/// is only a warning: not every issued code is known to satisfy it.
/// </summary>
public static class CreditCode
{
    public const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private const string RegistrationDepartments = "123456789ANY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrgWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    public static CodeCheck Check(string? input, string field = "creditCode")
    {
        var code = Normalize(input);
        if (code.Length == 0) return Fail(code, field, "Validation.CreditCode.Required");
        if (code.Length != 18) return Fail(code, field, "Validation.CreditCode.Length", code.Length);
        for (var i = 0; i < 18; i++)
        {
            if (Charset.IndexOf(code[i]) < 0)
                return Fail(code, field, "Validation.CreditCode.Char", i + 1, code[i]);
        }
        if (RegistrationDepartments.IndexOf(code[0]) < 0) return Fail(code, field, "Validation.CreditCode.Department", code[0]);
        var expected = CheckCharacter(code.AsSpan(0, 17));
        if (code[17] != expected) return Fail(code, field, "Validation.CreditCode.CheckChar", expected, code[17]);
        var warning = OrgCodeValid(code.AsSpan(8, 9)) ? null : new FieldError(field, "Validation.CreditCode.OrgCodeWarning");
        return new CodeCheck(true, code, null, warning);
    }

    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += Charset.IndexOf(first17[i]) * Weights[i];
        return Charset[(31 - sum % 31) % 31];
    }

    /// <summary>Upper-cases, trims and folds full-width characters; people paste codes from many places.</summary>
    public static string Normalize(string? input) =>
        string.Concat((input ?? "").Trim().Select(c => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c))
            .Replace(" ", "").ToUpperInvariant();

    /// <summary>GB 11714: weights 3,7,9,10,5,8,4,2 on eight characters (digits 0–9, letters 10–35); 11 − Σ mod 11, 10 → X, 11 →
    /// 0.</summary>
    public static bool OrgCodeValid(ReadOnlySpan<char> nine)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = nine[i];
            var v = c is >= '0' and <= '9' ? c - '0' : c is >= 'A' and <= 'Z' ? c - 'A' + 10 : -1;
            if (v < 0) return false;
            sum += v * OrgWeights[i];
        }
        var check = 11 - sum % 11;
        var expected = check switch { 10 => 'X', 11 => '0', _ => (char)('0' + check) };
        return nine[8] == expected;
    }

    private static CodeCheck Fail(string code, string field, string key, params object[] args) =>
        new(false, code, new FieldError(field, key, args), null);
}

using System.Globalization;
using System.Text;

namespace Dajia.Web.Infrastructure.Input;

/// <summary>
/// The rules every input obeys, whichever door it came through (JSON, form, query, route) and whichever database
/// stores it. PostgreSQL refuses a NUL in text and enforces column lengths; SQLite stores anything. Refusing here
/// makes the two behave the same.
/// </summary>
public static class InputRules
{
    public const int MinYear = 2000;
    public const int MaxYear = 2099;
    public static readonly DateOnly FirstDate = new(MinYear, 1, 1);
    public static readonly DateOnly LastDate = new(MaxYear, 12, 31);

    /// <summary>
    /// A character no one types: C0 controls other than tab, CR and LF; DEL; the bidi embeddings, overrides and isolates
    /// that make a name read backwards (U+202A–U+202E, U+2066–U+2069); a lone surrogate, which is not text at all.
    /// </summary>
    public static bool IsRefused(char c) =>
        c is < ' ' and not ('\t' or '\r' or '\n') or '\u007f' or >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069';

    public static bool HasRefused(string? text)
    {
        if (text is null) return false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsRefused(c)) return true;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c)) return true;
        }
        return false;
    }

    /// <summary>
    /// What a reader sees: no white space, control or format characters (zero-width space and joiner, bidi marks,
    /// soft hyphen, BOM); a 4-byte character such as 𠮷 or an emoji counts once. Minimum lengths count this.
    /// </summary>
    public static int VisibleLength(string? text)
    {
        if (text is null) return 0;
        var n = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsWhiteSpace(rune) || category is UnicodeCategory.Control or UnicodeCategory.Format) continue;
            n++;
        }
        return n;
    }

    /// <summary>The length a database counts (PostgreSQL's varchar(n) counts code points, not UTF-16 units).</summary>
    public static int StoredLength(string text)
    {
        var n = 0;
        foreach (var _ in text.EnumerateRunes()) n++;
        return n;
    }

    public static bool IsSaneDate(DateOnly d) => d >= FirstDate && d <= LastDate;

    /// <summary>An instant whose UTC date is in 1999-12-31…2099-12-31, so that its China date is in range too or a day off.</summary>
    public static bool IsSaneInstant(DateTimeOffset at) => at.UtcDateTime.Year is >= MinYear - 1 and <= MaxYear;

    /// <summary>
    /// A name of the enum, nothing else: Enum.TryParse also takes "3", "99" and "FakeBrand,Other" (which it ORs into
    /// a value that may happen to be defined).
    /// </summary>
    public static bool TryParseEnum<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t) || !t.All(char.IsAsciiLetter)) return false;
        return Enum.TryParse(t, ignoreCase: true, out value) && Enum.IsDefined(value);
    }
}

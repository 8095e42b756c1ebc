using System.Text;

namespace Dajia.Web.Domain.Clues;

/// <summary>
/// Chinese has no spaces, so word search finds nothing in "假冒耐克运动鞋". The text is stored with every CJK run also
/// split into overlapping pairs ("假冒 冒耐 耐克 克运 …"), so a 2-character term is a whole token and a longer term
/// must match all of its pairs — the same on SQLite and PostgreSQL, with no extension needed. The last character of a run is
/// stored on its own as well, so every character starts some token and a single one (鞋, 烟, 酒) is a prefix search.
/// </summary>
public static class ClueSearch
{
    /// <summary>Raised whenever the stored form changes; stored texts of an older version are rebuilt on start.</summary>
    public const int Version = 2;

    public static string TextOf(params string?[] parts)
    {
        var sb = new StringBuilder(" ");
        foreach (var part in parts)
        {
            if (string.IsNullOrWhiteSpace(part)) continue;
            foreach (var token in Tokens(part, stored: true)) sb.Append(token).Append(' ');
        }
        return sb.ToString();
    }

    /// <summary>The tokens a query must all match: pairs for Chinese, lower-cased words otherwise, single characters as is.</summary>
    public static IReadOnlyList<string> QueryTokens(string query) => Tokens(query, stored: false).Distinct().ToList();

    /// <summary>A lone Chinese character matches every stored token that starts with it.</summary>
    public static bool IsPrefix(string token) => token.Length == 1 && IsCjk(token[0]);

    private static IEnumerable<string> Tokens(string text, bool stored)
    {
        var run = new StringBuilder();
        var word = new StringBuilder();
        foreach (var c in text.ToLowerInvariant() + " ")
        {
            if (IsCjk(c))
            {
                foreach (var t in Flush(word, false, stored)) yield return t;
                run.Append(c);
            }
            else
            {
                foreach (var t in Flush(run, true, stored)) yield return t;
                if (char.IsLetterOrDigit(c)) word.Append(c);
                else foreach (var t in Flush(word, false, stored)) yield return t;
            }
        }
    }

    private static IEnumerable<string> Flush(StringBuilder sb, bool cjk, bool stored)
    {
        var s = sb.ToString();
        sb.Clear();
        if (s.Length == 0) yield break;
        if (!cjk || s.Length == 1)
        {
            yield return s;
            yield break;
        }
        for (var i = 0; i + 1 < s.Length; i++) yield return s.Substring(i, 2);
        if (stored) yield return s[^1..];
    }

    public static bool IsCjk(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}

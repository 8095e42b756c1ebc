using System.Text;

namespace Dajia.Web.Domain.Clues;

/// <summary>
/// Chinese has no spaces, so word search finds nothing in "假冒耐克运动鞋". The text is stored with every CJK run also
/// split into overlapping pairs ("假冒 冒耐 耐克 克运 …"), so a 2-character term is a whole token and a longer term
/// is a phrase of pairs — the same on SQLite and PostgreSQL, with no extension needed.
/// </summary>
public static class ClueSearch
{
    public static string TextOf(params string?[] parts)
    {
        var sb = new StringBuilder(" ");
        foreach (var part in parts)
        {
            if (string.IsNullOrWhiteSpace(part)) continue;
            foreach (var token in Tokens(part)) sb.Append(token).Append(' ');
        }
        return sb.ToString();
    }

    /// <summary>The tokens a query must all match: pairs for Chinese, lower-cased words otherwise, single characters as is.</summary>
    public static IReadOnlyList<string> QueryTokens(string query) => Tokens(query).Distinct().ToList();

    private static IEnumerable<string> Tokens(string text)
    {
        var run = new StringBuilder();
        var word = new StringBuilder();
        foreach (var c in text.ToLowerInvariant() + " ")
        {
            if (IsCjk(c))
            {
                foreach (var t in Flush(word, false)) yield return t;
                run.Append(c);
            }
            else
            {
                foreach (var t in Flush(run, true)) yield return t;
                if (char.IsLetterOrDigit(c)) word.Append(c);
                else foreach (var t in Flush(word, false)) yield return t;
            }
        }
    }

    private static IEnumerable<string> Flush(StringBuilder sb, bool cjk)
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
    }

    public static bool IsCjk(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}

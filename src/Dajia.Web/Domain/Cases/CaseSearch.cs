using Dajia.Web.Domain.Clues;

namespace Dajia.Web.Domain.Cases;

/// <summary>
/// A case's number and title, stored in the clues' searchable form (<see cref="ClueSearch"/>: Chinese as overlapping
/// pairs, other words whole, lower-cased) so a full-text index can narrow a search. The list still asks that the
/// number or the title contain the typed text, so the index only has to find a superset: <see cref="IndexTerms"/> are the
/// terms every case whose number or title contains the text must have.
/// </summary>
public static class CaseSearch
{
    /// <summary>Follows the clues' stored form: when it changes, cases are rebuilt on start too.</summary>
    public static int Version => ClueSearch.Version;

    public static string TextOf(string number, string title) => ClueSearch.TextOf(number, title);

    /// <summary>
    /// Chinese pairs (a lone character as a prefix), and the words the text surely starts in the stored text: a word after
    /// a Chinese character or a separator begins a stored word, so it is whole when something follows it and a prefix at
    /// the end. A word at the very start may be the tail of a longer one and cannot use the index.
    /// </summary>
    public static IReadOnlyList<Term> IndexTerms(string text)
    {
        var terms = new List<Term>();
        var lower = text.ToLowerInvariant();
        var i = 0;
        while (i < lower.Length)
        {
            var kind = KindOf(lower[i]);
            var end = i;
            while (end < lower.Length && KindOf(lower[end]) == kind) end++;
            var part = lower[i..end];
            if (kind == Kind.Cjk && part.Length == 1) terms.Add(new(part, Prefix: true));
            else if (kind == Kind.Cjk) for (var p = 0; p + 1 < part.Length; p++) terms.Add(new(part.Substring(p, 2), false));
            else if (kind == Kind.Word && i > 0) terms.Add(new(part, Prefix: end == lower.Length));
            i = end;
        }
        return terms.Distinct().ToList();
    }

    private enum Kind { Cjk, Word, Separator }

    private static Kind KindOf(char c) => ClueSearch.IsCjk(c) ? Kind.Cjk : char.IsLetterOrDigit(c) ? Kind.Word : Kind.Separator;

    public sealed record Term(string Text, bool Prefix);
}

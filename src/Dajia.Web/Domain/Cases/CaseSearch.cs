using Dajia.Web.Domain.Clues;

namespace Dajia.Web.Domain.Cases;

/// <summary>
/// A case's number, title and entity party, stored in the clues' searchable form (<see cref="ClueSearch"/>: Chinese as overlapping
/// pairs, other words whole, lower-cased) so a full-text index can narrow a search. The list still asks that the
/// number, the title or the party contain each typed word, so the index only has to find a superset:
/// <see cref="IndexTerms"/> are the terms every case whose fields contain a word must have.
/// </summary>
public static class CaseSearch
{
    /// <summary>Follows the clues' stored form (when it changes, cases are rebuilt on start too); +1: the entity party.</summary>
    public static int Version => ClueSearch.Version + 1;

    public static string TextOf(string number, string title, string partyText = "") => ClueSearch.TextOf(number, title, partyText);

    /// <summary>What an entity party is searched by: its registry name, credit code and stall, lower-cased.</summary>
    public static string EntityText(string name, string? creditCode, string? stallNumber) =>
        string.Join(' ', new[] { name, creditCode, stallNumber }.Where(s => !string.IsNullOrWhiteSpace(s))).ToLowerInvariant();

    /// <summary>The query's words: split on any white space, the full-width space (U+3000) included.</summary>
    public static IReadOnlyList<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();

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

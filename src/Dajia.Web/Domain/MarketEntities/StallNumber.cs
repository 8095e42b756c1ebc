using System.Text;
using System.Text.RegularExpressions;

namespace Dajia.Web.Domain.MarketEntities;

/// <summary>
/// 摊位号 as people write it — "A区12号", "A012", "a-12", "Ａ区０１２号" — reduced to one key ("A12") so that a report, the
/// register and a search box agree. Only a zone letter followed by a number counts: a bare "12号" names no stall.
/// </summary>
public static partial class StallNumber
{
    [GeneratedRegex(@"(?<![A-Za-z])([A-Za-z])\s*(?:区|座|栋|排)?\s*[-—_]?\s*0*(\d{1,4})(?!\d)")]
    private static partial Regex Pattern();

    /// <summary>The key of the first stall named in the text, or null.</summary>
    public static string? Key(string? text) => KeysIn(text).FirstOrDefault();

    /// <summary>Every stall named in the text, in order, each once.</summary>
    public static IReadOnlyList<string> KeysIn(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var plain = text.Normalize(NormalizationForm.FormKC);
        return Pattern().Matches(plain).Select(m => char.ToUpperInvariant(m.Groups[1].Value[0]) + m.Groups[2].Value).Distinct().ToList();
    }
}

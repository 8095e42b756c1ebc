using System.Text.RegularExpressions;

namespace Dajia.Web.Domain;

/// <summary>
/// A name as people write it — a party, the police station a case goes to, the goods seized — holds no markup: such a
/// name is printed on 决定书, 移送书 and 清单 and shown on pages, and "&lt;b&gt;王五&lt;/b&gt;" there is an input error, not a name.
/// One rule for every name field, so that each refuses the same characters.
/// </summary>
public static partial class PlainNames
{
    private static readonly char[] Markup = ['<', '>', '&', '"', '\'', '`', '\\'];

    public static bool HasMarkup(string text) => text.IndexOfAny(Markup) >= 0 || text.Any(char.IsControl);

    /// <summary>
    /// Prose printed on the same documents (案由, 案情, 法律依据, the decision's summary) may compare and quote ("货值&lt;5万",
    /// "A&amp;B牌") and run over lines, so it refuses only what is markup: a tag's opening (&lt; before a letter, /, ! or ?),
    /// a character reference (&amp;lt;) and control characters other than line breaks and tabs.
    /// </summary>
    public static bool HasTags(string text) =>
        Tag().IsMatch(text) || text.Any(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t'));

    [GeneratedRegex(@"<[A-Za-z/!?]|&#?[A-Za-z0-9]+;")]
    private static partial Regex Tag();
}

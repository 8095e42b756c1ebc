namespace Dajia.Web.Domain;

/// <summary>
/// A name as people write it — a party, the police station a case goes to, the goods seized — holds no markup: such a
/// name is printed on 决定书, 移送书 and 清单 and shown on pages, and "&lt;b&gt;王五&lt;/b&gt;" there is an input error, not a name.
/// One rule for every name field, so that each refuses the same characters.
/// </summary>
public static class PlainNames
{
    private static readonly char[] Markup = ['<', '>', '&', '"', '\'', '`', '\\'];

    public static bool HasMarkup(string text) => text.IndexOfAny(Markup) >= 0 || text.Any(char.IsControl);
}

using System.Reflection;
using System.Text.RegularExpressions;

namespace Dajia.Tests.Architecture;

/// <summary>
/// Finds the resource keys a source file uses, in every form the code writes them: a literal key anywhere in C#
/// (<c>l["Clues.Title"]</c>, <c>new FieldError("x", "Validation.Required")</c>, <c>Problems.Conflict(l, "Operation.Closed")</c>),
/// a key in Razor (<c>@L["Nav.Home"]</c>), a key built from an enum (<c>"ClueStatus." + c.Status</c>: every member needs
/// one) or from another prefix (<c>"Clues.Done." + action</c>: some key must start with it), and the text of a
/// data-annotation attribute (<c>[Display(Name = "Units.Name")]</c>, <c>ErrorMessage = "Validation.Required"</c>).
/// </summary>
public sealed partial class ResourceKeyScan(Assembly code, IReadOnlySet<string> keys)
{
    private readonly Dictionary<string, Type[]> enums = code.GetTypes().Where(t => t.IsEnum)
        .GroupBy(t => t.Name).ToDictionary(g => g.Key, g => g.ToArray());

    private readonly HashSet<string> prefixes = keys.SelectMany(Prefixes).ToHashSet();

    /// <summary>Each used key missing from <c>keys</c>, as <c>file: key</c>.</summary>
    public IEnumerable<string> Missing(string file, string text) =>
        Used(file, text).Where(k => !Exists(k)).Distinct().Select(k => $"{file}: {k}");

    /// <summary>The keys <paramref name="text"/> uses; a key built on a prefix that is not an enum's name comes back
    /// as <c>Prefix.*</c>.</summary>
    public IEnumerable<string> Used(string file, string text)
    {
        text = CommentLine().Replace(text, "");
        if (file.EndsWith(".cshtml", StringComparison.Ordinal))
            text = HtmlAttribute().Replace(text, ""); // name="Input.Mobile", asp-for="Form.Name": model paths, not keys
        var literals = Literal().Matches(text).Select(m => m.Groups[1].Value).Where(k => !NamesCode(k));
        var built = Built().Matches(text).SelectMany(m => Expand(m.Groups["p"].Value));
        var annotated = Annotation().Matches(text)
            .SelectMany(a => AnnotationText().Matches(a.Value).Select(m => m.Groups[1].Value));
        return literals.Concat(built).Concat(annotated);
    }

    /// <summary>For an enum whose members have labels, the label of every member.</summary>
    public IEnumerable<string> EnumLabels() =>
        enums.Values.SelectMany(t => t)
            .Select(t => Enum.GetNames(t).Select(n => $"{t.Name}.{n}").ToList())
            .Where(labels => labels.Any(keys.Contains))
            .SelectMany(labels => labels);

    private IEnumerable<string> Expand(string prefix)
    {
        // "ClueStatus." and "ClueStatusPublic." both label ClueStatus's members.
        var type = enums.Keys
            .Where(n => prefix == n || prefix.StartsWith(n, StringComparison.Ordinal) && char.IsUpper(prefix[n.Length]))
            .Where(_ => !prefix.Contains('.'))
            .OrderByDescending(n => n.Length).FirstOrDefault();
        if (type is not null)
            return enums[type].SelectMany(Enum.GetNames).Select(n => $"{prefix}.{n}");
        return prefix.StartsWith("Dajia.", StringComparison.Ordinal) ? [] : [prefix + ".*"];
    }

    private bool Exists(string key) =>
        key.EndsWith(".*", StringComparison.Ordinal) ? prefixes.Contains(key[..^2]) : keys.Contains(key);

    /// <summary>A literal that names code rather than text: a data-protection purpose (<c>"Dajia.Clue.AccessKey"</c>),
    /// or <c>"Type.Member"</c> of one of our types when no key starts with that type's name.</summary>
    private bool NamesCode(string literal)
    {
        var parts = literal.Split('.');
        if (parts[0] == "Dajia") return true;
        if (parts.Length != 2 || prefixes.Contains(parts[0])) return false;
        return code.GetTypes().Any(t => t.Name == parts[0] && t.GetMember(parts[1], AllMembers).Length > 0);
    }

    private const BindingFlags AllMembers =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;

    private static IEnumerable<string> Prefixes(string key)
    {
        for (var dot = key.IndexOf('.'); dot > 0; dot = key.IndexOf('.', dot + 1))
            yield return key[..dot];
    }

    private const string KeyShape = @"[A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9_-]+)";

    [GeneratedRegex(@"""(" + KeyShape + @"+)""")]
    private static partial Regex Literal();

    /// <summary><c>"ClueStatus." + s</c> or <c>$"ClueStatus.{s}"</c>; the prefix is group <c>p</c>.</summary>
    [GeneratedRegex(@"""(?<p>" + KeyShape + @"*)\.""\s*\+|\$""(?<p>" + KeyShape + @"*)\.\{")]
    private static partial Regex Built();

    [GeneratedRegex(@"^\s*//.*$", RegexOptions.Multiline)]
    private static partial Regex CommentLine();

    /// <summary>An HTML attribute with a plain value (<c> name="Input.Mobile"</c>), no Razor in it.</summary>
    [GeneratedRegex(@"(?<=\s)[\w:-]+=""[^""@]*""")]
    private static partial Regex HtmlAttribute();

    private const string AnnotationNames =
        "Display|Required|StringLength|MaxLength|MinLength|Range|RegularExpression|EmailAddress|Phone|Compare|Url";

    [GeneratedRegex(@"\[\s*(?:" + AnnotationNames + @")(?:Attribute)?\s*\([^\]]*\]")]
    private static partial Regex Annotation();

    [GeneratedRegex(@"\b(?:ErrorMessage|Name|ShortName|Description|Prompt|GroupName)\s*=\s*""([^""]*)""")]
    private static partial Regex AnnotationText();
}

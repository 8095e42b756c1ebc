using System.Text.RegularExpressions;
using System.Xml.Linq;
using Dajia.Web.Domain.LiaisonTables;
using Dajia.Web.Domain.Units;

namespace Dajia.Tests.Domain;

public sealed partial class ResourceTests
{
    private static string SourceRoot([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "../../../src/Dajia.Web"));

    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(Path.Combine(SourceRoot(), "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [Fact]
    public void Chinese_and_english_have_the_same_keys_and_the_same_placeholders()
    {
        var zh = Load("SharedResource.resx");
        var en = Load("SharedResource.en.resx");
        Assert.Equal(zh.Keys.Order(), en.Keys.Order());
        foreach (var key in zh.Keys)
            Assert.True(Placeholders(zh[key]) == Placeholders(en[key]), $"{key}: placeholders differ");
        Assert.All(zh.Values, v => Assert.False(string.IsNullOrWhiteSpace(v)));
    }

    [Fact]
    public void Every_literal_key_used_in_code_exists()
    {
        var zh = Load("SharedResource.resx");
        var files = Directory.EnumerateFiles(SourceRoot(), "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs") || f.EndsWith(".cshtml")) && !f.Contains("/obj/") && !f.Contains("/Migrations/"));
        // Views use keys only through L[...]; C# code also passes message keys around as plain strings.
        var missing = files.SelectMany(f => (f.EndsWith(".cshtml") ? ViewKeyUse() : KeyUse()).Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(k => !k.EndsWith('.') && !zh.ContainsKey(k)).Distinct().ToList();
        Assert.Empty(missing);
    }

    private static string Placeholders(string s) => string.Join(",", PlaceholderRegex().Matches(s).Select(m => m.Value).Order());

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderRegex();

    // L["Key"], l["Key"], and message keys in domain code ("Validation.Mobile").
    [GeneratedRegex("(?:[Ll]\\[|\")((?:App|Nav|Form|Error|Login|Password|Home|LiaisonTable|Units|Leader|Liaison|Users|Jurisdictions|Audit|Problem|Validation|Binding|Upload|Import|Paging|InputRule)\\.[A-Za-z0-9_.]+)\"")]
    private static partial Regex KeyUse();

    [GeneratedRegex("[Ll]\\[\"([A-Za-z]+\\.[A-Za-z0-9_.]+)\"")]
    private static partial Regex ViewKeyUse();
}

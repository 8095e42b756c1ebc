using System.Text.RegularExpressions;
using System.Xml.Linq;
using Dajia.Tests.Architecture;

namespace Dajia.Tests.Domain;

public sealed partial class ResourceTests
{
    private static readonly Dictionary<string, string> Chinese = Load("SharedResource.resx");
    private static readonly Dictionary<string, string> English = Load("SharedResource.en.resx");

    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(RepoFiles.Full(Path.Combine("src", "Dajia.Web", "Resources", file))).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    private static ResourceKeyScan ScanFor(IEnumerable<string> keys) =>
        new(typeof(Dajia.Web.Data.AppDbContext).Assembly, keys.ToHashSet());

    private static IEnumerable<(string File, string Text)> Sources() =>
        RepoFiles.Under("src/Dajia.Web", ".cs", ".cshtml")
            .Where(f => !f.Contains("/Migrations/", StringComparison.Ordinal))
            .Select(f => (f, File.ReadAllText(RepoFiles.Full(f))));

    [Fact]
    public void Chinese_and_english_have_the_same_keys_and_the_same_placeholders()
    {
        Assert.Equal(Chinese.Keys.Order(), English.Keys.Order());
        foreach (var key in Chinese.Keys)
            Assert.True(Placeholders(Chinese[key]) == Placeholders(English[key]), $"{key}: placeholders differ");
        Assert.All(Chinese.Values, v => Assert.False(string.IsNullOrWhiteSpace(v)));
    }

    [Theory]
    [InlineData("SharedResource.resx")]
    [InlineData("SharedResource.en.resx")]
    public void Every_key_used_in_code_views_and_attributes_exists(string resx)
    {
        var keys = resx.Contains(".en.") ? English.Keys : Chinese.Keys;
        var scan = ScanFor(keys);
        var missing = Sources().SelectMany(s => scan.Missing(s.File, s.Text))
            .Concat(scan.EnumLabels().Where(k => !keys.Contains(k)).Select(k => $"enum label: {k}"))
            .ToList();
        Assert.True(missing.Count == 0, $"Keys missing from {resx}:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void The_scan_finds_keys_of_every_area()
    {
        var scan = ScanFor(Chinese.Keys);
        var used = Sources().SelectMany(s => scan.Used(s.File, s.Text)).ToHashSet();
        // The audit log words every audited field's enum by its labels (Admin/AuditVocabularyTests checks they exist).
        used.UnionWith(Admin.AuditVocabularyTests.AuditedEnumLabels());
        var unseen = Chinese.Keys.Select(k => k[..k.IndexOf('.')]).Distinct()
            .Where(area => !used.Any(k => k.StartsWith(area + ".", StringComparison.Ordinal)))
            .ToList();
        Assert.True(unseen.Count == 0, "No use found of any key of: " + string.Join(", ", unseen));
        foreach (var area in new[] { "Clue", "Clues", "Operation", "Operations", "Deadline", "Campaigns", "Validation" })
            Assert.Contains(used, k => k.StartsWith(area + ".", StringComparison.Ordinal));
        Assert.Contains("ClueStatus.Received", used);
    }

    [Fact]
    public void The_scan_catches_planted_missing_keys()
    {
        var scan = ScanFor(["Clues.Title", "Operations.Title", "ClueStatus.Received", "Clues.Done.take"]);
        var csharp = """
            var a = l["Clues.Title"]; var b = new FieldError("x", "Validation.Planted");
            return Problems.Conflict(l, "Operation.Planted");
            // "Comment.Ignored"
            var s = l["ClueStatus." + clue.Status]; var d = l["Clues.Done." + action]; var r = l[$"Deadline.Rule.{code}"];
            var v = "AggregateRoot.Version"; var p = protector.CreateProtector("Dajia.Clue.AccessKey");
            [Display(Name = "Units.Planted")] public string Name { get; init; } = "";
            [Required(ErrorMessage = "必填")] public string Code { get; init; } = "";
            """;
        var missing = scan.Missing("X.cs", csharp).ToList();
        Assert.Equal(
            ["ClueStatus.Verifying", "Deadline.Rule.*", "Operation.Planted", "Units.Planted", "Validation.Planted", "必填"],
            missing.Select(m => m["X.cs: ".Length..])
                .Where(k => !k.StartsWith("ClueStatus.") || k == "ClueStatus.Verifying")
                .Order(StringComparer.Ordinal));
        Assert.DoesNotContain("X.cs: ClueStatus.Received", missing);
        var razor = """
            <input name="Input.Mobile" asp-for="Form.Name" /><label>@L["Operations.Title"] @L["Operation.Missing"]</label>
            <span>@L[Model.Done ? "Clues.Title" : "Calendar.Planted"]</span>
            """;
        Assert.Equal(["X.cshtml: Operation.Missing", "X.cshtml: Calendar.Planted"], scan.Missing("X.cshtml", razor));
    }

    private static string Placeholders(string s) =>
        string.Join(",", PlaceholderRegex().Matches(s).Select(m => m.Value).Order());

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderRegex();
}

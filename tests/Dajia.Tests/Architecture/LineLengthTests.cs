namespace Dajia.Tests.Architecture;

/// <summary>
/// Lines stay at most 140 characters, so a file grows downwards and reads on one screen side by side with another.
/// <c>dotnet format</c> does not wrap lines, hence this test. Generated migrations are left out, and so is a line that is
/// long only because of its text (a legal basis, a message): its code outside the quotes is short, and a sentence is not
/// split for the limit. Razor views are not held to it yet (markup wraps differently; see docs/development.md).
/// </summary>
public sealed partial class LineLengthTests
{
    public const int Limit = 140;

    /// <summary>How long the code of a line may be outside its text literals for the line to pass as text.</summary>
    public const int CodeLimitBesideText = 100;

    [Fact]
    public void No_source_line_is_longer_than_the_limit()
    {
        var files = RepoFiles.Under("src", ".cs")
            .Concat(RepoFiles.Under("tests", ".cs"))
            .Where(f => !f.Contains("/Migrations/", StringComparison.Ordinal));
        var tooLong = files.SelectMany(f => LongLines(f, File.ReadAllText(RepoFiles.Full(f)))).ToList();
        Assert.True(tooLong.Count == 0,
            $"{tooLong.Count} lines longer than {Limit} characters; wrap them at parameters, =>, ?/:, LINQ dots or +:\n"
            + string.Join("\n", tooLong));
    }

    [Fact]
    public void The_scan_names_a_planted_long_line_by_file_and_line()
    {
        var text = "namespace X;\n\n" + "// " + new string('长', Limit - 3) + "\n" + "// " + new string('x', Limit - 2) + "\r\n";
        Assert.Equal(["Planted.cs:4 (141 characters)"], LongLines("Planted.cs", text));
    }

    [Fact]
    public void A_line_long_only_because_of_its_text_passes_and_long_code_beside_text_does_not()
    {
        var text = "var basis = \"" + new string('法', Limit) + "\";\n"
            + "var x = Call(" + new string('a', CodeLimitBesideText) + ", \"" + new string('字', 40) + "\");\n";
        Assert.Equal(["Planted.cs:2 (159 characters)"], LongLines("Planted.cs", text));
    }

    /// <summary>Each line over the limit as <c>file:line (length)</c>; a line's length is in characters, not bytes.</summary>
    public static IEnumerable<string> LongLines(string file, string text) =>
        text.Split('\n')
            .Select((line, i) => (Number: i + 1, Text: line.TrimEnd('\r'), line.TrimEnd('\r').Length))
            .Where(l => l.Length > Limit && Code(l.Text).Length > CodeLimitBesideText)
            .Select(l => $"{file}:{l.Number} ({l.Length} characters)");

    private static string Code(string line) => TextLiteral().Replace(line, "\"\"");

    [System.Text.RegularExpressions.GeneratedRegex(@"\$?@?""(?:[^""\\]|\\.)*""")]
    private static partial System.Text.RegularExpressions.Regex TextLiteral();
}

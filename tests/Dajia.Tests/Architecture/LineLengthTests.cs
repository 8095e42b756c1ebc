namespace Dajia.Tests.Architecture;

/// <summary>
/// Lines stay at most 140 characters, so a file grows downwards and reads on one screen side by side with another.
/// <c>dotnet format</c> does not wrap lines, hence this test. Generated migrations are left out, and so is a line that is
/// long only because of its text (a legal basis, a message): its code outside the quotes is short, and a sentence is not
/// split for the limit. Razor views have a limit of their own, <see cref="MarkupLimit"/>: markup breaks only between
/// attributes or inside code, since a break between an element and the text beside it shows as a space. In markup the
/// quotes hold attribute values, which are code, so there a line's text is what people read (its Chinese).
/// </summary>
public sealed partial class LineLengthTests
{
    public const int Limit = 140;

    public const int MarkupLimit = 160;

    /// <summary>How long the code of a line may be beside its text (C#'s text literals, markup's Chinese) for the line to
    /// pass as text.</summary>
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
    public void No_razor_line_is_longer_than_the_markup_limit()
    {
        var files = RepoFiles.Under("src", ".cshtml").Concat(RepoFiles.Under("tests", ".cshtml"));
        var tooLong = files.SelectMany(f => LongLines(f, File.ReadAllText(RepoFiles.Full(f)))).ToList();
        Assert.True(tooLong.Count == 0,
            $"{tooLong.Count} Razor lines longer than {MarkupLimit} characters; break between attributes, or move a long "
            + "expression into a local @{ var x = …; } or onto the page model (never between an element and its text):\n"
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

    [Fact]
    public void A_razor_line_may_be_longer_and_is_long_only_because_of_its_chinese()
    {
        var markup = "<a href=\"@Model.Link\" class=\"" + new string('x', MarkupLimit - 46) + "\">@Model.Name</a>\n";
        var text = "<p class=\"hint\">" + new string('长', MarkupLimit) + "</p>\n";
        var attributes = "<partial name=\"" + new string('n', 80) + "\" model=\"" + new string('m', 80) + "\" />\n";
        Assert.Equal(160, markup.Length - 1);
        Assert.Equal(["Planted.cshtml:2 (161 characters)", "Planted.cshtml:4 (188 characters)"],
            LongLines("Planted.cshtml", markup + markup.Replace("<a", "<a ") + text + attributes));
    }

    /// <summary>Each line over the limit as <c>file:line (length)</c>; a line's length is in characters, not bytes.</summary>
    public static IEnumerable<string> LongLines(string file, string text)
    {
        var markup = file.EndsWith(".cshtml", StringComparison.Ordinal);
        var limit = markup ? MarkupLimit : Limit;
        Func<string, string> code = markup ? MarkupCode : Code;
        return text.Split('\n')
            .Select((line, i) => (Number: i + 1, Text: line.TrimEnd('\r'), line.TrimEnd('\r').Length))
            .Where(l => l.Length > limit && code(l.Text).Length > CodeLimitBesideText)
            .Select(l => $"{file}:{l.Number} ({l.Length} characters)");
    }

    private static string Code(string line) => TextLiteral().Replace(line, "\"\"");

    private static string MarkupCode(string line) => string.Concat(line.Where(char.IsAscii));

    [System.Text.RegularExpressions.GeneratedRegex(@"\$?@?""(?:[^""\\]|\\.)*""")]
    private static partial System.Text.RegularExpressions.Regex TextLiteral();
}

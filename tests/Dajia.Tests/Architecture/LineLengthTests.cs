namespace Dajia.Tests.Architecture;

/// <summary>
/// Lines stay at most 140 characters, so a file grows downwards and reads on one screen side by side with another.
/// <c>dotnet format</c> does not wrap lines, hence this test. Generated migrations are left out.
/// </summary>
public sealed class LineLengthTests
{
    public const int Limit = 140;

    [Fact]
    public void No_source_line_is_longer_than_the_limit()
    {
        var files = RepoFiles.Under("src", ".cs", ".cshtml")
            .Concat(RepoFiles.Under("tests", ".cs", ".cshtml"))
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

    /// <summary>Each line over the limit as <c>file:line (length)</c>; a line's length is in characters, not bytes.</summary>
    public static IEnumerable<string> LongLines(string file, string text) =>
        text.Split('\n')
            .Select((line, i) => (Number: i + 1, line.TrimEnd('\r').Length))
            .Where(l => l.Length > Limit)
            .Select(l => $"{file}:{l.Number} ({l.Length} characters)");
}

namespace Dajia.Tests.Architecture;

/// <summary>
/// Every file declares one file-scoped namespace (<c>namespace X;</c>), as .editorconfig asks. The build does not run
/// the code-style analyzers (they cost CI half a minute of every build), so this test holds the rule instead.
/// </summary>
public sealed class FileScopedNamespaceTests
{
    [Fact]
    public void Every_file_uses_a_file_scoped_namespace()
    {
        var files = new[] { "src", "tests", "bench" }.SelectMany(d => RepoFiles.Under(d, ".cs"))
            .Where(f => !f.Contains("/Migrations/", StringComparison.Ordinal));
        var wrong = files.Where(f => !FileScoped(File.ReadAllLines(RepoFiles.Full(f)))).ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} files with a block namespace; write `namespace X;`:\n" + string.Join("\n", wrong));
    }

    [Theory]
    [InlineData(true, "using System;", "namespace Dajia.Web;", "public class A;")]
    [InlineData(true, "// Program.cs: top-level statements", "var app = 1;")]
    [InlineData(false, "namespace Dajia.Web", "{", "}")]
    [InlineData(false, "namespace Dajia.Web {", "}")]
    [InlineData(false, "namespace Dajia.Web;", "namespace Dajia.Other", "{", "}")]
    public void Only_the_file_scoped_form_passes(bool expected, params string[] lines) => Assert.Equal(expected, FileScoped(lines));

    /// <summary>Each namespace declaration at the start of a line ends with a semicolon.</summary>
    public static bool FileScoped(IEnumerable<string> lines) => lines.Select(l => l.TrimEnd())
        .Where(l => l.StartsWith("namespace ", StringComparison.Ordinal)).All(l => l.EndsWith(';'));
}

using System.Text.RegularExpressions;

namespace Dajia.Tests.Architecture;

/// <summary>
/// The using directives at the top of a file stay in the order <c>dotnet format</c> gives them (System first, then
/// by name; <c>using static</c> after them, aliases last). CI checks whitespace with the fast folder mode of
/// <c>dotnet format</c>, which does not load the solution and so does not see this ordering; this test does.
/// </summary>
public sealed partial class UsingOrderTests
{
    [Fact]
    public void Every_file_keeps_its_usings_in_order()
    {
        var files = new[] { "src", "tests", "bench" }.SelectMany(d => RepoFiles.Under(d, ".cs"))
            .Where(f => !f.Contains("/Migrations/", StringComparison.Ordinal));
        var wrong = files.Where(f => !InOrder(File.ReadAllLines(RepoFiles.Full(f)))).ToList();
        Assert.True(wrong.Count == 0,
            $"{wrong.Count} files with usings out of order; run `dotnet format Dajia.slnx` and commit:\n" + string.Join("\n", wrong));
    }

    [Theory]
    [InlineData(true, "using System;", "using System.Text;", "using Dajia.Web;", "using Microsoft.AspNetCore;")]
    [InlineData(true, "using Dajia.Web;", "using Dajia.Web.Data;", "using Dajia.WebX;", "using static Dajia.A;", "using B = X.Y;")]
    [InlineData(false, "using Dajia.Web;", "using System;")]
    [InlineData(false, "using Dajia.Web.Domain.Calendar;", "using Dajia.Web.Data;")]
    [InlineData(false, "using static Dajia.A;", "using Dajia.B;")]
    [InlineData(false, "using static Dajia.A;", "using static System.Math;")]
    [InlineData(false, "using B = X.Y;", "using static Dajia.A;")]
    public void The_order_is_the_formatters(bool expected, params string[] lines) => Assert.Equal(expected, InOrder(lines));

    /// <summary>The file's leading block of using directives (before its namespace) is sorted.</summary>
    public static bool InOrder(IEnumerable<string> lines)
    {
        var keys = lines.TakeWhile(l => !l.StartsWith("namespace", StringComparison.Ordinal))
            .Select(l => Directive().Match(l)).Where(m => m.Success).Select(Key).ToList();
        return keys.Zip(keys.Skip(1)).All(p => Compare(p.First, p.Second) <= 0);
    }

    private static (int Group, string[] Name) Key(Match m)
    {
        var isStatic = m.Groups["static"].Success;
        var isAlias = m.Groups["alias"].Success;
        var name = isAlias ? m.Groups["alias"].Value : m.Groups["name"].Value;
        var system = !isAlias && (name == "System" || name.StartsWith("System.", StringComparison.Ordinal));
        var group = (isAlias ? 4 : isStatic ? 2 : 0) + (system ? 0 : 1);
        return (group, name.Split('.'));
    }

    private static int Compare((int Group, string[] Name) a, (int Group, string[] Name) b)
    {
        if (a.Group != b.Group) return a.Group.CompareTo(b.Group);
        for (var i = 0; i < Math.Min(a.Name.Length, b.Name.Length); i++)
        {
            var c = StringComparer.OrdinalIgnoreCase.Compare(a.Name[i], b.Name[i]);
            if (c == 0) c = StringComparer.Ordinal.Compare(a.Name[i], b.Name[i]);
            if (c != 0) return c;
        }
        return a.Name.Length.CompareTo(b.Name.Length);
    }

    [GeneratedRegex(@"^using\s+(?:(?<static>static)\s+)?(?:(?<alias>\w+)\s*=\s*)?(?<name>[\w.]+)\s*;")]
    private static partial Regex Directive();
}

using System.Text.RegularExpressions;

namespace Dajia.Tests.Architecture;

/// <summary>
/// Test classes share their collection's app (one per provider; an app start costs seconds of CI), and each test starts
/// on the clock's first instant. A class that needs an app of its own says why in <see cref="OwnApp"/>.
/// </summary>
public sealed partial class SharedAppTests
{
    private static readonly HashSet<string> OwnApp =
    [
        "PortalTownsSqlite", "PortalTownsPostgres", // counts every town in the database
        "RuleSeedSqlite", "RuleSeedPostgres", // rewrites the national rules
        "KeyCustodySqlite", "KeyCustodyPostgres", // rotates the key ring
        "IntakeAcrossInstancesTests", // starts a second instance on its database
    ];

    [GeneratedRegex(@"public sealed class (\w+)\((?:SqliteFactory|PostgresFactory) \w+\)(.*)$")]
    private static partial Regex OneLiner();

    [Fact]
    public void Every_provider_test_class_shares_the_app_and_resets_the_clock_or_says_why_not()
    {
        var wrong = new List<string>();
        foreach (var file in RepoFiles.Under("tests/Dajia.Tests", ".cs"))
        {
            foreach (var line in File.ReadLines(RepoFiles.Full(file)))
            {
                if (OneLiner().Match(line) is not { Success: true } m) continue;
                if (Wrong(m.Groups[1].Value, m.Groups[2].Value) is { } why) wrong.Add($"{file}: {m.Groups[1].Value} {why}");
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Theory]
    [InlineData("XSqlite", " : XTests(f.WithClockReset());", null)]
    [InlineData("XSqlite", " : XTests(f), IClassFixture<SqliteFactory>;", "starts an app of its own")]
    [InlineData("XSqlite", " : XTests(f);", "does not reset the clock")]
    [InlineData("RuleSeedSqlite", " : RuleSeedTests(f), IClassFixture<SqliteFactory>;", null)]
    [InlineData("FaviconTests", "", null)]
    public void The_rule_tells_the_forms_apart(string name, string rest, string? expected) => Assert.Equal(expected, Wrong(name, rest));

    // A class written out whole (no base to hand the factory to) sets the clock itself where it matters.
    private static string? Wrong(string name, string rest) =>
        OwnApp.Contains(name) || rest.Trim().Length == 0 ? null
        : rest.Contains("IClassFixture<", StringComparison.Ordinal) ? "starts an app of its own"
        : rest.Contains("WithClockReset()", StringComparison.Ordinal) ? null
        : "does not reset the clock";
}

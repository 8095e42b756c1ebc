using System.Reflection;
using System.Text.RegularExpressions;
using Dajia.Web.Data;
using Dajia.Web.Domain.Access;

namespace Dajia.Tests.Access;

/// <summary>
/// Records that belong to a town are read only through <c>Scope</c> (<c>db.Visible&lt;T&gt;(user)</c>, or
/// <c>db.Unscoped&lt;T&gt;()</c> for work done for no one user). A service that queries such a set directly fails here.
/// </summary>
public sealed class ScopeArchitectureTests
{
    /// <summary>
    /// Where the sets are declared, where the one way in is written, and the audit interceptor, which files every
    /// change under its record's town from inside SaveChanges (it reads for no one user and shows nothing).
    /// </summary>
    private static readonly string[] Exempt =
        ["Data/AppDbContext.cs", "Infrastructure/Auth/Scope.cs", "Data/Migrations/", "Data/Configurations/", "Data/AuditScopes.cs"];

    private static readonly Type[] ScopedTypes = typeof(AppDbContext).Assembly.GetTypes()
        .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IScoped<>))).ToArray();

    private static readonly string[] ScopedSets = typeof(AppDbContext).GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.PropertyType.IsGenericType && ScopedTypes.Contains(p.PropertyType.GetGenericArguments()[0]))
        .Select(p => p.Name).ToArray();

    [Fact]
    public void Every_record_type_with_a_jurisdiction_is_scoped()
    {
        var withJurisdiction = typeof(AppDbContext).GetProperties()
            .Where(p =>
                p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(Microsoft.EntityFrameworkCore.DbSet<>))
            .Select(p => p.PropertyType.GetGenericArguments()[0])
            .Where(t => t.GetProperty("JurisdictionId") is not null && t != typeof(Dajia.Web.Infrastructure.Auth.AppUser));
        Assert.All(withJurisdiction, t => Assert.Contains(t, ScopedTypes));
        Assert.Contains("Clues", ScopedSets);
        Assert.Contains("Deadlines", ScopedSets);
    }

    [Fact]
    public void No_source_file_queries_a_scoped_set_directly()
    {
        var root = Path.Combine(SourceRoot(), "src", "Dajia.Web");
        var violations = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Select(f => (Path: Path.GetRelativePath(root, f).Replace('\\', '/'), Text: File.ReadAllText(f)))
            .Where(f =>
                !f.Path.StartsWith("bin/") && !f.Path.StartsWith("obj/")
                    && !Exempt.Any(e => f.Path.StartsWith(e, StringComparison.Ordinal)))
            .SelectMany(f => Violations(f.Text).Select(v => $"{f.Path}: {v}"))
            .ToList();
        Assert.True(violations.Count == 0, "Query these through db.Visible<T>(user) (or db.Unscoped<T>() for system work):\n"
            + string.Join("\n", violations));
    }

    [Fact]
    public void The_scan_catches_a_planted_direct_query()
    {
        Assert.NotEmpty(Violations("var mine = await db.Clues.Where(c => c.Status == ClueStatus.Received).ToListAsync(ct);"));
        Assert.NotEmpty(Violations("var d = context.Set<Deadline>().First();"));
        Assert.NotEmpty(Violations("var all = _db.Operations.Count();"));
        Assert.Empty(Violations("using Dajia.Web.Domain.Clues; var c = db.Visible<Clue>(user); var x = Features.Clues.ClueService.Name;"));
    }

    private static IEnumerable<string> Violations(string text)
    {
        var sets = new Regex($@"\b\w*(db|Db|context|Context)\.({string.Join("|", ScopedSets)})\b");
        var generic = new Regex($@"\.Set<({string.Join("|", ScopedTypes.Select(t => t.Name))})>\(");
        return sets.Matches(text).Concat(generic.Matches(text)).Select(m => m.Value);
    }

    private static string SourceRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dajia.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Dajia.slnx not found above " + AppContext.BaseDirectory);
    }
}

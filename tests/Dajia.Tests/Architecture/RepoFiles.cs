namespace Dajia.Tests.Architecture;

/// <summary>The repository's own source files, as the architecture tests read them (no build output).</summary>
public static class RepoFiles
{
    private static readonly string[] Skipped = ["bin", "obj", ".git", "TestResults", "node_modules"];

    public static string Root { get; } = FindRoot();

    /// <summary>Files under <paramref name="folder"/> (relative to the root) whose names end with one of
    /// <paramref name="extensions"/>, as root-relative paths with forward slashes.</summary>
    public static IEnumerable<string> Under(string folder, params string[] extensions) =>
        Walk(Path.Combine(Root, folder))
            .Where(f => extensions.Any(e => f.EndsWith(e, StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static string Full(string relative) => Path.Combine(Root, relative);

    private static IEnumerable<string> Walk(string dir)
    {
        if (!Directory.Exists(dir)) yield break;
        foreach (var file in Directory.EnumerateFiles(dir)) yield return file;
        foreach (var sub in Directory.EnumerateDirectories(dir))
        {
            if (Skipped.Contains(Path.GetFileName(sub))) continue;
            foreach (var file in Walk(sub)) yield return file;
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dajia.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Dajia.slnx not found above " + AppContext.BaseDirectory);
    }
}

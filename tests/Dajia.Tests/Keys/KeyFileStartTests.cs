using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Dajia.Tests.Keys;

/// <summary>Where the key-encryption key comes from when the built app starts as a real process.</summary>
public sealed class KeyFileStartTests
{
    [Fact]
    public async Task Production_without_a_key_file_refuses_to_start_says_why_and_touches_no_database()
    {
        var folder = Directory.CreateTempSubdirectory("dajia-nokek-").FullName;
        try
        {
            var db = Path.Combine(folder, "dajia.db");
            foreach (var keyFile in new[] { "", Path.Combine(folder, "missing.kek") })
            {
                var (code, output) = await AppProcess.RunAsync(new Dictionary<string, string>
                {
                    ["ConnectionStrings__Dajia"] = $"Data Source={db}", ["Dajia__FileStore"] = Path.Combine(folder, "files"),
                    ["Dajia__Keys__File"] = keyFile,
                });
                Assert.NotEqual(0, code);
                Assert.Contains(keyFile == "" ? "No key-encryption key is configured: set Dajia:Keys:File" : keyFile + " does not exist",
                    output);
                Assert.Contains("crit", output); // logged, not only thrown
                Assert.False(File.Exists(db) && await HasTablesAsync(db));
                Assert.False(Directory.Exists(Path.Combine(folder, "keys")));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Development_makes_a_key_file_beside_its_database_readable_by_its_owner_only_and_says_so()
    {
        var folder = Directory.CreateTempSubdirectory("dajia-devkek-").FullName;
        var start = AppProcess.Start(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development", ["ConnectionStrings__Dajia"] = $"Data Source={Path.Combine(folder, "dajia.db")}",
            ["Dajia__FileStore"] = Path.Combine(folder, "files"), ["Dajia__Keys__File"] = "", ["Dajia__Demo"] = "false",
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
        });
        using var process = Process.Start(start)!;
        try
        {
            var said = await UntilSaidAsync(process, "Created the key-encryption key");
            var file = Path.Combine(folder, "keys", "dajia.kek");
            Assert.Contains(file, said);
            Assert.Equal(32, Convert.FromBase64String(File.ReadAllText(file).Trim()).Length);
            if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The line of output that says it; fails with everything printed if the process ends first.</summary>
    private static async Task<string> UntilSaidAsync(Process process, string words)
    {
        var seen = new System.Text.StringBuilder();
        // A bound, not a measurement: a start that never says it fails here instead of holding the run.
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (await process.StandardOutput.ReadLineAsync(patience.Token) is { } line)
        {
            seen.AppendLine(line);
            if (line.Contains(words)) return line;
        }
        Assert.Fail("the app ended without saying it: " + seen + await process.StandardError.ReadToEndAsync());
        return "";
    }

    private static async Task<bool> HasTablesAsync(string db)
    {
        await using var c = new SqliteConnection($"Data Source={db};Pooling=false");
        await c.OpenAsync();
        var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'";
        return (long)(await cmd.ExecuteScalarAsync())! > 0;
    }
}

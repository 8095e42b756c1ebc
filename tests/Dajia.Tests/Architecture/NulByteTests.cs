namespace Dajia.Tests.Architecture;

/// <summary>
/// A NUL byte makes git treat a text file as binary: no diffs, no blame, no merges line by line. Binary test inputs
/// are written as byte arrays or escapes (<c>"\0"</c>), never as raw bytes in the source.
/// </summary>
public sealed class NulByteTests
{
    [Fact]
    public void No_source_or_document_file_contains_a_nul_byte()
    {
        var withNul = RepoFiles.Under(".", ".cs", ".cshtml", ".md")
            .Where(f => HasNul(File.ReadAllBytes(RepoFiles.Full(f))))
            .ToList();
        Assert.True(withNul.Count == 0, "Raw NUL bytes (write them as byte arrays or \\0 escapes):\n" + string.Join("\n", withNul));
    }

    [Fact]
    public void The_scan_catches_a_planted_nul_byte()
    {
        Assert.True(HasNul("var exe = \"MZ\0\0\";"u8.ToArray()));
        Assert.False(HasNul("var exe = \"MZ\\0\\0\";"u8.ToArray()));
    }

    private static bool HasNul(byte[] bytes) => Array.IndexOf(bytes, (byte)0) >= 0;
}

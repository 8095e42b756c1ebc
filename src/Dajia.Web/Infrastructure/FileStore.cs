using System.Security.Cryptography;

namespace Dajia.Web.Infrastructure;

public sealed record StoredFile(string Sha256, string ContentType, long Size);

/// <summary>
/// Uploaded files, content-addressed under one folder (Dajia:FileStore, default data/files). The same photo uploaded
/// twice is stored once. Several instances share the folder (a network mount) as DESIGN §8 asks.
/// </summary>
public sealed class FileStore(IConfiguration config, IHostEnvironment env)
{
    public const long MaxImageBytes = 10 * 1024 * 1024;

    private string Root => Path.GetFullPath(Path.Combine(env.ContentRootPath, config["Dajia:FileStore"] ?? "data/files"));

    /// <summary>The type comes from the file's first bytes, never from what the browser claims.</summary>
    public static string? ImageType(ReadOnlySpan<byte> head) => head switch
    {
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        _ => null,
    };

    /// <summary>Null when the upload is acceptable as a photo; otherwise the message key saying why not.</summary>
    public static string? CheckImage(IFormFile? file)
    {
        if (file is null) return "Upload.Missing";
        if (file.Length == 0) return "Upload.Empty";
        if (file.Length > MaxImageBytes) return "Upload.ImageTooLarge";
        Span<byte> head = stackalloc byte[8];
        using var s = file.OpenReadStream();
        return s.ReadAtLeast(head, 8, throwOnEndOfStream: false) < 8 || ImageType(head) is null ? "Upload.NotImage" : null;
    }

    public async Task<StoredFile> SaveAsync(Stream content, CancellationToken ct)
    {
        Directory.CreateDirectory(Root);
        var temp = Path.Combine(Root, $".upload-{Guid.NewGuid():N}");
        byte[] head = new byte[8];
        await using (var file = File.Create(temp))
        {
            await content.CopyToAsync(file, ct);
            file.Position = 0;
            await file.ReadAtLeastAsync(head, 8, throwOnEndOfStream: false, ct);
        }
        string hash;
        await using (var read = File.OpenRead(temp)) hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(read, ct));
        var target = PathOf(hash);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (File.Exists(target)) File.Delete(temp);
        else File.Move(temp, target);
        return new StoredFile(hash, ImageType(head) ?? "application/octet-stream", new FileInfo(target).Length);
    }

    public async Task<StoredFile> SaveAsync(byte[] content, CancellationToken ct)
    {
        using var stream = new MemoryStream(content, writable: false);
        return await SaveAsync(stream, ct);
    }

    public Stream? Open(string sha256) =>
        sha256.Length == 64 && sha256.All(char.IsAsciiHexDigitLower) && File.Exists(PathOf(sha256)) ? File.OpenRead(PathOf(sha256)) : null;

    private string PathOf(string sha256) => Path.Combine(Root, sha256[..2], sha256);
}

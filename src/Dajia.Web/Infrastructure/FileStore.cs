using System.Security.Cryptography;

namespace Dajia.Web.Infrastructure;

/// <summary>A stored file; a photo also has a thumbnail for lists.</summary>
public sealed record StoredFile(string Sha256, string ContentType, long Size, string? ThumbnailSha256 = null);

public enum FileState { Ok, Missing, Tampered }

/// <summary>What reading a stored file found; Content only when the bytes still hash to the file's name.</summary>
public sealed record FileRead(FileState State, byte[]? Content, string ContentType, string? FileName = null);

/// <summary>The file store could not write (disk full, read-only mount, permissions): a server fault, said as 503.</summary>
public sealed class FileStoreUnavailableException(Exception inner) : Exception("The file store could not write.", inner);

/// <summary>
/// Uploaded files, content-addressed under one folder (Dajia:FileStore, default data/files). The same photo uploaded
/// twice is stored once. Several instances share the folder (a network mount) as DESIGN §8 asks. A file is written
/// under a temporary name and moved into place whole, so a reader never sees half a file; a file is served only when
/// its bytes still hash to its name.
/// </summary>
public sealed class FileStore(IConfiguration config, IHostEnvironment env, ILogger<FileStore> log)
{
    public const long MaxImageBytes = 10 * 1024 * 1024;
    public const string TempPrefix = ".upload-";

    public string Root => Path.GetFullPath(Path.Combine(env.ContentRootPath, config["Dajia:FileStore"] ?? "data/files"));

    /// <summary>The type comes from the file's first bytes, never from what the browser claims.</summary>
    public static string? ImageType(ReadOnlySpan<byte> head) => head switch
    {
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => "image/webp",
        _ => null,
    };

    /// <summary>Null when the upload may be a photo we decode; otherwise the message key saying why not.</summary>
    public static string? CheckImage(IFormFile? file)
    {
        if (file is null) return "Upload.Missing";
        if (file.Length == 0) return "Upload.Empty";
        if (file.Length > MaxImageBytes) return "Upload.ImageTooLarge";
        Span<byte> head = stackalloc byte[12];
        using var s = file.OpenReadStream();
        var read = s.ReadAtLeast(head, 12, throwOnEndOfStream: false);
        if (ImageType(head[..read]) is not null) return null;
        return ImageSanitizer.IsHeif(head[..read]) ? "Upload.Heic" : "Upload.NotImage";
    }

    /// <summary>Checks an uploaded photo, decodes it and encodes it anew; nothing is stored yet.</summary>
    public static async Task<(CleanImage? Image, string? Problem)> CleanAsync(IFormFile? file, CancellationToken ct)
    {
        if (CheckImage(file) is { } problem) return (null, problem);
        using var buffer = new MemoryStream((int)file!.Length);
        await file.CopyToAsync(buffer, ct);
        return ImageSanitizer.Clean(buffer.ToArray());
    }

    public async Task<StoredFile> SaveImageAsync(CleanImage image, CancellationToken ct)
    {
        var full = await SaveAsync(image.Full, CleanImage.ContentType, ct);
        var thumb = await SaveAsync(image.Thumbnail, CleanImage.ContentType, ct);
        return full with { ThumbnailSha256 = thumb.Sha256 };
    }

    public async Task<StoredFile> SaveAsync(byte[] content, string contentType, CancellationToken ct)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        var target = PathOf(hash);
        var temp = Path.Combine(Root, $"{TempPrefix}{Guid.NewGuid():N}");
        try
        {
            if (!File.Exists(target))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
                {
                    await file.WriteAsync(content, ct);
                    await file.FlushAsync(ct);
                }
                // Two uploads of the same photo may race here; whichever moves second finds the same bytes in place.
                File.Move(temp, target, overwrite: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.LogError(e, "File store {Root} could not write", Root);
            throw new FileStoreUnavailableException(e);
        }
        finally
        {
            TryDelete(temp);
        }
        return new StoredFile(hash, contentType, content.LongLength);
    }

    /// <summary>The file's bytes, only when they still hash to the name they were stored under.</summary>
    public async Task<FileRead> ReadAsync(string sha256, string contentType, CancellationToken ct)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower) || !File.Exists(PathOf(sha256)))
        {
            log.LogWarning("Stored file {Sha256} is missing from {Root}", sha256, Root);
            return new(FileState.Missing, null, contentType);
        }
        var bytes = await File.ReadAllBytesAsync(PathOf(sha256), ct);
        if (Convert.ToHexStringLower(SHA256.HashData(bytes)) == sha256) return new(FileState.Ok, bytes, contentType);
        log.LogError("Stored file {Sha256} no longer matches its hash: changed on disk, not served", sha256);
        return new(FileState.Tampered, null, contentType);
    }

    /// <summary>Whether a file can be created and deleted in the store right now (for /healthz).</summary>
    public bool CanWrite()
    {
        var probe = Path.Combine(Root, $"{TempPrefix}probe-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(Root);
            File.WriteAllBytes(probe, [1]);
            File.Delete(probe);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(probe);
            return false;
        }
    }

    /// <summary>Temporary files a crash or a full disk left behind, older than <paramref name="age"/>. File times are
    /// the file system's clock, not the app's TimeProvider.</summary>
    public int RemoveStaleTemporaryFiles(TimeSpan age)
    {
        if (!Directory.Exists(Root)) return 0;
        var removed = 0;
        foreach (var f in Directory.EnumerateFiles(Root, TempPrefix + "*"))
            if (DateTime.UtcNow - File.GetLastWriteTimeUtc(f) > age && TryDelete(f)) removed++;
        return removed;
    }

    private static bool TryDelete(string path)
    {
        try
        {
            if (!File.Exists(path)) return false;
            File.Delete(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private string PathOf(string sha256) => Path.Combine(Root, sha256[..2], sha256);
}

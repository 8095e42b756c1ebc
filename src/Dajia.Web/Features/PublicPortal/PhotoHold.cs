using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Dajia.Web.Features.PublicPortal;

/// <summary>A photo held for a form: its name in the hold (to remove it by) and its thumbnail (shown inline, never by URL).</summary>
public sealed record HeldPhoto(string Name, byte[] Thumbnail);

/// <summary>
/// Photos a citizen attached to a report that came back with a mistake to fix, held in the file store under the form's
/// token (a random value only that page holds) until the report is sent, for at most <see cref="Lifetime"/>. The folder
/// is named by the token's hash, and nothing serves a held file by address: the page shows thumbnails inline and sends
/// the photos with the report, so no one without the token reaches them. They are already cleaned (re-encoded).
/// </summary>
public sealed partial class PhotoHold(Infrastructure.FileStore files)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    public const string Folder = "held";

    public static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static bool IsToken(string? token) => token is { Length: 32 } && token.All(char.IsAsciiHexDigitLower);

    public IReadOnlyList<HeldPhoto> List(string? token) =>
        Names(token).Select(n => new HeldPhoto(n, File.ReadAllBytes(PathOf(token!, n, thumbnail: true)))).ToList();

    public int Count(string? token) => Names(token).Count;

    /// <summary>The held photos as uploads again, in the order they were added, to be sent with the report.</summary>
    public IReadOnlyList<IFormFile> Open(string? token) => Names(token).Select(n =>
    {
        var bytes = File.ReadAllBytes(PathOf(token!, n, thumbnail: false));
        return (IFormFile)new FormFile(new MemoryStream(bytes), 0, bytes.Length, "photos", n + ".jpg")
        {
            Headers = new HeaderDictionary(), ContentType = Infrastructure.CleanImage.ContentType,
        };
    }).ToList();

    public async Task AddAsync(string? token, IEnumerable<Infrastructure.CleanImage> photos, CancellationToken ct)
    {
        if (!IsToken(token)) return;
        var dir = Directory.CreateDirectory(DirOf(token!)).FullName;
        foreach (var photo in photos)
        {
            var name = $"{DateTime.UtcNow.Ticks:D19}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}";
            await WriteAsync(Path.Combine(dir, name + ".thumb.jpg"), photo.Thumbnail, ct);
            // The full photo last: a name counts as held only once both files are in place.
            await WriteAsync(Path.Combine(dir, name + ".jpg"), photo.Full, ct);
        }
    }

    public void Remove(string? token, string? name)
    {
        if (!IsToken(token) || name is null || !Name().IsMatch(name)) return;
        File.Delete(PathOf(token!, name, thumbnail: false));
        File.Delete(PathOf(token!, name, thumbnail: true));
    }

    public void Clear(string? token)
    {
        if (IsToken(token) && Directory.Exists(DirOf(token!))) Directory.Delete(DirOf(token!), recursive: true);
    }

    /// <summary>Holds untouched for longer than <see cref="Lifetime"/> (file times are the file system's clock).</summary>
    public int RemoveExpired()
    {
        var root = Path.Combine(files.Root, Folder);
        if (!Directory.Exists(root)) return 0;
        var removed = 0;
        foreach (var dir in Directory.EnumerateDirectories(root).Where(Expired))
        {
            Directory.Delete(dir, recursive: true);
            removed++;
        }
        return removed;
    }

    private List<string> Names(string? token)
    {
        if (!IsToken(token) || !Directory.Exists(DirOf(token!))) return [];
        var dir = DirOf(token!);
        // Read as well as swept: a hold past its hour is gone even if the sweep has not come by yet.
        if (Expired(dir))
        {
            Directory.Delete(dir, recursive: true);
            return [];
        }
        return Directory.EnumerateFiles(dir, "*.jpg").Select(Path.GetFileName).OfType<string>()
            .Where(f => !f.EndsWith(".thumb.jpg", StringComparison.Ordinal)).Select(f => f[..^4]).Where(n => Name().IsMatch(n))
            .Order(StringComparer.Ordinal).ToList();
    }

    private static bool Expired(string dir)
    {
        var files = Directory.GetFiles(dir);
        var last = files.Length == 0 ? Directory.GetLastWriteTimeUtc(dir) : files.Max(File.GetLastWriteTimeUtc);
        return DateTime.UtcNow - last > Lifetime;
    }

    private static async Task WriteAsync(string path, byte[] content, CancellationToken ct)
    {
        var temp = path + ".part";
        await File.WriteAllBytesAsync(temp, content, ct);
        File.Move(temp, path, overwrite: true);
    }

    private string DirOf(string token) =>
        Path.Combine(files.Root, Folder, Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token))));

    private string PathOf(string token, string name, bool thumbnail) =>
        Path.Combine(DirOf(token), name + (thumbnail ? ".thumb.jpg" : ".jpg"));

    [GeneratedRegex("^[0-9]{19}-[0-9a-f]{6}$")]
    private static partial Regex Name();
}

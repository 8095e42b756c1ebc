using System.Security.Cryptography;

namespace Dajia.Web.Infrastructure.Keys;

/// <summary>
/// The key that encrypts the Data Protection key ring: 32 random bytes, base64, in a file outside the database.
/// Its id (the start of its SHA-256) is written next to each key it wraps, so the right one is picked and a missing
/// one is named.
/// </summary>
public sealed class KeyEncryptionKey
{
    public const int Size = 32;

    private KeyEncryptionKey(byte[] secret, string source)
    {
        Secret = secret;
        Source = source;
        Id = Convert.ToHexStringLower(SHA256.HashData(secret).AsSpan(0, 6));
    }

    public string Id { get; }

    public string Source { get; }

    internal byte[] Secret { get; }

    public static KeyEncryptionKey Read(string path)
    {
        if (!File.Exists(path))
            throw new InvalidOperationException($"The key-encryption key file {path} does not exist (Dajia:Keys:File).");
        byte[] secret;
        try
        {
            secret = Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"The key-encryption key file {path} is not base64.");
        }
        if (secret.Length != Size)
            throw new InvalidOperationException($"The key-encryption key file {path} must hold {Size} bytes, not {secret.Length}.");
        return new KeyEncryptionKey(secret, path);
    }

    /// <summary>Writes a new random key readable by its owner only (mode 0600 on Linux); refuses to overwrite one.</summary>
    public static void CreateFile(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder);
        else Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using var file = new StreamWriter(path, options);
        file.WriteLine(Convert.ToBase64String(RandomNumberGenerator.GetBytes(Size)));
    }
}

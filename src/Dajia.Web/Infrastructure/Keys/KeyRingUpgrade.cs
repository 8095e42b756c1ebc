using System.Xml.Linq;
using Dajia.Web.Data;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace Dajia.Web.Infrastructure.Keys;

/// <summary>
/// At start: wraps keys stored in clear (written before key-encryption keys existed) and keys wrapped with
/// Dajia:Keys:PreviousFile under the current key-encryption key, then makes a fresh key for new data.
/// </summary>
public static class KeyRingUpgrade
{
    private static readonly XNamespace Ns = "http://schemas.asp.net/2015/03/dataProtection";

    public static async Task RunAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var keys = services.GetRequiredService<KeyEncryptionKeys>();
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(KeyRingUpgrade));
        var db = services.GetRequiredService<AppDbContext>();
        var (clear, rewrapped) = (0, 0);
        foreach (var row in await db.DataProtectionKeys.ToListAsync(ct))
        {
            if (row.Xml is null) continue;
            var xml = XElement.Parse(row.Xml);
            var (c, r) = Rewrap(xml, keys, row.FriendlyName);
            if (c + r == 0) continue;
            row.Xml = xml.ToString(SaveOptions.DisableFormatting);
            (clear, rewrapped) = (clear + c, rewrapped + r);
        }
        if (clear + rewrapped == 0) return;
        await db.SaveChangesAsync(ct);
        // A key that sat in clear is readable in every backup made until now (and one wrapped with a retired
        // key-encryption key wherever that file went): data written from now on gets a key that never was.
        // Data Protection reads the real clock, not the app's TimeProvider.
        var now = DateTimeOffset.UtcNow;
        services.GetRequiredService<IKeyManager>().CreateNewKey(now, now.AddDays(90));
        if (clear > 0)
            log.LogWarning("Encrypted {Count} Data Protection keys that were stored in clear, and made a new key for new data. "
                + "Backups made before today still hold those keys in clear: "
                + "informant data written before today stays readable from them.", clear);
        if (rewrapped > 0)
            log.LogWarning("Re-encrypted {Count} Data Protection keys from the previous key-encryption key to {Id}, and made a new key. "
                + "Dajia:Keys:PreviousFile can now be removed.", rewrapped, keys.Current.Id);
    }

    private static (int Clear, int Rewrapped) Rewrap(XElement xml, KeyEncryptionKeys keys, string? name)
    {
        var (clear, rewrapped) = (0, 0);
        foreach (var secret in xml.Descendants().Where(e => (bool?)e.Attribute(Ns + "requiresEncryption") == true).ToList())
        {
            secret.ReplaceWith(Wrapped(AesGcmXmlDecryptor.Wrap(keys.Current, secret)));
            clear++;
        }
        foreach (var wrapper in xml.Descendants(Ns + "encryptedSecret").ToList())
        {
            var inner = wrapper.Elements().Single();
            if (inner.Name != AesGcmXmlDecryptor.ElementName) continue;
            var id = AesGcmXmlDecryptor.IdOf(inner);
            if (id == keys.Current.Id) continue;
            var kek = keys.Find(id) ?? throw new InvalidOperationException(
                $"Data Protection key {name} is encrypted with key-encryption key {id}, but Dajia:Keys:File is {keys.Current.Id}. "
                + "Restore the key file that was in use (see docs/backup.md), or set the old one as Dajia:Keys:PreviousFile.");
            wrapper.ReplaceWith(Wrapped(AesGcmXmlDecryptor.Wrap(keys.Current, AesGcmXmlDecryptor.Unwrap(kek, inner))));
            rewrapped++;
        }
        return (clear, rewrapped);
    }

    // The same envelope Data Protection writes around an encryptor's output, so it finds the decryptor by type name.
    private static XElement Wrapped(XElement encrypted) =>
        new(Ns + "encryptedSecret", new XAttribute("decryptorType", typeof(AesGcmXmlDecryptor).AssemblyQualifiedName!), encrypted);
}

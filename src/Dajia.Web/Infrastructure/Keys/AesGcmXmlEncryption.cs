using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Dajia.Web.Infrastructure.Keys;

/// <summary>Wraps a Data Protection key's secret with AES-256-GCM under the key-encryption key.</summary>
public sealed class AesGcmXmlEncryptor(KeyEncryptionKeys keys) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement) =>
        new(AesGcmXmlDecryptor.Wrap(keys.Current, plaintextElement), typeof(AesGcmXmlDecryptor));
}

/// <summary>
/// Made by Data Protection's activator by type name (written into each key's XML); it finds the key-encryption keys
/// in the application's services.
/// </summary>
public sealed class AesGcmXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public const string ElementName = "aesGcmEncryptedKey";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public XElement Decrypt(XElement encryptedElement)
    {
        var keys = services.GetService<KeyEncryptionKeys>()
            ?? throw new CryptographicException("No key-encryption key is configured (Dajia:Keys:File).");
        var id = IdOf(encryptedElement);
        var kek = keys.Find(id) ?? throw new CryptographicException(
            $"This Data Protection key was encrypted with key-encryption key {id}, which is not configured (Dajia:Keys:File).");
        return Unwrap(kek, encryptedElement);
    }

    public static string IdOf(XElement encryptedElement) =>
        (string?)encryptedElement.Attribute("kek") ?? throw new CryptographicException("The encrypted key names no key-encryption key.");

    internal static XElement Wrap(KeyEncryptionKey kek, XElement plaintext)
    {
        var clear = Encoding.UTF8.GetBytes(plaintext.ToString(SaveOptions.DisableFormatting));
        var sealedBytes = new byte[NonceSize + clear.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(kek.Secret, TagSize))
            aes.Encrypt(nonce, clear, sealedBytes.AsSpan(NonceSize, clear.Length), sealedBytes.AsSpan(NonceSize + clear.Length),
                Context(kek));
        CryptographicOperations.ZeroMemory(clear);
        return new XElement(ElementName, new XAttribute("kek", kek.Id),
            new XComment(" AES-256-GCM under the key-encryption key file (Dajia:Keys:File), not stored in the database "),
            new XElement("value", Convert.ToBase64String(sealedBytes)));
    }

    internal static XElement Unwrap(KeyEncryptionKey kek, XElement encrypted)
    {
        byte[] sealedBytes;
        try
        {
            sealedBytes = Convert.FromBase64String((string?)encrypted.Element("value") ?? "");
        }
        catch (FormatException e)
        {
            throw new CryptographicException("The encrypted key is not base64.", e);
        }
        if (sealedBytes.Length < NonceSize + TagSize) throw new CryptographicException("The encrypted key is too short.");
        var clear = new byte[sealedBytes.Length - NonceSize - TagSize];
        using (var aes = new AesGcm(kek.Secret, TagSize))
            aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, clear.Length),
                sealedBytes.AsSpan(NonceSize + clear.Length), clear, Context(kek));
        try
        {
            return XElement.Parse(Encoding.UTF8.GetString(clear));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(clear);
        }
    }

    // Binds the ciphertext to this use and this key id, so it cannot be passed off as anything else.
    private static byte[] Context(KeyEncryptionKey kek) => Encoding.ASCII.GetBytes("Dajia.KeyRing.v1:" + kek.Id);
}

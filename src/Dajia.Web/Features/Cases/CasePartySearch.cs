using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Dajia.Web.Infrastructure.Keys;
using Microsoft.AspNetCore.DataProtection;

namespace Dajia.Web.Features.Cases;

/// <summary>
/// A natural person's full name as an exact-match blind index: HMAC-SHA256 of the normalised name under a key derived
/// (HKDF) from the key-encryption key, which lives outside the database, so a copy of the database cannot test guessed
/// names. Only a whole name matches; ID numbers are never indexed. A new key-encryption key re-hashes the stored names on
/// start (<see cref="Data.CaseSearchUpgrade"/>), which is why <see cref="KeyId"/> is recorded.
/// </summary>
public sealed class CasePartySearch(KeyEncryptionKeys keys, IDataProtectionProvider protection)
{
    private static readonly byte[] Info = Encoding.UTF8.GetBytes("Dajia.Case.PartyName.Lookup");

    private readonly Lazy<byte[]> key = new(() => HKDF.DeriveKey(HashAlgorithmName.SHA256, keys.Current.Secret, 32, [], Info));

    /// <summary>The current key-encryption key's id as a number, for the upgrade's counter.</summary>
    public long KeyId => Convert.ToInt64(keys.Current.Id, 16);

    /// <summary>The lookup of a name as typed; null when nothing is left of it.</summary>
    public string? Lookup(string? name)
    {
        var normal = Normalize(name);
        if (normal.Length == 0) return null;
        return Base64Url.EncodeToString(HMACSHA256.HashData(key.Value, Encoding.UTF8.GetBytes(normal)).AsSpan(0, 16));
    }

    /// <summary>The lookup of a stored (encrypted) name; null when it cannot be read with this key ring.</summary>
    public string? LookupOfCipher(string? cipher)
    {
        if (cipher is null) return null;
        try
        {
            return Lookup(protection.CreateProtector(CaseForm.PartyPurpose).Unprotect(cipher));
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    // 王 小明, 王小明 and a full-width 王小明 are one name.
    private static string Normalize(string? name) =>
        new string((name ?? "").Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).ToArray()).ToLowerInvariant();
}

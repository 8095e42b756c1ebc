using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Dajia.Web.Features.Clues;

/// <summary>
/// Access keys are stored as "pbkdf2$iterations$salt$hash" (PBKDF2-SHA256, base64url, fits the 64-character
/// column): salted per report, so one guess tests one report,
/// and slowed so that guesses cost. Rows from before hold an unsalted SHA-256 in hex; they still verify and are
/// rewritten in the new form when their key is next used.
/// </summary>
public static class AccessKeyHash
{
    /// <summary>
    /// ≈ 0.35–0.6 ms on the 2-core reference machine (`bench accesskey`; 5,000 would be 1.7–3 ms). Intake hashes once per
    /// report and must take 2,000 reports/s on two cores, so more would cost the rush; 31⁸ guesses of one salted key still
    /// cost ≈ 10¹⁵ HMAC-SHA256 blocks. The key only shows a report's public status, which a database holder can read anyway.
    /// </summary>
    public const int Iterations = 1_000;

    private const string Prefix = "pbkdf2$";
    private const int SaltSize = 16;
    private const int HashSize = 16;

    // Checked against when the tracking code is unknown, so an unknown code takes as long to refuse as a wrong key.
    private static readonly string Decoy = Hash("DECOYKEY");

    public static string Hash(string accessKey)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltSize);
        var hash = Derive(accessKey, salt, Iterations);
        return $"{Prefix}{Iterations}${Base64Url.EncodeToString(salt)}${Base64Url.EncodeToString(hash)}";
    }

    /// <summary>Whether the key opens the report, and whether its stored hash is in an older form worth rewriting.</summary>
    public static (bool Matches, bool Outdated) Verify(string? accessKey, string? stored)
    {
        if (stored is null)
        {
            Verify(accessKey ?? "", Decoy);
            return (false, false);
        }
        if (accessKey is null) return (false, false);
        if (!stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            var legacy = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(accessKey))));
            var ok = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(legacy), Encoding.ASCII.GetBytes(stored));
            return (ok, ok);
        }
        var parts = stored[Prefix.Length..].Split('$');
        if (parts.Length != 3 || !int.TryParse(parts[0], out var iterations) || iterations is < 1 or > 10_000_000) return (false, false);
        byte[] salt, expected;
        try
        {
            (salt, expected) = (Base64Url.DecodeFromChars(parts[1]), Base64Url.DecodeFromChars(parts[2]));
        }
        catch (FormatException)
        {
            return (false, false);
        }
        var matches = CryptographicOperations.FixedTimeEquals(Derive(accessKey, salt, iterations, expected.Length), expected);
        return (matches, matches && iterations != Iterations);
    }

    private static byte[] Derive(string accessKey, byte[] salt, int iterations, int size = HashSize) =>
        Rfc2898DeriveBytes.Pbkdf2(Normalize(accessKey), salt, iterations, HashAlgorithmName.SHA256, size);

    // People type codes read aloud: case and stray spaces do not matter.
    private static string Normalize(string accessKey) => accessKey.Trim().ToUpperInvariant();
}

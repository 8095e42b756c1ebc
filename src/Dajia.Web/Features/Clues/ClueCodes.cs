using System.Security.Cryptography;

namespace Dajia.Web.Features.Clues;

/// <summary>What the public holds: a tracking code to say which report, an access key to prove it is theirs.</summary>
public static class ClueCodes
{
    // No 0/O, 1/I/L: people read these codes aloud on the phone.
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string TrackingCode() => "DJ" + Random(10);

    public static string AccessKey() => Random(8);

    private static string Random(int length) =>
        string.Create(length, 0, (span, _) =>
            { for (var i = 0; i < span.Length; i++) span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]; });
}

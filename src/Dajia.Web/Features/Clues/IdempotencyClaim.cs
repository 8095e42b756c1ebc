using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Dajia.Web.Features.Clues;

/// <summary>
/// What a report stores about its Idempotency-Key: a hash to find retries by, and a hash of the key with the whole
/// request (every field and every photo's bytes), so a retry of the same request gets the same receipt and anything
/// else sent under the key gets nothing. The sender's address is left out on purpose: a phone that retries after
/// moving from Wi-Fi to mobile data has a new one, and the body already stands for what only the sender knows.
/// </summary>
public sealed record IdempotencyClaim(string KeyHash, string RequestHash)
{
    public static async Task<IdempotencyClaim> ForAsync(
        string key, ClueIntakeInput input, IReadOnlyList<IFormFile> photos, CancellationToken ct)
    {
        using var request = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        request.AppendData(Encoding.UTF8.GetBytes($"Dajia.Idempotency.Request\n{key}\n"));
        request.AppendData(JsonSerializer.SerializeToUtf8Bytes(input));
        foreach (var photo in photos)
        {
            await using var bytes = photo.OpenReadStream();
            request.AppendData(Encoding.UTF8.GetBytes($"\n{photo.ContentType}\n"));
            request.AppendData(await SHA256.HashDataAsync(bytes, ct));
        }
        return new IdempotencyClaim(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"Dajia.Idempotency.Key\n{key}"))),
            Convert.ToHexStringLower(request.GetHashAndReset()));
    }

    /// <summary>Compares in constant time: the request hash is what decides whether a receipt is handed out.</summary>
    public bool SameRequest(string? storedRequestHash) =>
        storedRequestHash is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(RequestHash), Encoding.ASCII.GetBytes(storedRequestHash));

}

using System.Security.Cryptography;

namespace Dajia.Web.Domain;

/// <summary>
/// Version-7 ids that also sort in the order they were made within one millisecond (RFC 9562 §6.2, method 1: a
/// counter in rand_a). Lists ordered by time then id keep the order things happened, e.g. two files of one request;
/// <see cref="Guid.CreateVersion7()"/> alone orders those at random.
/// </summary>
public static class Ids
{
    private static readonly Lock Gate = new();
    private static long lastMs;
    private static int counter;

    public static Guid Next()
    {
        long ms;
        int seq;
        lock (Gate)
        {
            ms = Math.Max(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), lastMs);
            if (ms == lastMs && counter < 0xFFF) counter++;
            else
            {
                if (ms == lastMs) ms++;
                // Start low in the 12 bits, leaving room to count up within the millisecond.
                counter = RandomNumberGenerator.GetInt32(0, 0x800);
            }
            (lastMs, seq) = (ms, counter);
        }
        Span<byte> b = stackalloc byte[16];
        RandomNumberGenerator.Fill(b[8..]);
        for (var i = 0; i < 6; i++) b[i] = (byte)(ms >> (40 - 8 * i));
        b[6] = (byte)(0x70 | (seq >> 8));
        b[7] = (byte)seq;
        b[8] = (byte)(0x80 | (b[8] & 0x3F));
        return new Guid(b, bigEndian: true);
    }
}

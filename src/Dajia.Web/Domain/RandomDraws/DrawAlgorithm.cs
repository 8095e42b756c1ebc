using System.Security.Cryptography;
using System.Text;

namespace Dajia.Web.Domain.RandomDraws;

public sealed record DrawPick(Guid MarketEntityId, Guid FirstOfficerId, Guid SecondOfficerId);

/// <summary>
/// The draw itself, deterministic for a seed and two candidate lists, so anyone holding them can re-run it.
/// Lists are sorted first, so the order in which a database returns rows never matters. System.Random with a seed
/// uses the same algorithm on every .NET version, which is what makes a stored draw re-playable.
/// </summary>
public static class DrawAlgorithm
{
    public static IReadOnlyList<DrawPick> Run(int seed, IReadOnlyList<Guid> entities, IReadOnlyList<Guid> officers,
        IReadOnlySet<(Guid Officer, Guid Entity)> conflicts, int count)
    {
        var random = new Random(seed);
        var pool = Sorted(entities).ToArray();
        var staff = Sorted(officers).ToArray();
        count = Math.Min(count, pool.Length);
        // Partial Fisher–Yates: the first `count` places hold a uniform sample, in drawing order.
        for (var i = 0; i < count; i++)
        {
            var j = random.Next(i, pool.Length);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }
        var picks = new List<DrawPick>(count);
        for (var i = 0; i < count; i++)
        {
            var eligible = staff.Where(o => !conflicts.Contains((o, pool[i]))).ToArray();
            if (eligible.Length < 2) throw new DomainException("RandomDraw.NotEnoughOfficers");
            var a = random.Next(eligible.Length);
            var b = random.Next(eligible.Length - 1);
            if (b >= a) b++;
            picks.Add(new DrawPick(pool[i], eligible[a], eligible[b]));
        }
        return picks;
    }

    public static IEnumerable<Guid> Sorted(IEnumerable<Guid> ids) => ids.OrderBy(i => i.ToString("N"), StringComparer.Ordinal);

    /// <summary>SHA-256 over the sorted ids, one per line: what is published so the lists cannot be quietly changed.</summary>
    public static string Hash(IEnumerable<Guid> ids) => HashText(Serialize(ids));

    public static string Serialize(IEnumerable<Guid> ids) => string.Join('\n', Sorted(ids).Select(i => i.ToString("N")));

    public static IReadOnlyList<Guid> Parse(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();

    /// <summary>Declared conflicts as "officer:entity" lines, sorted, so the text and its hash do not depend on row order.</summary>
    public static string SerializeConflicts(IEnumerable<(Guid Officer, Guid Entity)> pairs) =>
        string.Join('\n', pairs.Select(p => $"{p.Officer:N}:{p.Entity:N}").Distinct().Order(StringComparer.Ordinal));

    public static HashSet<(Guid Officer, Guid Entity)> ParseConflicts(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(':') is [var o, var e]
            ? (Guid.Parse(o), Guid.Parse(e))
            : throw new FormatException("a conflict line is officer:entity")).ToHashSet();

    public static string HashConflicts(IEnumerable<(Guid Officer, Guid Entity)> pairs) => HashText(SerializeConflicts(pairs));

    private static string HashText(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(text)));
}

using System.Diagnostics;
using System.Security.Cryptography;
using Dajia.Web.Features.Clues;

/// <summary>What a PBKDF2-SHA256 access-key hash costs per iteration count: one per report at intake, one per lookup.</summary>
internal static class AccessKeyBench
{
    public static void Run()
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        foreach (var iterations in new[] { 1_000, 2_000, 5_000, 10_000, 20_000, 100_000 })
        {
            Rfc2898DeriveBytes.Pbkdf2("WARMUP23", salt, iterations, HashAlgorithmName.SHA256, 16);
            var times = new List<double>();
            for (var i = 0; i < 41; i++)
            {
                var sw = Stopwatch.StartNew();
                Rfc2898DeriveBytes.Pbkdf2("ABCD2345", salt, iterations, HashAlgorithmName.SHA256, 16);
                times.Add(sw.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            Console.WriteLine($"PBKDF2-SHA256 {iterations,7:N0} iterations: median {times[20]:F2} ms, p90 {times[36]:F2} ms");
        }
        var stored = AccessKeyHash.Hash("ABCD2345");
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 100; i++) AccessKeyHash.Verify("ABCD2345", stored);
        Console.WriteLine($"AccessKeyHash.Verify at {AccessKeyHash.Iterations:N0} iterations: {watch.Elapsed.TotalMilliseconds / 100:F2} ms each, one core");
    }
}

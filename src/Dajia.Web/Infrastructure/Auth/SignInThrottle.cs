using System.Collections.Concurrent;

namespace Dajia.Web.Infrastructure.Auth;

/// <summary>
/// Limits on signing in, checked by the sign-in page, the 2FA page, /api/auth/token and /api/auth/refresh themselves
/// (the page answers with itself, so this cannot be a rate-limiter policy whose rejection writes a bare 429).
/// <list type="bullet">
/// <item>Per client address (<see cref="RateLimits.ClientOf"/>): Dajia:Auth:SignInsPerMinute attempts a minute.</item>
/// <item>Per account name and client address: Dajia:Auth:FailuresPerAccount wrong passwords (or codes) in
/// Dajia:Auth:FailureWindowMinutes; then that address waits for the window to end.</item>
/// <item>Per account name from every address: Dajia:Auth:FailuresPerAccountAllClients failures in the window; then only
/// the addresses that already failed on that account wait. An address with no failure — the owner at the office —
/// still gets in, so an outsider cannot lock an account out, however many addresses they use.</item>
/// </list>
/// Names are counted whether the account exists or not, so the limits say nothing about which names exist. The counts
/// live in this process's memory: each app instance counts on its own.
/// </summary>
public sealed class SignInThrottle(TimeProvider time, IConfiguration config)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private DateTimeOffset _nextSweep;

    private int PerClient => config.GetValue("Dajia:Auth:SignInsPerMinute", 20);
    private int PerAccountFromClient => config.GetValue("Dajia:Auth:FailuresPerAccount", 5);
    private int PerAccount => config.GetValue("Dajia:Auth:FailuresPerAccountAllClients", 50);
    private TimeSpan FailureWindow => TimeSpan.FromMinutes(Math.Max(1, config.GetValue("Dajia:Auth:FailureWindowMinutes", 15)));

    /// <summary>Counts an attempt; returns how long to wait when it must not go ahead, null when it may.</summary>
    public TimeSpan? Enter(HttpContext ctx, string? account)
    {
        var now = time.GetUtcNow();
        Sweep(now);
        var client = RateLimits.ClientOf(ctx);
        var mine = _windows.GetOrAdd("c|" + client, _ => new Window());
        lock (mine)
        {
            mine.Roll(now, Minute);
            if (mine.Count >= PerClient) return mine.Ends - now;
            mine.Count++;
        }
        if (account is null) return null;
        var (fromHere, hereEnds) = Peek(AccountKey(account, client), now);
        if (fromHere >= PerAccountFromClient) return hereEnds - now;
        var (everywhere, ends) = Peek(AccountKey(account, null), now);
        return everywhere >= PerAccount && fromHere > 0 ? ends - now : null;
    }

    /// <summary>A wrong password or code for the account from this client.</summary>
    public void Failed(HttpContext ctx, string account)
    {
        var now = time.GetUtcNow();
        foreach (var key in new[] { AccountKey(account, RateLimits.ClientOf(ctx)), AccountKey(account, null) })
        {
            var w = _windows.GetOrAdd(key, _ => new Window());
            lock (w)
            {
                w.Roll(now, FailureWindow);
                w.Count++;
            }
        }
    }

    private (int Count, DateTimeOffset Ends) Peek(string key, DateTimeOffset now)
    {
        if (!_windows.TryGetValue(key, out var w)) return (0, now);
        lock (w)
        {
            w.Roll(now, FailureWindow);
            return (w.Count, w.Ends);
        }
    }

    private static string AccountKey(string account, string? client) =>
        $"a|{account.Trim().ToUpperInvariant()}|{client}";

    private void Sweep(DateTimeOffset now)
    {
        if (now < _nextSweep) return;
        _nextSweep = now + Minute;
        foreach (var (key, w) in _windows)
            if (w.Ends <= now) _windows.TryRemove(key, out _);
    }

    private sealed class Window
    {
        public int Count;
        public DateTimeOffset Ends;

        public void Roll(DateTimeOffset now, TimeSpan length)
        {
            if (now < Ends) return;
            Count = 0;
            Ends = now + length;
        }
    }
}

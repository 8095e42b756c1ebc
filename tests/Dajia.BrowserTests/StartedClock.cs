namespace Dajia.BrowserTests;

/// <summary>
/// The app's clock for browser tests: it starts at <see cref="Start"/>, a fixed working day inside the official holiday
/// data (which ends with 2026), and then runs with real time, so a page never depends on the day the tests run.
/// </summary>
public sealed class StartedClock : TimeProvider
{
    public static readonly DateTimeOffset Start = new(2026, 11, 18, 2, 0, 0, TimeSpan.Zero); // Wed 18 Nov 2026, 10:00 in China

    private readonly long _started = TimeProvider.System.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => Start + TimeProvider.System.GetElapsedTime(_started);
}

/// <summary>The browser tests' start, standing still: the demo template is seeded at it.</summary>
public sealed class FrozenClock : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => StartedClock.Start;
}

namespace Dajia.Web.Data;

/// <summary>
/// The embedded SQLite database runs in one process and takes one writer at a time. Busy writers otherwise retry on
/// the file lock with sleeps, which is what made the slowest public reports take hundreds of milliseconds; a queue in
/// memory hands the lock over at once. On PostgreSQL this is a no-op.
/// </summary>
public static class SqliteWriteGate
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<IDisposable> EnterAsync(AppDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite()) return Released.Instance;
        await Gate.WaitAsync(ct);
        return new Releaser();
    }

    private sealed class Releaser : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) Gate.Release();
        }
    }

    private sealed class Released : IDisposable
    {
        public static readonly Released Instance = new();

        public void Dispose() { }
    }
}

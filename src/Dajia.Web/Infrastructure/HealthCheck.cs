using System.Diagnostics;
using Dajia.Web.Data;

namespace Dajia.Web.Infrastructure;

/// <summary>
/// GET /healthz: "ok"; "degraded" when the database answers but cannot be written, or the file store cannot be
/// written (a full disk, a read-only mount); "unavailable" when the database does not answer. Anything but "ok" is a
/// 503, so a monitor that only looks at the status code notices. The write probes run at most every few seconds
/// whatever the request rate, so an anonymous caller cannot turn the endpoint into a stream of writes.
/// </summary>
public sealed class HealthCheck(FileStore files, ILogger<HealthCheck> log)
{
    private static readonly TimeSpan ProbeEvery = TimeSpan.FromSeconds(5);
    // Requests run at once on a singleton: the last probe is one immutable record, replaced whole.
    private sealed record Probe(long At, bool DatabaseWrite, bool FileStoreWrite);

    private volatile Probe? _last;

    public async Task<IResult> AnswerAsync(AppDbContext db, DatabaseInfo info, CancellationToken ct)
    {
        var read = await ProbeAsync("read", () => db.Database.SqlQuery<int>($"SELECT 1 AS \"Value\"").SingleAsync(ct), ct);
        var (write, store) = await WritesAsync(db, read, ct);
        var status = !read ? "unavailable" : write && store ? "ok" : "degraded";
        if (status != "ok")
            log.LogWarning("Health: {Status} (database read {Read}, write {Write}; file store write {Store})", status, read, write, store);
        return Results.Json(new
        {
            status,
            database = info.Provider.ToString(),
            checks = new { databaseRead = Word(read), databaseWrite = Word(write), fileStoreWrite = Word(store) },
        }, statusCode: status == "ok" ? 200 : 503);
    }

    private static string Word(bool ok) => ok ? "ok" : "failed";

    /// <summary>Throttled also while the database is down, when only the file store is probed.</summary>
    private async Task<(bool Database, bool FileStore)> WritesAsync(AppDbContext db, bool read, CancellationToken ct)
    {
        if (_last is { } last && Stopwatch.GetElapsedTime(last.At) < ProbeEvery)
            return (read && last.DatabaseWrite, last.FileStoreWrite);
        var database = read && await ProbeAsync("write", () => WriteAndRollBackAsync(db, ct), ct);
        var store = files.CanWrite();
        _last = new Probe(Stopwatch.GetTimestamp(), database, store);
        return (database, store);
    }

    /// <summary>A real write (a counter row of its own), rolled back: a read-only database or a refused lock fails it.</summary>
    private static async Task<int> WriteAndRollBackAsync(AppDbContext db, CancellationToken ct)
    {
        using var turn = await SqliteWriteGate.EnterAsync(db, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync("INSERT INTO \"Counters\" (\"Key\", \"Value\") VALUES ('healthz', 0) " +
            "ON CONFLICT (\"Key\") DO UPDATE SET \"Value\" = \"Counters\".\"Value\" + 1", ct);
        await tx.RollbackAsync(ct);
        return 1;
    }

    private async Task<bool> ProbeAsync(string what, Func<Task<int>> probe, CancellationToken ct)
    {
        try
        {
            return await probe() == 1;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException
            && !ct.IsCancellationRequested)
        {
            log.LogWarning(e, "Health check: the database {What} failed", what);
            return false;
        }
    }
}

/// <summary>Removes temporary upload files that a crash or a full disk left behind: at start, then every hour.</summary>
public sealed class FileStoreJanitor(FileStore files, Features.PublicPortal.PhotoHold held, ILogger<FileStoreJanitor> log)
    : BackgroundService
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
        {
            try
            {
                if (files.RemoveStaleTemporaryFiles(MaxAge) is > 0 and var n)
                    log.LogWarning("Removed {Count} stale temporary upload files", n);
                held.RemoveExpired();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                log.LogWarning(e, "Could not clean temporary upload files in {Root}", files.Root);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}

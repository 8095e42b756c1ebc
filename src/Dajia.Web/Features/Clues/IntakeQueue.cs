using System.Collections.Concurrent;
using Dajia.Web.Data;

namespace Dajia.Web.Features.Clues;

/// <summary>
/// Group commit for incoming clues. Every report joins one queue; whoever holds the write turn stores everything
/// queued so far in one transaction, and the others find theirs done when their turn comes. A lone report goes
/// straight through; under load a thousand small transactions a second become a few dozen larger ones, which is
/// what lets the single SQLite writer keep up with a rush of public reports.
/// </summary>
public sealed class IntakeQueue(ILogger<IntakeQueue> log)
{
    public const int MaxBatch = 200;

    private readonly ConcurrentQueue<Job> _queue = new();
    private readonly SemaphoreSlim _turn = new(1, 1);

    /// <summary>Stores the report (with any queued alongside it) using the caller's context. Once queued, a report is
    /// stored even if its sender goes away, so this takes no cancellation token. Null: its Idempotency-Key was used
    /// for another request.</summary>
    public async Task<StoredIntake?> StoreAsync(IntakeWriter writer, PendingIntake report)
    {
        var job = new Job(report);
        _queue.Enqueue(job);
        while (!job.Done.Task.IsCompleted)
        {
            await _turn.WaitAsync();
            try
            {
                if (!job.Done.Task.IsCompleted) await WriteAsync(writer, Drain());
            }
            finally
            {
                _turn.Release();
            }
        }
        return await job.Done.Task;
    }

    private List<Job> Drain()
    {
        var batch = new List<Job>();
        while (batch.Count < MaxBatch && _queue.TryDequeue(out var job)) batch.Add(job);
        return batch;
    }

    private async Task WriteAsync(IntakeWriter writer, List<Job> batch)
    {
        if (batch.Count == 0) return;
        try
        {
            Complete(batch, await writer.WriteAsync(batch.Select(j => j.Report).ToList()));
        }
        catch (Exception e) when (batch.Count > 1)
        {
            // One report that cannot be stored must not take the others down with it.
            log.LogWarning(e, "A batch of {Count} reports failed; storing them one at a time", batch.Count);
            foreach (var job in batch) await WriteAsync(writer, [job]);
        }
        catch (Exception e)
        {
            // Every job taken from the queue must end here, or its sender would wait for ever.
            foreach (var job in batch) job.Done.TrySetException(e);
        }
    }

    private static void Complete(List<Job> batch, IReadOnlyList<StoredIntake?> stored)
    {
        for (var i = 0; i < batch.Count; i++) batch[i].Done.TrySetResult(stored[i]);
    }

    private sealed class Job(PendingIntake report)
    {
        public PendingIntake Report { get; } = report;

        // Completing another sender's job must not run that request's code on the writer's thread.
        public TaskCompletionSource<StoredIntake?> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

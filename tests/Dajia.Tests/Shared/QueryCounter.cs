using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dajia.Tests.Shared;

/// <summary>
/// Counts the SQL commands one app's contexts execute, from EF Core's diagnostic events, filtered by the app's own
/// connection string (other test classes run their own apps on other databases at the same time).
/// </summary>
public sealed class QueryCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _connectionString;
    private readonly List<IDisposable> _subscriptions = [];
    private int _count;

    public QueryCounter(string connectionString)
    {
        _connectionString = connectionString;
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    public int Count => Volatile.Read(ref _count);

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name) _subscriptions.Add(listener.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> e)
    {
        if (e.Key == RelationalEventId.CommandExecuted.Name && e.Value is CommandExecutedEventData data
            && data.Context?.Database.GetConnectionString() == _connectionString)
            Interlocked.Increment(ref _count);
    }

    public void OnCompleted() { }

    public void OnError(Exception error) { }

    public void Dispose()
    {
        foreach (var s in _subscriptions) s.Dispose();
    }
}

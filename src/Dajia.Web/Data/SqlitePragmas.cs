using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dajia.Web.Data;

/// <summary>
/// With WAL, synchronous=NORMAL keeps the database consistent after a crash and only risks the last commits on a
/// power cut, while sparing an fsync per commit — what makes hundreds of public reports a second possible.
/// (Waiting for the write lock is Microsoft.Data.Sqlite's own busy retry, bounded by the command timeout.)
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken ct = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    // A pooled connection reuses its native handle, and the setting lives on the handle: set it once per handle.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> Done = new();

    private static void Apply(DbConnection connection)
    {
        if (connection is not Microsoft.Data.Sqlite.SqliteConnection { Handle: { } handle } || Done.TryGetValue(handle, out _)) return;
        Done.AddOrUpdate(handle, handle);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA synchronous=NORMAL;";
        cmd.ExecuteNonQuery();
    }
}

using Dajia.Web.Data;
using Dajia.Web.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Admin;

public sealed class WarmUpSqliteFactory : SqliteFactory
{
    protected override bool Demo => true;

    protected override bool WarmUp => true;
}

public sealed class WarmUpPostgresFactory : PostgresFactory
{
    protected override bool Demo => true;

    protected override bool WarmUp => true;
}

/// <summary>The start-up warm-up runs every step against the real database and leaves no trace (its timing is in bench/).</summary>
public abstract class WarmUpTests(DajiaFactory app)
{
    [Fact]
    public async Task Every_step_runs_and_nothing_is_written()
    {
        _ = app.Server; // starts the host, and with it the warm-up
        var warmUp = app.Services.GetRequiredService<WarmUp>();
        await warmUp.Completed.WaitAsync(TimeSpan.FromMinutes(2));
        Assert.Equal(0, warmUp.Failures);
        var traces = await app.InScopeAsync(sp =>
            sp.GetRequiredService<AppDbContext>().AuditEntries.CountAsync(a => a.UserName == "warm-up"));
        Assert.Equal(0, traces);
    }
}

[Collection("Sqlite")]
public sealed class WarmUpSqlite(WarmUpSqliteFactory f) : WarmUpTests(f), IClassFixture<WarmUpSqliteFactory>;

[Collection("Postgres")]
public sealed class WarmUpPostgres(WarmUpPostgresFactory f) : WarmUpTests(f), IClassFixture<WarmUpPostgresFactory>;

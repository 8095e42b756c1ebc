using Dajia.Web.Data;
using Dajia.Web.Domain.Reporting;
using Dajia.Web.Domain.Rounds;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dajia.Tests.Rounds;

/// <summary>A database from before the shared snapshot shape keeps every report snapshot as it was submitted.</summary>
public sealed class RoundSnapshotUpgradeTests
{
    /// <summary>The last migration before report snapshots took the shared shape (a channel).</summary>
    private const string Before = "AnnualReporting";

    [Fact]
    public async Task Report_snapshots_from_before_keep_their_figures_and_count_as_sent_online()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connection).Options;
        var id = Guid.CreateVersion7();
        const string figures = """{"numbers":{"actions":3}}""";
        await using (var db = new SqliteAppDbContext(options))
        {
            await db.GetService<IMigrator>().MigrateAsync(Before);
            // The snapshot alone is what this test follows; its submission, round, form and unit rows are not needed.
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF");
            await db.Database.ExecuteSqlAsync($$"""
                INSERT INTO "ReportSnapshot" ("Id", "SubmissionId", "Number", "SubmittedAt", "SubmittedById", "SubmittedByAccount",
                    "SubmittedByName", "Values", "Prefilled") VALUES ({{id}}, {{Guid.CreateVersion7()}}, 1, 0, NULL, 'liaison.scjg', '张三',
                    {{figures}}, '{}')
                """);
            await db.Database.MigrateAsync();
        }
        await using (var db = new SqliteAppDbContext(options))
        {
            var kept = await db.Set<ReportSnapshot>().SingleAsync(s => s.Id == id);
            Assert.Equal((figures, SubmissionChannel.Online, 1, "张三 (liaison.scjg)"),
                (kept.Content, kept.Channel, kept.Number, kept.By.Signature));
            Assert.Equal(figures, kept.Values);
        }
    }
}

using Dajia.Web.Data;
using Dajia.Web.Domain.Cases;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace Dajia.Tests.Cases;

/// <summary>
/// A database from before notices were kept one by one: each case's notice (its columns on the case) becomes its notice 1
/// with the 告字 number its one PenaltyNotice document had, and what the party said to it; that document row goes.
/// </summary>
public sealed class CaseNoticeUpgradeTests
{
    /// <summary>The last migration before notices were kept as records.</summary>
    private const string Before = "CaseNoticeSearch";

    private static readonly DateTimeOffset Notified = new(2022, 3, 14, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Sqlite_cases_notice_becomes_notice_one_with_its_number()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connection).Options;
        await UpgradeAsync(() => new SqliteAppDbContext(options), "PRAGMA foreign_keys = OFF", Notified.UtcTicks);
        // The columns went in place: a rebuilt Cases would have lost the triggers that keep its full-text index.
        await using var triggers = connection.CreateCommand();
        triggers.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'Cases_search_%'";
        Assert.Equal(3L, await triggers.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Postgres_cases_notice_becomes_notice_one_with_its_number()
    {
        var database = "dajia_notice_upgrade_" + Guid.NewGuid().ToString("N")[..12];
        var server = new NpgsqlConnectionStringBuilder(PostgresFactory.ServerConnection) { Database = "postgres" }.ConnectionString;
        await ExecuteAsync(server, $"CREATE DATABASE \"{database}\"");
        try
        {
            await using var connection = new NpgsqlConnection(
                new NpgsqlConnectionStringBuilder(PostgresFactory.ServerConnection) { Database = database }.ConnectionString);
            await connection.OpenAsync();
            var options = new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connection).Options;
            await UpgradeAsync(() => new PostgresAppDbContext(options), "SET session_replication_role = replica", Notified);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string connection, string sql)
    {
        await using var conn = new NpgsqlConnection(connection);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task UpgradeAsync(Func<AppDbContext> open, string noForeignKeys, object at)
    {
        var (notified, silent, unit) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        await using (var db = open())
        {
            await db.GetService<IMigrator>().MigrateAsync(Before);
            // The cases alone are what this test follows: their town, unit and officers are not needed.
            await db.Database.ExecuteSqlRawAsync(noForeignKeys);
            foreach (var (id, n) in new[] { (notified, 1), (silent, 2) })
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO "Cases" ("Id", "Number", "Title", "HandlingUnitId", "JurisdictionId", "Source", "PartyKind", "PartyText",
                        "ViolationType", "Facts", "CaseValue", "GoodsValue", "DensDestroyed", "PersonsDetained", "Status", "OpenedAt",
                        "OpenedOn", "Penalties", "SearchText", "Version", "NoticeHearingRight")
                    VALUES ({id}, {"AJ-2022-000" + n}, '销售假冒牛仔裤案', {unit}, {Guid.CreateVersion7()}, 'Direct', 'Entity', '某摊',
                        'SellingCounterfeitGoods', '当事人销售假冒牛仔裤', 12000, 36000, 0, 0, 'Investigating', {at},
                        {new DateOnly(2022, 3, 10)}, 'None', '', 1, FALSE)
                    """);
            await db.Database.ExecuteSqlAsync($"""
                UPDATE "Cases" SET "NoticeServedOn" = {new DateOnly(2022, 3, 14)}, "NoticePenalties" = 'Warning, Fine',
                    "NoticeFine" = 3000, "NoticeHearingRight" = TRUE, "NoticeText" = '拟罚款三千元', "StatementKind" = 'Statement',
                    "StatementReceivedOn" = {new DateOnly(2022, 3, 15)}, "StatementText" = '初次违法', "StatementAdopted" = FALSE,
                    "StatementReason" = '证据确凿'
                WHERE "Id" = {notified}
                """);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "CaseEvents" ("Id", "CaseId", "Sequence", "Kind", "At", "By", "Note")
                VALUES ({Guid.CreateVersion7()}, {notified}, 2, 'Notified', {at}, 'liaison.scjg', '2022-03-14 拟罚款三千元')
                """);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "CaseDocuments" ("Id", "CaseId", "Kind", "UnitId", "Year", "Sequence", "Number", "IssuedAt", "IssuedBy")
                VALUES ({Guid.CreateVersion7()}, {notified}, 'PenaltyNotice', {unit}, 2022, 7, '中市监大涌告字〔2022〕7号', {at}, 'liaison.scjg')
                """);
            await db.Database.MigrateAsync();
        }
        await using (var db = open())
        {
            var n = await db.Set<PenaltyNoticeRecord>().AsNoTracking().SingleAsync(x => x.CaseId == notified);
            Assert.Equal((1, new DateOnly(2022, 3, 14), Penalties.Warning | Penalties.Fine, 3000m, true, "拟罚款三千元"),
                (n.Ordinal, n.ServedOn, n.Penalties, n.Fine, n.HearingRight, n.Text));
            Assert.Equal(("中市监大涌告字〔2022〕7号", 7, 2022, unit), (n.Number, n.Sequence, n.Year, n.UnitId));
            Assert.Equal((Notified, "liaison.scjg"), (n.IssuedAt, n.IssuedBy));
            Assert.Equal((CaseStatementKind.Statement, new DateOnly(2022, 3, 15), "初次违法", false, "证据确凿"),
                (n.StatementKind, n.StatementReceivedOn, n.StatementText, n.StatementAdopted, n.StatementReason));
            Assert.False(await db.Set<PenaltyNoticeRecord>().AnyAsync(x => x.CaseId == silent));
            Assert.False(await db.CaseDocuments.AnyAsync(d => d.Kind == CaseDocumentKind.PenaltyNotice));
        }
    }
}

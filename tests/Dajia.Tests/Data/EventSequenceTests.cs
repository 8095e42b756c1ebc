using Dajia.Web.Data;
using Dajia.Web.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Data;

/// <summary>
/// History numbers are unique per owner, and the migration's renumbering (run before the index) puts repeated numbers
/// of an old database in (At, Id) order and leaves the other owners' lines alone.
/// </summary>
public abstract class EventSequenceTests(DajiaFactory app)
{
    [Fact]
    public async Task Repeated_numbers_are_renumbered_by_time_then_id_and_other_owners_are_left_alone()
    {
        var table = "SeqTest" + Guid.NewGuid().ToString("N")[..12];
        // (Id, owner, Sequence, At): owner a has two lines 2 and a line 1 written after them; owner b has a gap, kept.
        // The table's name is ours, not input: the statements are built before they are sent.
        var create = $"""
            CREATE TABLE "{table}" ("Id" VARCHAR(8) PRIMARY KEY, "OwnerId" VARCHAR(8) NOT NULL, "Sequence" INTEGER NOT NULL,
                "At" BIGINT NOT NULL)
            """;
        var insert = $"""
            INSERT INTO "{table}" ("Id", "OwnerId", "Sequence", "At") VALUES
            ('a1', 'a', 1, 100), ('a2', 'a', 2, 200), ('a3', 'a', 2, 300), ('a4', 'a', 1, 400), ('a5', 'a', 3, 300),
            ('b1', 'b', 1, 100), ('b2', 'b', 5, 200)
            """;
        var (select, drop) = ($"""SELECT "Id", "Sequence" FROM "{table}" ORDER BY "Id" """, $"""DROP TABLE "{table}" """);
        var rows = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            await db.Database.ExecuteSqlRawAsync(create);
            try
            {
                await db.Database.ExecuteSqlRawAsync(insert);
                Assert.Equal(5, await db.Database.ExecuteSqlRawAsync(EventSequences.Renumber(table, "OwnerId")));
                return await db.Database.SqlQueryRaw<Row>(select).ToListAsync();
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync(drop);
            }
        });
        // a: 100 a1, 200 a2, 300 a3 then a5 (same time: by id), 400 a4.
        Assert.Equal(
            [new("a1", 1), new("a2", 2), new("a3", 3), new("a4", 5), new("a5", 4), new("b1", 1), new("b2", 5)], rows);
    }

    [Fact]
    public async Task A_second_line_with_a_cases_number_is_refused_by_the_database()
    {
        var t = await Cases.CaseTown.CreateAsync(app, new(2017, 3, 1, 2, 0, 0, TimeSpan.Zero));
        var id = (await t.OpenAsync(t.Staff)).GetProperty("id").GetGuid();
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            db.Add(new CaseEvent(id, 1, CaseEventKind.Edited, DateTimeOffset.UtcNow, "test", null));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            return 0;
        });
    }

    public sealed record Row(string Id, int Sequence);
}

[Collection("Sqlite")]
public sealed class EventSequenceSqlite(SqliteFactory f) : EventSequenceTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class EventSequencePostgres(PostgresFactory f) : EventSequenceTests(f.WithClockReset());

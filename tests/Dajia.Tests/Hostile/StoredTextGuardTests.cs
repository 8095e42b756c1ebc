using System.Runtime.CompilerServices;
using Dajia.Web.Data;
using Dajia.Web.Infrastructure.Input;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Hostile;

/// <summary>
/// Walks the EF model: every text column with a length (PostgreSQL enforces it, SQLite does not) and every text column
/// at all (PostgreSQL refuses a NUL, SQLite stores it) is checked before the database sees it, so the two answer alike.
/// </summary>
public abstract class StoredTextGuardTests(DajiaFactory app)
{
    [Fact]
    public async Task Every_length_limited_column_refuses_one_character_too_many_and_takes_its_length_in_four_byte_characters()
    {
        var checkedColumns = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var n = 0;
            foreach (var type in db.Model.GetEntityTypes().Where(t => !t.IsOwned() && t.ClrType != typeof(Dictionary<string, object>)))
                foreach (var property in Texts(type).Where(p => p.GetMaxLength() is not null))
                {
                    var max = property.GetMaxLength()!.Value;
                    Assert.IsType<InputRefusedException>(Save(db, type, property, new string('x', max + 1)), exactMatch: true);
                    // 𠮷 is two UTF-16 units but one character to PostgreSQL's varchar(n): max of them fit.
                    Assert.Null(Save(db, type, property, string.Concat(Enumerable.Repeat("𠮷", max))));
                    n++;
                }
            await Task.CompletedTask;
            return n;
        });
        Assert.True(checkedColumns > 100, $"only {checkedColumns} length-limited columns found");
    }

    [Fact]
    public async Task Every_text_column_refuses_a_nul()
    {
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            foreach (var type in db.Model.GetEntityTypes().Where(t => !t.IsOwned() && t.ClrType != typeof(Dictionary<string, object>)))
                foreach (var property in Texts(type))
                    Assert.IsType<InputRefusedException>(Save(db, type, property, "a\0b"), exactMatch: true);
            await Task.CompletedTask;
            return 0;
        });
    }

    private static IEnumerable<IProperty> Texts(IEntityType type) =>
        type.GetProperties().Concat(type.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties()))
            .Where(p => p.ClrType == typeof(string));

    /// <summary>An instance of the entity with the one text set, added and checked; the exception the check threw, if any.</summary>
    private static Exception? Save(AppDbContext db, IEntityType type, IProperty property, string text)
    {
        db.ChangeTracker.Clear();
        var entity = RuntimeHelpers.GetUninitializedObject(type.ClrType);
        var entry = db.Entry(entity);
        // A detached entry takes values; a key must be set before the entity is tracked.
        foreach (var key in type.FindPrimaryKey()!.Properties.Where(k => k.ClrType == typeof(string) || k.ClrType == typeof(Guid)))
            entry.Property(key).CurrentValue = key.ClrType == typeof(Guid) ? Guid.NewGuid() : "key";
        if (property.DeclaringType is IComplexType { ComplexProperty: var complex })
        {
            entry.ComplexProperty(complex).CurrentValue = RuntimeHelpers.GetUninitializedObject(complex.ClrType);
            entry.ComplexProperty(complex).Property(property).CurrentValue = text;
        }
        else entry.Property(property).CurrentValue = text;
        entry.State = EntityState.Added;
        try
        {
            StoredTextGuard.Check(db);
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}

[Collection("Sqlite")]
public sealed class StoredTextGuardSqlite(SqliteFactory f) : StoredTextGuardTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class StoredTextGuardPostgres(PostgresFactory f) : StoredTextGuardTests(f.WithClockReset());

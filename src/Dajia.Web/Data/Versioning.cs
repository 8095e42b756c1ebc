using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dajia.Web.Data;

/// <summary>
/// Bumps <see cref="AggregateRoot.Version"/> of every aggregate that is saved changed — also when only one of its parts
/// changed (an event added to a clue, a pause to a deadline), so that the root row is always written and its version
/// compared. A counter rather than PostgreSQL's xmin: xmin moves only when the root row itself is written, and one
/// column gives the same ETag on both databases.
/// </summary>
public static class Versioning
{
    public static void Bump(DbContext context)
    {
        context.ChangeTracker.DetectChanges();
        var roots = context.ChangeTracker.Entries<AggregateRoot>().ToDictionary(e => (e.Metadata.ClrType, e.Entity.Id));
        var changed = new HashSet<EntityEntry<AggregateRoot>>();
        foreach (var e in context.ChangeTracker.Entries())
        {
            if (e.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            if (e.Entity is AggregateRoot)
            {
                if (e.State == EntityState.Modified) changed.Add(roots[(e.Metadata.ClrType, ((AggregateRoot)e.Entity).Id)]);
                continue;
            }
            // A part (event, pause, liaison record) belongs to the root whose navigation holds it.
            foreach (var fk in e.Metadata.GetForeignKeys().Where(f => f.PrincipalToDependent is not null))
            {
                var owner = e.Property(fk.Properties[0].Name);
                var id = (e.State == EntityState.Deleted ? owner.OriginalValue : owner.CurrentValue) as Guid?;
                if (id is { } g && roots.TryGetValue((fk.PrincipalEntityType.ClrType, g), out var root)) changed.Add(root);
            }
        }
        foreach (var root in changed.Where(r => r.State is EntityState.Modified or EntityState.Unchanged))
        {
            var version = root.Property(r => r.Version);
            version.CurrentValue = version.OriginalValue + 1;
        }
    }

    /// <summary>
    /// The changed roots that get a part under a unique index on its owner (a transfer's numbered step). EF writes a save's
    /// commands table by table and may insert the part before it updates the root, so of two saves of the same root at
    /// once the second failed on that index (a 500) instead of on the version; <see cref="ClaimAsync"/> checks them first.
    /// </summary>
    public static List<EntityEntry<AggregateRoot>> Contended(DbContext context)
    {
        var roots = context.ChangeTracker.Entries<AggregateRoot>().Where(r => r.State == EntityState.Modified)
            .ToDictionary(e => (e.Metadata.ClrType, e.Entity.Id));
        var contended = new HashSet<EntityEntry<AggregateRoot>>();
        foreach (var e in context.ChangeTracker.Entries().Where(e => e.State == EntityState.Added && e.Entity is not AggregateRoot))
        {
            foreach (var fk in e.Metadata.GetForeignKeys().Where(f => f.PrincipalToDependent is not null))
            {
                var keyed = e.Metadata.GetIndexes().Any(i => i.IsUnique && i.Properties.Contains(fk.Properties[0]));
                if (keyed && e.Property(fk.Properties[0].Name).CurrentValue is Guid g
                    && roots.TryGetValue((fk.PrincipalEntityType.ClrType, g), out var root)) contended.Add(root);
            }
        }
        return [.. contended];
    }

    /// <summary>
    /// Writes each root's new version by itself, inside the save's transaction and before its other commands: the loser of
    /// a race then fails here, as a concurrency conflict, before any of its parts is written.
    /// </summary>
    public static async Task ClaimAsync(DbContext context, List<EntityEntry<AggregateRoot>> roots, CancellationToken ct)
    {
        foreach (var root in roots)
            Claimed(root, await context.Database.ExecuteSqlRawAsync(ClaimSql(context, root), ClaimArgs(root), ct));
    }

    public static void Claim(DbContext context, List<EntityEntry<AggregateRoot>> roots)
    {
        foreach (var root in roots) Claimed(root, context.Database.ExecuteSqlRaw(ClaimSql(context, root), ClaimArgs(root)));
    }

    private static string ClaimSql(DbContext context, EntityEntry<AggregateRoot> root)
    {
        var sql = context.GetService<ISqlGenerationHelper>();
        var store = StoreObjectIdentifier.Table(root.Metadata.GetTableName()!, root.Metadata.GetSchema());
        var table = sql.DelimitIdentifier(store.Name, store.Schema);
        string Column(string p) => sql.DelimitIdentifier(root.Metadata.FindProperty(p)!.GetColumnName(store)!);
        var (version, id) = (Column(nameof(AggregateRoot.Version)), Column(nameof(Entity.Id)));
        return $"UPDATE {table} SET {version} = {{0}} WHERE {id} = {{1}} AND {version} = {{2}}";
    }

    private static object[] ClaimArgs(EntityEntry<AggregateRoot> root)
    {
        var version = root.Property(r => r.Version);
        return [version.CurrentValue, root.Entity.Id, version.OriginalValue];
    }

    private static void Claimed(EntityEntry<AggregateRoot> root, int rows)
    {
        if (rows == 0) throw new DbUpdateConcurrencyException("Versioning.Claim: " + root.Metadata.Name);
        // EF's own UPDATE of the root now finds the version just written.
        var version = root.Property(r => r.Version);
        version.OriginalValue = version.CurrentValue;
    }
}

public static class Saving
{
    /// <summary>
    /// Saves, or answers false when someone else saved one of these records first; nothing is then stored and the
    /// context forgets what it tracked, so the caller can only report the conflict.
    /// </summary>
    public static async Task<bool> TrySaveAsync(this AppDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}

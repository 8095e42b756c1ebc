using Microsoft.EntityFrameworkCore.ChangeTracking;

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

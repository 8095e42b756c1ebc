using System.Collections.Concurrent;
using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.Units;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Dajia.Web.Data;

/// <summary>
/// The jurisdiction path an audited row belongs to, so that its entry is read where the record lives rather than
/// where the actor sits: the row's own JurisdictionId, else its unit's, else (Identity's rows) its user's.
/// </summary>
internal static class AuditScopes
{
    // A jurisdiction's path and a unit's jurisdiction never change, so they are remembered for the process's life.
    private static readonly ConcurrentDictionary<Guid, string> Paths = new();
    private static readonly ConcurrentDictionary<Guid, Guid> UnitJurisdictions = new();

    private enum Via { Jurisdiction, Unit, User }

    /// <summary>Paths for the rows that have one; rows without a jurisdiction are left out.</summary>
    public static async ValueTask<Dictionary<EntityEntry, string>> ResolveAsync(
        DbContext db, IReadOnlyList<EntityEntry> entries, bool async, CancellationToken ct)
    {
        var result = new Dictionary<EntityEntry, string>();
        var pending = new List<(EntityEntry Entry, Via Via, Guid Id)>();
        foreach (var e in entries)
        {
            if (e.Entity is Jurisdiction j) result[e] = Paths[j.Id] = j.Path;
            else if (Key(e, "JurisdictionId") is { } jid) pending.Add((e, Via.Jurisdiction, jid));
            else if (Key(e, "UnitId") is { } uid) pending.Add((e, Via.Unit, uid));
            else if (e.Metadata.ClrType.Namespace == typeof(IdentityUserRole<>).Namespace && Key(e, "UserId") is { } user)
                pending.Add((e, Via.User, user));
        }
        if (pending.Count == 0) return result;

        var users = await UserJurisdictionsAsync(db, pending.Where(p => p.Via == Via.User).Select(p => p.Id), async, ct);
        await UnitJurisdictionsAsync(db, pending.Where(p => p.Via == Via.Unit).Select(p => p.Id), async, ct);
        var jurisdictionOf = pending.Select(p => (p.Entry, Id: p.Via switch
        {
            Via.Jurisdiction => p.Id,
            Via.Unit => UnitJurisdictions.GetValueOrDefault(p.Id),
            _ => users.GetValueOrDefault(p.Id),
        })).ToList();
        await PathsAsync(db, jurisdictionOf.Select(x => x.Id), async, ct);
        foreach (var (entry, id) in jurisdictionOf)
            if (Paths.TryGetValue(id, out var path)) result[entry] = path;
        return result;
    }

    private static Guid? Key(EntityEntry e, string name)
    {
        if (e.Metadata.FindProperty(name) is null) return null;
        var p = e.Property(name);
        return (e.State == EntityState.Deleted ? p.OriginalValue : p.CurrentValue) as Guid?;
    }

    private static async ValueTask<Dictionary<Guid, Guid>> UserJurisdictionsAsync(DbContext db, IEnumerable<Guid> ids, bool async,
        CancellationToken ct)
    {
        var wanted = ids.ToHashSet();
        if (wanted.Count == 0) return [];
        // Users do move, so they are never remembered; the tracked row is the newest word on where a user is.
        var found = db.ChangeTracker.Entries<AppUser>().Where(u => wanted.Contains(u.Entity.Id))
            .ToDictionary(u => u.Entity.Id, u => u.Entity.JurisdictionId);
        var missing = wanted.Except(found.Keys).ToList();
        if (missing.Count > 0)
            foreach (var u in await ListAsync(
                db.Set<AppUser>().Where(u => missing.Contains(u.Id)).Select(u => new { u.Id, u.JurisdictionId }), async, ct))
                found[u.Id] = u.JurisdictionId;
        return found;
    }

    private static async ValueTask UnitJurisdictionsAsync(DbContext db, IEnumerable<Guid> ids, bool async, CancellationToken ct)
    {
        var missing = ids.Where(id => !UnitJurisdictions.ContainsKey(id)).ToHashSet();
        if (missing.Count == 0) return;
        foreach (var u in db.ChangeTracker.Entries<Unit>().Where(u => missing.Remove(u.Entity.Id)))
            UnitJurisdictions[u.Entity.Id] = u.Entity.JurisdictionId;
        if (missing.Count == 0) return;
        foreach (var u in await ListAsync(db.Set<Unit>().Where(u => missing.Contains(u.Id)).Select(u => new { u.Id, u.JurisdictionId }),
            async, ct))
            UnitJurisdictions[u.Id] = u.JurisdictionId;
    }

    private static async ValueTask PathsAsync(DbContext db, IEnumerable<Guid> ids, bool async, CancellationToken ct)
    {
        var missing = ids.Where(id => id != Guid.Empty && !Paths.ContainsKey(id)).ToHashSet();
        if (missing.Count == 0) return;
        foreach (var j in db.ChangeTracker.Entries<Jurisdiction>().Where(j => missing.Remove(j.Entity.Id)))
            Paths[j.Entity.Id] = j.Entity.Path;
        if (missing.Count == 0) return;
        foreach (var j in await ListAsync(db.Set<Jurisdiction>().Where(j => missing.Contains(j.Id)).Select(j => new { j.Id, j.Path }),
            async, ct))
            Paths[j.Id] = j.Path;
    }

    private static async ValueTask<List<T>> ListAsync<T>(IQueryable<T> query, bool async, CancellationToken ct) =>
        async ? await query.ToListAsync(ct) : query.ToList();
}

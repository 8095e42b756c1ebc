using Dajia.Web.Data;

namespace Dajia.Web.Infrastructure.Auth.Sessions;

/// <summary>Starts, checks, rotates and ends <see cref="UserSession"/>s. Checks read one row; writes are single updates.</summary>
public sealed class SessionStore(AppDbContext db, TimeProvider time, IConfiguration config)
{
    /// <summary>A session's last-seen time is written at most this often, so a busy user does not write on every request.</summary>
    public static readonly TimeSpan TouchEvery = TimeSpan.FromMinutes(1);

    private static readonly TimeSpan KeepEnded = TimeSpan.FromDays(30);

    public TimeSpan Idle => TimeSpan.FromMinutes(Math.Max(1, config.GetValue("Dajia:Auth:IdleMinutes", 30)));

    private DbSet<UserSession> Sessions => db.Set<UserSession>();

    public async Task<UserSession> StartAsync(Guid userId, SessionKind kind, string client, CancellationToken ct = default)
    {
        var session = UserSession.Start(userId, kind, time.GetUtcNow(), client);
        // Ended sessions are kept a while to answer "was this token ever good", then dropped.
        var old = session.CreatedAt - KeepEnded;
        await Sessions.Where(x => x.UserId == userId && (x.RevokedAt < old || x.LastSeenAt < old)).ExecuteDeleteAsync(ct);
        Sessions.Add(session);
        await db.SaveChangesAsync(ct);
        db.Entry(session).State = EntityState.Detached;
        return session;
    }

    /// <summary>Whether the session is the user's and still live; an idle one is revoked on the way.</summary>
    public async Task<bool> CheckAsync(Guid id, Guid userId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var s = await Sessions.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.UserId, x.RevokedAt, x.LastSeenAt }).FirstOrDefaultAsync(ct);
        if (s is null || s.UserId != userId || s.RevokedAt is not null) return false;
        if (now - s.LastSeenAt > Idle)
        {
            await RevokeAsync(id, ct);
            return false;
        }
        if (now - s.LastSeenAt >= TouchEvery)
            await Sessions.Where(x => x.Id == id && x.RevokedAt == null).ExecuteUpdateAsync(u => u.SetProperty(x => x.LastSeenAt, now), ct);
        return true;
    }

    /// <summary>
    /// Replaces the session's refresh id when <paramref name="presented"/> is the current one and returns the new one.
    /// A refresh token that was already used means someone holds a copy: the whole session ends, and the answer is null.
    /// </summary>
    public async Task<Guid?> RotateAsync(Guid id, Guid userId, Guid presented, CancellationToken ct = default)
    {
        if (!await CheckAsync(id, userId, ct)) return null;
        var next = Guid.NewGuid();
        var now = time.GetUtcNow();
        var rotated = await Sessions.Where(x => x.Id == id && x.RevokedAt == null && x.RefreshId == presented)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.RefreshId, next).SetProperty(x => x.LastSeenAt, now), ct);
        if (rotated == 1) return next;
        await RevokeAsync(id, ct);
        return null;
    }

    public Task<int> RevokeAsync(Guid id, CancellationToken ct = default) => Revoke(Sessions.Where(x => x.Id == id), ct);

    /// <summary>Ends every session of the user (disabled, password reset), or every one but the caller's own.</summary>
    public Task<int> RevokeAllAsync(Guid userId, Guid? except = null, CancellationToken ct = default) =>
        Revoke(Sessions.Where(x => x.UserId == userId && x.Id != except), ct);

    public async Task<IReadOnlyList<UserSession>> LiveAsync(Guid userId, CancellationToken ct = default)
    {
        var since = time.GetUtcNow() - Idle;
        return await Sessions.AsNoTracking().Where(x => x.UserId == userId && x.RevokedAt == null && x.LastSeenAt >= since)
            .OrderByDescending(x => x.LastSeenAt).ToListAsync(ct);
    }

    private Task<int> Revoke(IQueryable<UserSession> which, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return which.Where(x => x.RevokedAt == null).ExecuteUpdateAsync(u => u.SetProperty(x => x.RevokedAt, now), ct);
    }
}

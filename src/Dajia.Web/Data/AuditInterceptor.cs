using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dajia.Web.Data;

/// <summary>Writes an <see cref="AuditEntry"/> for every added, changed or deleted row, in the same transaction.</summary>
public sealed class AuditInterceptor(IHttpContextAccessor http, TimeProvider time) : SaveChangesInterceptor
{
    private static readonly HashSet<string> Redacted =
        ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "Xml", "AccessKeyHash", "IdempotencyKeyHash", "IdempotencyRequestHash"];

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>
    /// Set where the change is not the signed-in user's own: command-line tools, the demo seeder, and the intake
    /// queue, which stores reports from several senders in one transaction.
    /// </summary>
    public static readonly AsyncLocal<AuditActor?> ActorOverride = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        // Nothing awaits truly when async is false, so the ValueTask has already completed here.
        if (eventData.Context is not null) AddEntriesAsync(eventData.Context, async: false, default).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not null) await AddEntriesAsync(eventData.Context, async: true, cancellationToken);
        return result;
    }

    private async ValueTask AddEntriesAsync(DbContext context, bool async, CancellationToken ct)
    {
        context.ChangeTracker.DetectChanges();
        var (userId, userName, actorScope) = ActorOverride.Value ?? AuditActor.Of(http.HttpContext?.User);
        var now = time.GetUtcNow();
        var changed = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => Audits(e.Metadata.ClrType))
            .ToList();
        if (changed.Count == 0) return;
        // A record with a jurisdiction is audited under it; anything else under the actor's (system for tools).
        var scopes = await AuditScopes.ResolveAsync(context, changed, async, ct);
        var entries = changed
            .Select(e => Describe(e, now, userId, userName, scopes.GetValueOrDefault(e) ?? actorScope))
            .Where(e => e is not null)
            .ToList();
        context.Set<AuditEntry>().AddRange(entries!);
    }

    /// <summary>Whether changes to rows of this type are written to the log (the audit page names every such type).</summary>
    public static bool Audits(Type type) =>
        // Sessions are sign-in bookkeeping, written on every sign-in and refresh; they are not records of work.
        type != typeof(AuditEntry) && type != typeof(DataProtectionKey) && type != typeof(Counter)
        && type != typeof(Infrastructure.Auth.Sessions.UserSession);

    /// <summary>Properties never written: derived from fields that are themselves audited, so they would only double the log.</summary>
    /// <summary>Derived values kept for queries (search text, the case's nearest due instant) and the row version.</summary>
    public static bool Skips(string property) => property is "SearchText" or "PartyText" or "PartyNameLookup" or "NextDueAt"
        or nameof(AggregateRoot.Version);

    private static AuditEntry? Describe(EntityEntry entry, DateTimeOffset now, Guid? userId, string userName, string scope)
    {
        var changes = new Dictionary<string, object?>();
        foreach (var p in entry.Properties)
        {
            if (entry.State == EntityState.Modified && !p.IsModified) continue;
            var name = p.Metadata.Name;
            if (Skips(name)) continue;
            // Identity's token rows hold the authenticator key and recovery codes.
            var secret = Redacted.Contains(name)
                || name == "Value" && entry.Entity is Microsoft.AspNetCore.Identity.IdentityUserToken<Guid>;
            // Ciphertext is not secret, but it is noise and must never look like something to decrypt from the log.
            object? Shown(object? v) => secret || name.EndsWith("Cipher", StringComparison.Ordinal) ? (v is null ? null : "***") : v;
            changes[name] = entry.State switch
            {
                EntityState.Added => new { after = Shown(p.CurrentValue) },
                EntityState.Deleted => new { before = Shown(p.OriginalValue) },
                _ => new { before = Shown(p.OriginalValue), after = Shown(p.CurrentValue) },
            };
        }
        foreach (var c in entry.ComplexProperties)
        {
            foreach (var p in c.Properties.Where(p => entry.State != EntityState.Modified || p.IsModified))
                changes[$"{c.Metadata.Name}.{p.Metadata.Name}"] = new { before = p.OriginalValue, after = p.CurrentValue };
        }
        if (changes.Count == 0) return null;
        var key = entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString());
        return new AuditEntry
        {
            At = now,
            UserId = userId,
            UserName = userName,
            Scope = scope,
            EntityType = entry.Metadata.ClrType.Name,
            EntityId = string.Join("/", key),
            Action = entry.State.ToString(),
            Changes = JsonSerializer.Serialize(changes, Json),
        };
    }
}

/// <summary>Who an audit entry names, and the scope of entries about rows that have no jurisdiction of their own.</summary>
public sealed record AuditActor(Guid? UserId, string Name, string Scope)
{
    public static AuditActor Tool(string name) => new(null, name, AuditEntry.SystemScope);

    public static AuditActor Of(ClaimsPrincipal? user) => new(
        Guid.TryParse(user?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null,
        user?.Identity?.Name ?? "system",
        user?.FindFirstValue(Infrastructure.Auth.DajiaClaims.JurisdictionPath) ?? AuditEntry.SystemScope);
}

using Dajia.Web.Data;

namespace Dajia.Web.Features.Admin;

/// <summary>The audit trail as an admin may read it; the page and the API both ask here.</summary>
public sealed class AuditService(AppDbContext db, CurrentUser me)
{
    /// <summary>The log grows by every change; past this many matches the total says "at least" rather than counting on.</summary>
    public const int CountCap = 10_000;

    /// <summary>Newest first: the entries the admin may read (see <see cref="Scope.VisibleAuditEntries"/>).</summary>
    public async Task<PagedList<AuditDto>> QueryAsync(
        string? entityType, string? entityId, PageRequest paging, CancellationToken ct = default)
    {
        var q = db.VisibleAuditEntries(me);
        if (!string.IsNullOrWhiteSpace(entityType)) q = q.Where(a => a.EntityType == entityType);
        if (!string.IsNullOrWhiteSpace(entityId)) q = q.Where(a => a.EntityId == entityId);
        return await q.OrderByDescending(a => a.Id)
            .Select(a => new AuditDto(a.Id, a.At, a.UserName, a.EntityType, a.EntityId, a.Action, a.Changes))
            .ToPageAsync(paging, ct, CountCap);
    }
}

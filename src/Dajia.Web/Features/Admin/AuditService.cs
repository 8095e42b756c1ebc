using Dajia.Web.Data;
using Dajia.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Dajia.Web.Features.Admin;

/// <summary>The audit trail as an admin may read it; the page and the API both ask here.</summary>
public sealed class AuditService(AppDbContext db, CurrentUser me)
{
    public const int PageSize = 50;

    /// <summary>Newest first: the entries the admin may read (see <see cref="Scope.VisibleAuditEntries"/>).</summary>
    public async Task<AuditPage> QueryAsync(string? entityType, string? entityId, int page, CancellationToken ct = default)
    {
        page = Infrastructure.Input.Paging.Page(page);
        var q = db.VisibleAuditEntries(me);
        if (!string.IsNullOrWhiteSpace(entityType)) q = q.Where(a => a.EntityType == entityType);
        if (!string.IsNullOrWhiteSpace(entityId)) q = q.Where(a => a.EntityId == entityId);
        var rows = await q.OrderByDescending(a => a.Id).Skip((page - 1) * PageSize).Take(PageSize + 1)
            .Select(a => new AuditDto(a.Id, a.At, a.UserName, a.EntityType, a.EntityId, a.Action, a.Changes)).ToListAsync(ct);
        return new AuditPage(rows.Take(PageSize).ToList(), page, PageSize, rows.Count > PageSize);
    }
}

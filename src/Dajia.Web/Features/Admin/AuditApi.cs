using Dajia.Web.Data;
using Dajia.Web.Domain;
using Dajia.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Dajia.Web.Features.Admin;

public sealed record AuditDto(long Id, DateTimeOffset At, string UserName, string EntityType, string EntityId, string Action, string Changes);

public sealed record AuditPage(IReadOnlyList<AuditDto> Items, int Page, int PageSize, bool HasMore);

public static class AuditApi
{
    public const int PageSize = 50;

    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", async (AppDbContext db, CurrentUser me, string? entityType, string? entityId, int? page, CancellationToken ct) =>
                TypedResults.Ok(await QueryAsync(db, me, entityType, entityId, page ?? 1, ct)))
            .WithTags("Audit").RequireAuthorization(Infrastructure.Auth.Policies.Admin);
        return api;
    }

    /// <summary>Newest first: the entries the admin may read (see <see cref="Scope.VisibleAuditEntries"/>); the page uses this too.</summary>
    public static async Task<AuditPage> QueryAsync(AppDbContext db, CurrentUser me, string? entityType, string? entityId, int page, CancellationToken ct)
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

using Dajia.Web.Data;
using Dajia.Web.Domain;
using Dajia.Web.Features.Shared;
using Dajia.Web.Infrastructure;
using Dajia.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dajia.Web.Features.Admin;

public sealed record AuditDto(long Id, DateTimeOffset At, string UserName, string EntityType, string EntityId, string Action, string Changes);

public static class AuditApi
{
    /// <summary>The log grows by every change; past this many matches the total says "at least" rather than counting on.</summary>
    public const int CountCap = 10_000;

    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", async Task<Results<Ok<PagedList<AuditDto>>, ValidationProblem>> (AppDbContext db, CurrentUser me,
                string? entityType, string? entityId, [AsParameters] PageQuery paging, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            {
                var errors = new List<FieldError>();
                var request = paging.Parse(errors);
                if (errors.Count > 0) return Problems.Validation(errors, l);
                return TypedResults.Ok(await QueryAsync(db, me, entityType, entityId, request, ct));
            })
            .WithTags("Audit").WithSummary("审计日志，新的在前：entityType、entityId、page、pageSize").RequireAuthorization(Policies.Admin);
        return api;
    }

    /// <summary>Newest first: the entries the admin may read (see <see cref="Scope.VisibleAuditEntries"/>); the page uses this too.</summary>
    public static async Task<PagedList<AuditDto>> QueryAsync(AppDbContext db, CurrentUser me, string? entityType, string? entityId,
        PageRequest paging, CancellationToken ct)
    {
        var q = db.VisibleAuditEntries(me);
        if (!string.IsNullOrWhiteSpace(entityType)) q = q.Where(a => a.EntityType == entityType);
        if (!string.IsNullOrWhiteSpace(entityId)) q = q.Where(a => a.EntityId == entityId);
        return await q.OrderByDescending(a => a.Id)
            .Select(a => new AuditDto(a.Id, a.At, a.UserName, a.EntityType, a.EntityId, a.Action, a.Changes))
            .ToPageAsync(paging, ct, CountCap);
    }
}

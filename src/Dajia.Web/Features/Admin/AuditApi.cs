using Microsoft.AspNetCore.Http.HttpResults;

namespace Dajia.Web.Features.Admin;

public sealed record AuditDto(
    long Id, DateTimeOffset At, string UserName, string EntityType, string EntityId, string Action, string Changes);

public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", Query)
            .WithTags("Audit").WithSummary("审计日志，新的在前：entityType、entityId、page、pageSize")
            .RequireAuthorization(Policies.Admin);
        return api;
    }

    private static async Task<Results<Ok<PagedList<AuditDto>>, ValidationProblem>> Query(AuditService s, string? entityType,
        string? entityId, [AsParameters] PageQuery paging, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var request = paging.Parse(errors);
        if (errors.Count > 0) return Problems.Validation(errors, l);
        return TypedResults.Ok(await s.QueryAsync(entityType, entityId, request, ct));
    }
}

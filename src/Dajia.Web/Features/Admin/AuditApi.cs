namespace Dajia.Web.Features.Admin;

public sealed record AuditDto(
    long Id, DateTimeOffset At, string UserName, string EntityType, string EntityId, string Action, string Changes);

public sealed record AuditPage(IReadOnlyList<AuditDto> Items, int Page, int PageSize, bool HasMore);

public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", async (AuditService s, string? entityType, string? entityId, int? page, CancellationToken ct) =>
                TypedResults.Ok(await s.QueryAsync(entityType, entityId, page ?? 1, ct)))
            .WithTags("Audit").RequireAuthorization(Infrastructure.Auth.Policies.Admin);
        return api;
    }
}

using Microsoft.AspNetCore.Http.HttpResults;

namespace Dajia.Web.Features.Admin;

public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", Query)
            .WithTags("Audit").WithSummary("审计日志，新的在前：userId、from、to（中国日期）、entityType、entityId、page、pageSize")
            .RequireAuthorization(Policies.Admin);
        api.MapGet("/audit/export.xlsx", Export)
            .WithTags("Audit").WithSummary("导出筛选后的审计日志（不含举报人信息）")
            .RequireAuthorization(Policies.Admin);
        return api;
    }

    private static async Task<Results<Ok<PagedList<AuditDto>>, ValidationProblem>> Query(
        [AsParameters] AuditInput input, AuditService s, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var query = s.Parse(input, errors);
        if (errors.Count > 0) return Problems.Validation(errors, l);
        return TypedResults.Ok(await s.QueryAsync(query, ct));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> Export(
        [AsParameters] AuditInput input, AuditService s, TimeProvider time, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var query = s.Parse(input, errors);
        if (errors.Count > 0) return Problems.Validation(errors, l);
        var name = Shared.Xlsx.ListWorkbook.FileName(l["Nav.Audit"], ChinaTime.Today(time));
        return TypedResults.File(await s.ExportAsync(query, ct), Shared.Xlsx.ListWorkbook.ContentType, name);
    }
}

using Dajia.Web.Features.Shared;
using Dajia.Web.Domain;
using Dajia.Web.Domain.MarketEntities;
using Dajia.Web.Features.Units;
using Dajia.Web.Infrastructure;
using Dajia.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Dajia.Web.Features.MarketEntities;

public static class MarketEntitiesApi
{
    public static RouteGroupBuilder MapMarketEntitiesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/validation/credit-code/{code}", (string code, IStringLocalizer<SharedResource> l) =>
        {
            var check = CreditCode.Check(code);
            var message = check.Error is { } e ? e.Text(l) : l["Validation.CreditCode.Valid"].Value;
            return TypedResults.Ok(new CodeCheckDto(check.Valid, message, check.Warning?.Text(l)));
        }).WithTags("Entities").WithSummary("校验统一社会信用代码（GB 32100-2015）");
        api.MapGet("/validation/id-number/{number}", (string number, TimeProvider time, IStringLocalizer<SharedResource> l) =>
        {
            var check = IdCardNumber.Check(number, ChinaTime.Today(time));
            return TypedResults.Ok(new CodeCheckDto(check.Valid, check.Error is { } e ? e.Text(l) : l["Validation.IdNumber.Valid"].Value, null));
        }).WithTags("Entities").WithSummary("校验公民身份号码（GB 11643）");

        var g = api.MapGroup("/entities").WithTags("Entities");
        g.MapGet("/", List).WithSummary("按名称、代码或摊位号查找经营主体：q、keyAreaId、category、risk、page、pageSize");
        g.MapGet("/{id:guid}", async Task<Results<Ok<MarketEntityDto>, ProblemHttpResult>> (Guid id, MarketEntityService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await s.GetAsync(id, ct) is { } e ? TypedResults.Ok(e) : Problems.NotFound(l));
        g.MapPost("/", async Task<Results<Created<MarketEntityDto>, ValidationProblem, ProblemHttpResult>> (MarketEntityInput body, MarketEntityService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        {
            return ApiResults.Created(await s.SaveAsync(null, body, ct), u => $"/api/entities/{u.Id}", l);
        });
        g.MapPut("/{id:guid}", async (Guid id, MarketEntityInput body, MarketEntityService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            ApiResults.Ok(await s.SaveAsync(id, body, ct), x => x, l));
        g.MapGet("/export.xlsx", async (MarketEntityWorkbook books, CancellationToken ct) =>
            TypedResults.File(await books.ExportAsync(ct), Shared.Xlsx.ListWorkbook.ContentType, books.FileName))
            .WithSummary("导出经营主体名录（.xlsx）");
        g.MapPost("/import", Import).DisableAntiforgery().RequireAuthorization(Policies.Office)
            .RequireAuthorization(p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireAuthenticatedUser())
            .WithSummary("导入经营主体（.xlsx；任一行有误则全部不导入）");

        var areas = api.MapGroup("/key-areas").WithTags("Entities");
        areas.MapGet("/", async (KeyAreaService s, CancellationToken ct) => TypedResults.Ok(new ItemsDto<KeyAreaDto>(await s.ListAsync(ct))));
        areas.MapPost("/", async (KeyAreaInput body, KeyAreaService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            ApiResults.Ok(await s.SaveAsync(null, body, ct), x => x, l)).RequireAuthorization(Policies.Office);
        areas.MapPut("/{id:guid}", async (Guid id, KeyAreaInput body, KeyAreaService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            ApiResults.Ok(await s.SaveAsync(id, body, ct), x => x, l)).RequireAuthorization(Policies.Office);
        areas.MapPost("/{id:guid}/status", async (Guid id, KeyAreaStatusInput body, KeyAreaService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            ApiResults.Ok(await s.MoveAsync(id, body.Status, ct), x => x, l)).WithSummary("确定 → 整治 → 验收 → 撤销").RequireAuthorization(Policies.Office);
        return api;
    }

    private static async Task<Results<Ok<PagedList<MarketEntityDto>>, ValidationProblem>> List(
        [Microsoft.AspNetCore.Http.AsParameters] MarketEntityListInput input, MarketEntityService s, IStringLocalizer<SharedResource> l,
        CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var query = input.Parse(errors);
        if (errors.Count > 0) return Problems.Validation(errors, l);
        return TypedResults.Ok(await s.SearchAsync(query, ct));
    }

    private static async Task<Results<Ok<MarketEntityImportApplied>, ValidationProblem, ProblemHttpResult>> Import(
        IFormFile? file, MarketEntityWorkbook books, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (UploadLimits.CheckXlsx(file, UploadLimits.MaxEntityXlsxBytes) is { } problem)
            return Problems.Validation([new FieldError("file", problem)], l);
        await using var stream = file!.OpenReadStream();
        var r = await books.ImportAsync(stream, ct);
        if (r.Outcome != Outcome.Ok) return Problems.For(r.Outcome, r.ConflictKey, l, r.ConflictArgs);
        if (r.Value!.Applied is not { } applied) return ImportErrors.Problem(r.Value.Errors, l);
        return TypedResults.Ok(applied);
    }
}

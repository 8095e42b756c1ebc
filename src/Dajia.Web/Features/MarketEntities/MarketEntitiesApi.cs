using Dajia.Web.Domain.MarketEntities;
using Dajia.Web.Features.Units;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

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
            var message = check.Error is { } e ? e.Text(l) : l["Validation.IdNumber.Valid"].Value;
            return TypedResults.Ok(new CodeCheckDto(check.Valid, message, null));
        }).WithTags("Entities").WithSummary("校验公民身份号码（GB 11643）");

        var g = api.MapGroup("/entities").WithTags("Entities");
        g.MapGet("/", List).WithSummary("按名称、代码或摊位号查找经营主体：q、keyAreaId、category、risk、page、pageSize");
        g.MapGet("/{id:guid}", async Task<Results<Ok<MarketEntityDto>, ProblemHttpResult>> (
                Guid id, MarketEntityService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await s.GetAsync(id, ct) is { } e ? TypedResults.Ok(e) : Problems.NotFound(l));
        g.MapPost("/", async (MarketEntityInput body, MarketEntityService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            (await s.SaveAsync(null, body, ct)).ToCreated(e => $"/api/entities/{e.Id}", l));
        g.MapPut("/{id:guid}", async (Guid id, MarketEntityInput body, MarketEntityService s, IStringLocalizer<SharedResource> l,
            CancellationToken ct) => (await s.SaveAsync(id, body, ct)).ToOk(l));
        g.MapGet("/export.xlsx", async (MarketEntityWorkbook books, CancellationToken ct) =>
            TypedResults.File(await books.ExportAsync(ct), Shared.Xlsx.ListWorkbook.ContentType, books.FileName))
            .WithSummary("导出经营主体名录（.xlsx）");
        g.MapPost("/import", Import).DisableAntiforgery().RequireAuthorization(Policies.Office)
            .RequireAuthorization(p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireAuthenticatedUser())
            .WithSummary("导入经营主体（.xlsx；任一行有误则全部不导入）");

        var areas = api.MapGroup("/key-areas").WithTags("Entities");
        areas.MapGet("/", async (KeyAreaService s, CancellationToken ct) =>
            TypedResults.Ok(new ItemsDto<KeyAreaDto>(await s.ListAsync(ct))));
        areas.MapGet("/{id:guid}", async Task<Results<Ok<KeyAreaDto>, ProblemHttpResult>> (
                Guid id, KeyAreaService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await s.GetAsync(id, ct) is { } a ? TypedResults.Ok(a) : Problems.NotFound(l));
        areas.MapPost("/", async (KeyAreaInput body, KeyAreaService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            (await s.SaveAsync(null, body, ct)).ToCreated(a => $"/api/key-areas/{a.Id}", l)).RequireAuthorization(Policies.Office);
        areas.MapPut("/{id:guid}", async (Guid id, KeyAreaInput body, KeyAreaService s, IStringLocalizer<SharedResource> l,
            CancellationToken ct) => (await s.SaveAsync(id, body, ct)).ToOk(l)).RequireAuthorization(Policies.Office);
        // One endpoint per step of 确定 → 整治 → 验收 (and 撤销 from any step); a step out of order is 409.
        areas.MapPost("/{id:guid}/rectify", (Guid id, KeyAreaService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            Move(id, KeyAreaStatus.Rectifying, s, l, ct)).WithSummary("开始整治（确定 → 整治）").RequireAuthorization(Policies.Office);
        areas.MapPost("/{id:guid}/accept", (Guid id, KeyAreaService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            Move(id, KeyAreaStatus.Accepted, s, l, ct)).WithSummary("整治验收（整治 → 验收）").RequireAuthorization(Policies.Office);
        areas.MapPost("/{id:guid}/revoke", (Guid id, KeyAreaService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            Move(id, KeyAreaStatus.Revoked, s, l, ct)).WithSummary("撤销重点区域").RequireAuthorization(Policies.Office);
        return api;
    }

    private static async Task<Results<Ok<KeyAreaDto>, ValidationProblem, ProblemHttpResult>> Move(
        Guid id, KeyAreaStatus next, KeyAreaService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        (await s.MoveAsync(id, next, ct)).ToOk(l);

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

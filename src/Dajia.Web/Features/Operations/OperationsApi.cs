using Dajia.Web.Features.Units;
using Dajia.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dajia.Web.Features.Operations;

public static class OperationsApi
{
    public static RouteGroupBuilder MapOperationsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/operations").WithTags("Operations");
        g.MapGet("/", List).WithSummary("执法行动列表，新的在前：from、to（yyyy-MM-dd）、page、pageSize");
        g.MapGet("/totals", Totals).WithSummary("某期间的行动次数、人次、台次、户次及结果，按单位汇总");
        g.MapGet("/{id:guid}", async Task<Results<Ok<OperationDto>, ProblemHttpResult>> (
                Guid id, OperationService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await s.GetAsync(id, ct) is { } o ? TypedResults.Ok(o) : Problems.NotFound(l));
        g.MapPost("/", async (OperationInput body, OperationService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                (await s.CreateAsync(body, ct)).ToCreated(o => $"/api/operations/{o.Id}", l))
            .WithSummary("记录日常监管、暗访摸查；打假办组织联合执法检查、专项行动并邀请单位")
            .RequireAuthorization(Policies.OfficeOrLiaison);
        g.MapPut("/{id:guid}", async (Guid id, OperationInput body, Expected expected, OperationService s,
                IStringLocalizer<SharedResource> l, CancellationToken ct) => (await s.UpdateAsync(id, body, expected, ct)).ToOk(l))
            .RequireAuthorization(Policies.OfficeOrLiaison);
        g.MapPost("/{id:guid}/participation/confirm", async (Guid id, ConfirmParticipationInput body, Expected expected, OperationService s,
                IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                (await s.RespondAsync(id, new RespondInput(body.UnitId, true, body.Officers), ct, expected)).ToOk(l))
            .WithSummary("受邀单位确认参加，并报派出人员（打假办可代某单位确认：unitId）")
            .RequireAuthorization(Policies.OfficeOrLiaison);
        g.MapPost("/{id:guid}/participation/decline", async (Guid id, DeclineParticipationInput body, Expected expected, OperationService s,
                IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                (await s.RespondAsync(id, new RespondInput(body.UnitId, false, null), ct, expected)).ToOk(l))
            .WithSummary("受邀单位谢绝参加（打假办可代某单位谢绝：unitId）")
            .RequireAuthorization(Policies.OfficeOrLiaison);
        g.MapPost("/{id:guid}/inspections", async (Guid id, InspectionInput body, Expected expected, OperationService s,
                IStringLocalizer<SharedResource> l, CancellationToken ct) => (await s.InspectAsync(id, body, ct, expected)).ToOk(l))
            .WithSummary("记录检查的经营主体及结果")
            .RequireAuthorization(Policies.OfficeOrLiaison);
        g.MapPost("/{id:guid}/photos", async Task<Results<Ok<OperationDto>, ValidationProblem, ProblemHttpResult>> (
                Guid id, IFormFile? file, Expected expected, OperationService s, FileStore files, IStringLocalizer<SharedResource> l,
                CancellationToken ct) =>
                (await s.AddPhotoAsync(id, file, files, ct, expected)).ToOk(l))
            .DisableAntiforgery()
            .RequireAuthorization(p =>
                p.AddAuthenticationSchemes(Microsoft.AspNetCore.Identity.IdentityConstants.BearerScheme).RequireAuthenticatedUser())
            .WithSummary("上传现场照片（JPEG、PNG 或 WebP，不超过 10 MB；重新编码为 JPEG，去除位置等元数据）")
            .RequireAuthorization(Policies.OfficeOrLiaison);
        g.MapGet("/{id:guid}/photos/{photoId:guid}", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid id, Guid photoId,
                string? size, OperationService s, FileStore files, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                ApiResults.File(await s.OpenPhotoAsync(id, photoId, size == "thumb", files, ct), l))
            .WithSummary("现场照片（JPEG）；size=thumb 为列表用的缩略图（长边 320 像素）");
        g.MapDelete("/{id:guid}/inspections/{inspectionId:guid}", async (Guid id, Guid inspectionId, Expected expected, OperationService s,
                IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                (await s.RemoveInspectionAsync(id, inspectionId, ct, expected)).ToOk(l))
            .RequireAuthorization(Policies.OfficeOrLiaison);
        return api;
    }

    private static async Task<Results<Ok<PagedList<OperationDto>>, ValidationProblem>> List(string? from, string? to,
        [AsParameters] PageQuery paging, OperationService s, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var f = Input.Date(from, "from", errors);
        var t = Input.Date(to, "to", errors);
        var request = paging.Parse(errors);
        if (errors.Count > 0) return Problems.Validation(errors, l);
        return TypedResults.Ok(await s.ListAsync(f, t, request, ct));
    }

    private static async Task<Results<Ok<PeriodTotalsDto>, ValidationProblem>> Totals(
        string? from, string? to, OperationTotalsService s, TimeProvider time, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var today = ChinaTime.Today(time);
        var f = from is null ? new DateOnly(today.Year, 1, 1) : Input.Date(from, "from", errors, required: true);
        var t = to is null ? today : Input.Date(to, "to", errors, required: true);
        if (f is { } a && t is { } b && b < a) errors.Add(new("to", "Validation.Operation.Period"));
        if (errors.Count > 0) return Problems.Validation(errors, l);
        return TypedResults.Ok(await s.ForPeriodAsync(f!.Value, t!.Value, ct));
    }
}

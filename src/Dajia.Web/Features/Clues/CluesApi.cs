using Dajia.Web.Domain.Clues;
using Dajia.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Dajia.Web.Features.Clues;

public sealed record RevealInput(string? Reason);

public static class CluesApi
{
    public static RouteGroupBuilder MapCluesApi(this RouteGroupBuilder api)
    {
        var pub = api.MapGroup("/public/reports").WithTags("Public").AllowAnonymous().ProducesProblem(StatusCodes.Status429TooManyRequests);
        pub.MapPost("/", Submit).WithSummary("我要举报：无需登录；同一 Idempotency-Key 与相同内容只产生一条线索，内容不同则 422")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).Limited(PublicLimit.Submission);
        pub.MapGet("/{trackingCode}", Track).WithSummary("进度查询：查询码 + X-Access-Key").Limited(PublicLimit.Lookup);
        PublicPortal.AdditionsApi.Map(pub);

        var g = api.MapGroup("/clues").WithTags("Clues");
        g.MapGet("/", List)
            .WithSummary("线索列表：q（中文可查两个字的词）、status、source、kind、unitId、overdue、sort（Newest/Oldest/DueSoonest/Number）、page、pageSize");
        g.MapGet("/export.xlsx", Export).WithSummary("导出筛选后的线索（不含举报人信息）");
        g.MapGet("/hotspots",
            async Task<Results<Ok<HotSpotsDto>, ValidationProblem>> (string? from, string? to, ClueInsightService s, TimeProvider time,
            IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        {
            var errors = new List<FieldError>();
            var (f, t) = ClueInsightService.Period(from, to, ChinaTime.Today(time), errors);
            if (errors.Count > 0) return Problems.Validation(errors, l);
            return TypedResults.Ok(await s.HotSpotsAsync(f!.Value, t!.Value, ct));
        }).WithSummary("热点：按类别、商家、区域、月份统计；默认最近十二个月");
        g.MapGet("/{id:guid}/photos/{photoId:guid}", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid id, Guid photoId,
                string? size, ClueService s, Infrastructure.FileStore files, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                Features.ApiResults.File(await s.OpenPhotoAsync(id, photoId, size == "thumb", files, ct), l))
            .WithSummary("照片（JPEG）；size=thumb 为列表用的缩略图（长边 320 像素）");
        g.MapGet("/{id:guid}/evidence/{evidenceId:guid}", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid id,
                Guid evidenceId, string? size, ClueService s, Data.AppDbContext db, Infrastructure.FileStore files,
                IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                Features.ApiResults.File(await AssignmentDtos.OpenAsync(db, s.Visible(), id, evidenceId, size == "thumb", files, ct), l))
            .WithSummary("核查证据：照片（size=thumb 为缩略图）或 PDF（下载）");
        g.MapGet("/{id:guid}/duplicates", async Task<Results<Ok<ItemsDto<DuplicateCandidate>>, ProblemHttpResult>> (
            Guid id, ClueInsightService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await s.DuplicatesOfAsync(id, ct) is { } found ? TypedResults.Ok(new ItemsDto<DuplicateCandidate>(found))
                : Problems.NotFound(l)).WithSummary("可能重复的线索");
        g.MapGet("/{id:guid}",
            async Task<Results<Ok<ClueDto>, ProblemHttpResult>> (Guid id, ClueService s, IStringLocalizer<SharedResource> l,
                CancellationToken ct) =>
            await s.GetAsync(id, ct) is { } c ? TypedResults.Ok(c) : Problems.NotFound(l));
        g.MapPost("/", Intake).RequireAuthorization(Policies.Office)
            .WithSummary("工作人员登记线索：电话、检查、暗访、媒体、交办移送；receivedAt 接收时间（默认现在，不能晚于现在），时限从此起算");
        g.MapClueActions();
        g.MapPost("/{id:guid}/identity",
            async (Guid id, RevealInput body, ClueIdentityService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            Features.ApiResults.Ok(await s.RevealAsync(id, body.Reason, ct), x => x, l)).WithSummary("查看举报人身份（仅打假办，须说明理由，留痕）")
            .RequireAuthorization(Policies.Office);
        return api;
    }

    /// <summary>JSON, or multipart form fields with up to five "photos" files.</summary>
    private static async Task<Results<Created<ReceiptDto>, ValidationProblem, ProblemHttpResult>> Submit(
        HttpRequest request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ClueIntakeService s,
            IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var (body, photos) = await ClueIntakeBinding.ReadAsync(request, ct);
        if (body is null) return Problems.BadRequest(l, l["Problem.BadJson"]);
        var r = await s.SubmitAsync(body with { Source = null, ReceivedAt = null }, idempotencyKey, ClueSource.PublicPortal, null, "public",
            ct, photos);
        return r.Outcome switch
        {
            Features.Outcome.Ok => TypedResults.Created($"/api/public/reports/{r.Value!.Receipt.TrackingCode}", r.Value!.Receipt),
            // Well-formed, but the key already stands for another request: 422, as the IETF Idempotency-Key draft asks.
            Features.Outcome.Conflict => TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity,
                title: l["Problem.IdempotencyKeyReused"], detail: l[r.ConflictKey!]),
            _ => Problems.Validation(r.Errors!, l),
        };
    }

    private static async Task<Results<Ok<PublicStatusDto>, ProblemHttpResult>> Track(
        string trackingCode, [FromHeader(Name = "X-Access-Key")] string? accessKey, ClueIntakeService s, IStringLocalizer<SharedResource> l,
            CancellationToken ct) =>
        // Unknown code and wrong key answer the same, so codes cannot be probed.
        await s.StatusAsync(trackingCode, accessKey, ct) is { } status ? TypedResults.Ok(status) : Problems.NotFound(l);

    private static async Task<Results<Created<ClueDto>, ValidationProblem, ProblemHttpResult>> Intake(
        ClueIntakeInput body, ClueIntakeService reports, ClueService clues, CurrentUser user, IStringLocalizer<SharedResource> l,
            CancellationToken ct)
    {
        if (!user.IsOffice) return Problems.Forbidden(l);
        if (body.Source is null or nameof(ClueSource.PublicPortal))
            return Problems.Validation([new FieldError("source", "Validation.Clue.Source")], l);
        var r = await reports.SubmitAsync(body, null, ClueSource.Other, user.JurisdictionId, user.Signature, ct);
        if (r.Outcome != Features.Outcome.Ok) return Problems.Validation(r.Errors!, l);
        var dto = await clues.GetAsync(r.Value!.ClueId, ct);
        return TypedResults.Created($"/api/clues/{dto!.Id}", dto);
    }

    private static async Task<Results<Ok<PagedList<ClueListItem>>, ValidationProblem>> List(
        [AsParameters] ClueListInput input, ClueService s, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var query = input.Parse(errors);
        if (errors.Count > 0) return Problems.Validation(errors, l);
        return TypedResults.Ok(await s.ListAsync(query, ct));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> Export(
        [AsParameters] ClueListInput input, ClueInsightService s, TimeProvider time, IStringLocalizer<SharedResource> l,
            CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var query = input.Parse(errors);
        if (errors.Count > 0) return Problems.Validation(errors, l);
        var name = Shared.Xlsx.ListWorkbook.FileName(l["Nav.Clues"], ChinaTime.Today(time));
        return TypedResults.File(await s.ExportAsync(query, ct), Shared.Xlsx.ListWorkbook.ContentType, name);
    }
}

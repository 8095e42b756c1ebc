using Dajia.Web.Features.Units;
using Dajia.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dajia.Web.Features.RandomDraws;

public sealed record PlanInput(DateTimeOffset? StartsAt);

public static class RandomDrawsApi
{
    public static RouteGroupBuilder MapRandomDrawsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/random-draws").WithTags("RandomDraws");
        g.MapGet("/", async Task<Results<Ok<PagedList<DrawDto>>, ValidationProblem>> (
            [AsParameters] PageQuery paging, RandomDrawService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        {
            var errors = new List<FieldError>();
            var request = paging.Parse(errors);
            if (errors.Count > 0) return Problems.Validation(errors, l);
            return TypedResults.Ok(await s.ListAsync(request, ct));
        }).WithSummary("随机抽查记录，新的在前：page、pageSize");
        g.MapGet("/{id:guid}", async Task<Results<Ok<DrawDto>, ProblemHttpResult>> (
                Guid id, RandomDrawService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await s.GetAsync(id, ct: ct) is { } d ? TypedResults.Ok(d) : Problems.NotFound(l));
        g.MapPost("/", async (DrawInput body, RandomDrawService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                (await s.DrawAsync(body, ct)).ToCreated(d => $"/api/random-draws/{d.Id}", l))
            .WithSummary("双随机抽取：经营主体 N 户，每户 2 名执法人员（回避利益冲突）")
            .RequireAuthorization(Policies.Office);
        g.MapPost("/{id:guid}/verify", async (Guid id, RandomDrawService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            (await s.VerifyAsync(id, ct)).ToOk(l)).WithSummary("用保存的种子和候选名单重新抽取，核对结果是否一致");
        // Planning twice answers the action made the first time, so this stays a 200 with its id rather than a create.
        g.MapPost("/{id:guid}/operation", async (Guid id, Expected expected, PlanInput body, RandomDrawService s, TimeProvider time,
                IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                (await s.PlanAsync(id, body.StartsAt ?? time.GetUtcNow(), ct, expected)).ToOk(x => new { operationId = x }, l))
            .WithSummary("将抽取结果转为执法行动计划")
            .RequireAuthorization(Policies.Office);
        g.MapPost("/{id:guid}/publish", async (Guid id, Expected expected, RandomDrawService s, IStringLocalizer<SharedResource> l,
                CancellationToken ct) => (await s.PublishAsync(id, ct, expected)).ToOk(l))
            .WithSummary("在公众网站公示抽取结果")
            .RequireAuthorization(Policies.Office);
        api.MapGet("/public/random-draws/{id:guid}", async Task<Results<Ok<PublicDrawDto>, ProblemHttpResult>> (
                Guid id, RandomDrawService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await s.GetPublishedAsync(id, ct) is { } d ? TypedResults.Ok(d) : Problems.NotFound(l))
            .AllowAnonymous().WithTags("Public").WithSummary("公示的抽取结果（署组织单位，不显示经办账号）");

        var o = api.MapGroup("/officers").WithTags("RandomDraws");
        o.MapGet("/", async (OfficerService s, CancellationToken ct) => TypedResults.Ok(new ItemsDto<OfficerDto>(await s.ListAsync(ct))));
        o.MapGet("/{id:guid}", async Task<Results<Ok<OfficerDto>, ProblemHttpResult>> (
                Guid id, OfficerService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await s.GetAsync(id, ct) is { } officer ? TypedResults.Ok(officer) : Problems.NotFound(l));
        o.MapPost("/", async (OfficerInput body, OfficerService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                (await s.AddAsync(body, ct)).ToCreated(x => $"/api/officers/{x.Id}", l))
            .WithSummary("加入执法人员库")
            .RequireAuthorization(Policies.Office);
        o.MapPost("/{id:guid}/conflicts", async (Guid id, ConflictInput body, OfficerService s, IStringLocalizer<SharedResource> l,
                CancellationToken ct) => (await s.DeclareConflictAsync(id, body, ct)).ToOk(l))
            .WithSummary("申报利益冲突（回避）")
            .RequireAuthorization(Policies.OfficeOrLiaison);
        return api;
    }
}

using Dajia.Web.Features.MarketEntities;
using Dajia.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dajia.Web.Features.Clues;

/// <summary>A clue's entity and key area (proposed at intake, settled by the office), and the entity search pickers use.</summary>
public static class ClueMatchApi
{
    public static RouteGroupBuilder MapClueMatchApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/clues").WithTags("Clues");
        g.MapGet("/{id:guid}/match", async Task<Results<Ok<ClueMatchDto>, ProblemHttpResult>> (
                Guid id, ClueMatchService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                await s.GetAsync(id, ct) is { } m ? TypedResults.Ok(m) : Problems.NotFound(l))
            .WithSummary("线索对应的经营主体与重点区域：系统建议或已确认");
        g.MapPost("/{id:guid}/match", async Task<Results<Ok<ClueMatchDto>, ValidationProblem, ProblemHttpResult>> (
                Guid id, ClueMatchInput? body, Expected expected, ClueMatchService s, IStringLocalizer<SharedResource> l,
                CancellationToken ct) =>
                body is null ? Problems.BadRequest(l, l["Problem.BadJson"]) : (await s.ConfirmAsync(id, body, expected, ct)).ToOk(l))
            .RequireAuthorization(Policies.Office)
            .WithSummary("确认或更正线索对应的经营主体（marketEntityId，空为不在名录中）与重点区域（keyAreaId，空则取主体所在区域）");

        api.MapGet("/entities/search", async Task<Results<Ok<PagedList<EntityHitDto>>, ValidationProblem>> (
                string? q, string? keyAreaId, [AsParameters] PageQuery paging, EntitySearch s, IStringLocalizer<SharedResource> l,
                CancellationToken ct) =>
            {
                var errors = new List<FieldError>();
                Input.Fits(q, EntitySearch.MaxQueryLength, "q", errors);
                var area = Input.Id(keyAreaId, "keyAreaId", errors);
                var page = paging.Parse(errors);
                if (errors.Count > 0) return Problems.Validation(errors, l);
                return TypedResults.Ok(await s.FindAsync(q, area, page, ct));
            })
            .WithTags("Entities").WithSummary("查找经营主体（选择器用）：q 为名称、摊位号（A12、A区012号）或统一社会信用代码开头；keyAreaId、page、pageSize");
        return api;
    }
}

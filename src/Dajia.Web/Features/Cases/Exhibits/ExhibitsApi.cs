using Dajia.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dajia.Web.Features.Cases.Exhibits;

/// <summary>A write without a body is refused in Chinese as the case steps refuse it, not with the framework's "bad request".</summary>
public static class ExhibitsApi
{
    public static RouteGroupBuilder MapExhibitsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/cases/{id:guid}/exhibits").WithTags("Cases");
        g.MapGet("/", List).WithSummary("涉案物品清单（合计价值、未处置件数）");
        g.MapGet("/{exhibitId:guid}", Get);
        g.MapPost("/", Add).WithSummary("登记涉案物品：物品名称、品牌、数量与计量单位（件/条/米/匹/套/批）、价值、存放地点")
            .RequireAuthorization(Policies.OfficeOrLiaison);
        g.MapPut("/{exhibitId:guid}", Edit).RequireAuthorization(Policies.OfficeOrLiaison);
        g.MapPost("/{exhibitId:guid}/dispose", Dispose).WithSummary("处置：销毁、没收、发还或移交公安，及处置日期")
            .RequireAuthorization(Policies.OfficeOrLiaison);
        return api;
    }

    private static async Task<Results<Ok<ExhibitListDto>, ValidationProblem, ProblemHttpResult>> List(
        Guid id, ExhibitService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        (await s.ListAsync(id, ct)).ToOk(l);

    private static async Task<Results<Ok<ExhibitDto>, ValidationProblem, ProblemHttpResult>> Get(
        Guid id, Guid exhibitId, ExhibitService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        (await s.GetAsync(id, exhibitId, ct)).ToOk(ExhibitDto.From, l);

    private static async Task<Results<Created<ExhibitDto>, ValidationProblem, ProblemHttpResult>> Add(
        Guid id, ExhibitInput? body, ExhibitService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        body is null ? Problems.BadRequest(l, l["Problem.BadJson"])
            : (await s.AddAsync(id, body, ct)).ToCreated(ExhibitDto.From, e => $"/api/cases/{id}/exhibits/{e.Id}", l);

    private static async Task<Results<Ok<ExhibitDto>, ValidationProblem, ProblemHttpResult>> Edit(
        Guid id, Guid exhibitId, ExhibitInput? body, Expected expected, ExhibitService s, IStringLocalizer<SharedResource> l,
        CancellationToken ct) =>
        body is null ? Problems.BadRequest(l, l["Problem.BadJson"])
            : (await s.EditAsync(id, exhibitId, body, expected, ct)).ToOk(ExhibitDto.From, l);

    private static async Task<Results<Ok<ExhibitDto>, ValidationProblem, ProblemHttpResult>> Dispose(
        Guid id, Guid exhibitId, DisposeInput? body, Expected expected, ExhibitService s, IStringLocalizer<SharedResource> l,
        CancellationToken ct) =>
        body is null ? Problems.BadRequest(l, l["Problem.BadJson"])
            : (await s.DisposeAsync(id, exhibitId, body, expected, ct)).ToOk(ExhibitDto.From, l);
}

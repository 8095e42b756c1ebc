using Dajia.Web.Domain.LiaisonTables;
using Dajia.Web.Domain.Rounds;
using Dajia.Web.Domain.Units;
using Dajia.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dajia.Web.Features.Units;

public static class UnitsApi
{
    public static RouteGroupBuilder MapUnitsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/units").WithTags("Units");
        g.MapGet("/", List).WithSummary("成员单位及其当前联络员");
        g.MapGet("/{id:guid}", Get);
        g.MapPost("/", Create).RequireAuthorization(Policies.Admin);
        g.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.Admin);
        g.MapPut("/{id:guid}/liaison", (Guid id, LiaisonInput body, Expected e, LiaisonService s, IStringLocalizer<SharedResource> l,
                CancellationToken ct) => SetLiaison(id, LiaisonRole.Primary, body, e, s, l, ct))
            .WithSummary("设置联络员（产生一条新的历史记录）").RequireAuthorization(Policies.OfficeOrLiaison);
        g.MapPut("/{id:guid}/deputy", (Guid id, LiaisonInput body, Expected e, LiaisonService s, IStringLocalizer<SharedResource> l,
                CancellationToken ct) => SetLiaison(id, LiaisonRole.Deputy, body, e, s, l, ct))
            .WithSummary("设置B角").RequireAuthorization(Policies.OfficeOrLiaison);
        g.MapDelete("/{id:guid}/deputy", EndDeputy).RequireAuthorization(Policies.OfficeOrLiaison);
        g.MapGet("/{id:guid}/liaisons", History).WithSummary("联络员历史");
        g.MapPost("/{id:guid}/liaison-submission", Submit).RequireAuthorization(Policies.OfficeOrLiaison)
            .WithSummary("报送联络员表（附件1）");
        return api;
    }

    private static async Task<Results<Ok<ItemsDto<UnitDto>>, ValidationProblem>> List(
        UnitService s, CurrentUser user, string? includeInactive, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var all = Input.Bool(includeInactive, "includeInactive", errors);
        if (errors.Count > 0) return Problems.Validation(errors, l);
        return TypedResults.Ok(new ItemsDto<UnitDto>(
            (await s.ListAsync(all ?? false, ct)).Select(u => UnitDto.From(u, user)).ToList()));
    }

    private static async Task<Results<Ok<UnitDto>, ProblemHttpResult>> Get(
        Guid id, LiaisonService s, CurrentUser user, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        await s.FindVisibleAsync(id, ct) is { } unit ? TypedResults.Ok(UnitDto.From(unit, user)) : Problems.NotFound(l);

    private static async Task<Results<Created<UnitDto>, ValidationProblem, ProblemHttpResult>> Create(
        UnitInput body, UnitService s, CurrentUser user, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        (await s.CreateAsync(body, ct)).ToCreated(u => UnitDto.From(u, user), u => $"/api/units/{u.Id}", l);

    private static async Task<Results<Ok<UnitDto>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, UnitInput body, Expected expected, UnitService s, CurrentUser user, IStringLocalizer<SharedResource> l,
        CancellationToken ct) =>
        (await s.UpdateAsync(id, body, expected, ct)).ToOk(u => UnitDto.From(u, user), l);

    private static async Task<Results<Ok<LiaisonDto>, ValidationProblem, ProblemHttpResult>> SetLiaison(
        Guid id, LiaisonRole role, LiaisonInput body, Expected expected, LiaisonService s, IStringLocalizer<SharedResource> l,
        CancellationToken ct) =>
        (await s.SetAsync(id, role, body, ct, expected)).ToOk(LiaisonDto.From, l);

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> EndDeputy(
        Guid id, Expected expected, LiaisonService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        (await s.EndDeputyAsync(id, ct, expected)).ToNoContent(l);

    private static async Task<Results<Ok<ItemsDto<LiaisonDto>>, ValidationProblem, ProblemHttpResult>> History(
        Guid id, LiaisonService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        (await s.HistoryAsync(id, ct)).ToOk(rows => new ItemsDto<LiaisonDto>(rows.Select(LiaisonDto.From).ToList()), l);

    private static async Task<Results<Ok<SubmissionDto>, ValidationProblem, ProblemHttpResult>> Submit(
        Guid id, int? year, LiaisonService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        (await s.SubmitAsync(id, year, ct)).ToOk(SubmissionDto.From, l);
}

/// <summary>A submission as kept: <c>version</c> 1 is the first, a resubmission after a change is the next.</summary>
public sealed record SubmissionDto(
    Guid UnitId, int Version, DateTimeOffset SubmittedAt, string SubmittedBy, string SubmittedByAccount, SubmissionChannel Channel)
{
    public static SubmissionDto From(RoundSubmission s) =>
        new(s.UnitId, s.Number, s.SubmittedAt, s.SubmittedByName, s.SubmittedByAccount, s.Channel);
}

using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Features.Units;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dajia.Web.Features.Admin;

public sealed record JurisdictionDto(Guid Id, string Name, JurisdictionLevel Level, Guid? ParentId, int Depth);

public sealed record JurisdictionInput(string? Name, string? Level, Guid? ParentId);

public static class JurisdictionsApi
{
    public static RouteGroupBuilder MapJurisdictionsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/jurisdictions").WithTags("Jurisdictions");
        g.MapGet("/", async (JurisdictionService s, CancellationToken ct) =>
            TypedResults.Ok(new ItemsDto<JurisdictionDto>(await s.ListAsync(ct))));
        g.MapGet("/{id:guid}", async Task<Results<Ok<JurisdictionDto>, ProblemHttpResult>> (
                Guid id, JurisdictionService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await s.GetAsync(id, ct) is { } j ? TypedResults.Ok(j) : Problems.NotFound(l));
        g.MapPost("/", Create).RequireAuthorization(Infrastructure.Auth.Policies.Admin);
        return api;
    }

    private static async Task<Results<Created<JurisdictionDto>, ValidationProblem, ProblemHttpResult>> Create(
        JurisdictionInput body, JurisdictionService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        (await s.CreateAsync(body, ct)).ToCreated(j => $"/api/jurisdictions/{j.Id}", l);
}

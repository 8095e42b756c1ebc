using Dajia.Web.Features.Units;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dajia.Web.Features.Campaigns;

public static class CampaignsApi
{
    public static RouteGroupBuilder MapCampaignsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/campaigns").WithTags("Campaigns");
        g.MapGet("/", async (CampaignService s, CancellationToken ct) => TypedResults.Ok(new ItemsDto<CampaignDto>(await s.ListAsync(ct))))
            .WithSummary("各年度工作方案，含当前阶段和即将到期事项");
        g.MapGet("/{year:int}", async Task<Results<Ok<CampaignDto>, ProblemHttpResult>> (
                int year, CampaignService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await s.GetAsync(year, ct) is { } c ? TypedResults.Ok(c) : Problems.NotFound(l));
        g.MapPost("/", async (CampaignInput body, CampaignService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            (await s.SaveAsync(null, body, ct)).ToCreated(Location, l))
            .RequireAuthorization(Policies.Office);
        g.MapPut("/{id:guid}", async (Guid id, CampaignInput body, CampaignService s, IStringLocalizer<SharedResource> l,
                CancellationToken ct) => (await s.SaveAsync(id, body, ct)).ToOk(l))
            .RequireAuthorization(Policies.Office);
        g.MapPost("/{id:guid}/copy", async (Guid id, CampaignService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            (await s.CopyAsync(id, ct)).ToCreated(Location, l)).WithSummary("复制为下一年度方案（日期顺延一年，未发布）")
            .RequireAuthorization(Policies.Office);
        g.MapPost("/{id:guid}/publish", async (Guid id, CampaignService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            (await s.PublishAsync(id, true, ct)).ToOk(l)).WithSummary("在公众网站发布")
            .RequireAuthorization(Policies.Office);
        g.MapPost("/{id:guid}/unpublish", async (Guid id, CampaignService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            (await s.PublishAsync(id, false, ct)).ToOk(l)).WithSummary("从公众网站撤回")
            .RequireAuthorization(Policies.Office);

        api.MapGet("/public/campaigns/{year:int}", async (int year, Guid? jurisdictionId, CampaignService s,
                IStringLocalizer<SharedResource> l, CancellationToken ct) => (await s.PublishedAsync(year, jurisdictionId, ct)).ToOk(l))
            .WithSummary("公开的年度方案：jurisdictionId 为镇街；该年度有多个镇街发布方案时必须指明")
            .AllowAnonymous().WithTags("Public");
        return api;
    }

    /// <summary>A plan is read by its year (GET /api/campaigns/{year}).</summary>
    private static string Location(CampaignDto c) => $"/api/campaigns/{c.Year}";
}

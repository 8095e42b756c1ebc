using Microsoft.AspNetCore.Http.HttpResults;

namespace Dajia.Web.Features.Cases.Standards;

public static class CaseStandardsApi
{
    public static RouteGroupBuilder MapCaseStandardsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/fine-limits", FineLimits).WithTags("Cases")
            .WithSummary("罚款上限（按违法类型和生效日期；on=适用日期）");
        return api;
    }

    private static Results<Ok<ItemsDto<FineLimitDto>>, ValidationProblem, ProblemHttpResult> FineLimits(
        string? on, CaseStandards s, IStringLocalizer<SharedResource> l) =>
        s.FineLimits(on).ToOk(rows => new ItemsDto<FineLimitDto>(rows), l);
}

using Dajia.Web.Features.Units;
using Dajia.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dajia.Web.Features.Cases.Documents;

public static class DocumentPrefixApi
{
    public static RouteGroupBuilder MapDocumentPrefixApi(this RouteGroupBuilder api)
    {
        api.MapGroup("/units").WithTags("Units")
            .MapPut("/{id:guid}/document-prefix", Set)
            .WithSummary("设置单位的文书文号前缀（如 中市监大涌 → 中市监大涌处字〔2017〕12号）；留空则用单位简称")
            .RequireAuthorization(Policies.Admin);
        return api;
    }

    private static async Task<Results<Ok<UnitDto>, ValidationProblem, ProblemHttpResult>> Set(
        Guid id, DocumentPrefixInput body, Expected expected, DocumentPrefixService s, CurrentUser user,
        IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        (await s.SetAsync(id, body, expected, ct)).ToOk(u => UnitDto.From(u, user), l);
}

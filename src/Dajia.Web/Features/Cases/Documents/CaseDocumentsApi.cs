using Microsoft.AspNetCore.Http.HttpResults;

namespace Dajia.Web.Features.Cases.Documents;

public static class CaseDocumentsApi
{
    public static RouteGroupBuilder MapCaseDocumentsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/cases/{id:guid}").WithTags("Cases");
        g.MapGet("/documents", List).WithSummary("案件文书的文号");
        g.MapPost("/documents/{kind}", Issue)
            .WithSummary("为文书取号（CaseApproval 立案审批表、SiteRecord 现场笔录、ExhibitList 涉案物品清单、PenaltyDecision 行政处罚决定书、"
                + "PenaltyNotice 当前的行政处罚告知书（每份告知书各有其号）、ClosingApproval 结案审批表、TransferLetter 涉嫌犯罪案件移送书）：办案单位当年该类文书的下一个号，每案每类只取一次")
            .RequireAuthorization(Policies.OfficeOrLiaison);
        g.MapGet("/publication-summary", Summary).WithSummary("处罚信息公示摘要：文号、当事人（自然人遮挡姓名）、违法事实、处罚、机关、日期");
        return api;
    }

    private static async Task<Results<Ok<ItemsDto<CaseDocumentDto>>, ValidationProblem, ProblemHttpResult>> List(
        Guid id, CaseDocumentService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        (await s.ListAsync(id, ct)).ToOk(rows => new ItemsDto<CaseDocumentDto>(rows), l);

    private static async Task<Results<Ok<CaseDocumentDto>, ValidationProblem, ProblemHttpResult>> Issue(
        Guid id, string kind, CaseDocumentService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        (await s.IssueAsync(id, kind, ct)).ToOk(l);

    private static async Task<Results<Ok<PublicationSummaryDto>, ValidationProblem, ProblemHttpResult>> Summary(
        Guid id, PublicationSummaryService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        (await s.GetAsync(id, ct)).ToOk(l);
}

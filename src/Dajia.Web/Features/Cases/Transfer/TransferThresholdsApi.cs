using Microsoft.AspNetCore.Http.HttpResults;

namespace Dajia.Web.Features.Cases.Transfer;

public static class TransferThresholdsApi
{
    public static RouteGroupBuilder MapTransferThresholdsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/transfer-thresholds").WithTags("Cases");
        g.MapGet("/", List).WithSummary("移送公安的立案追诉标准（按生效日期）");
        g.MapGet("/check", Check).WithSummary("按罪名、案值、货值和日期判断是否应当移送公安");
        return api;
    }

    private static async Task<Results<Ok<ItemsDto<TransferThresholdDto>>, ValidationProblem, ProblemHttpResult>> List(
        string? on, TransferThresholdService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        (await s.ListAsync(on, ct)).ToOk(rows => new ItemsDto<TransferThresholdDto>(rows.Select(TransferThresholdDto.From).ToList()), l);

    private static async Task<Results<Ok<TransferVerdictDto>, ValidationProblem, ProblemHttpResult>> Check(
        string? offence, string? caseValue, string? goodsValue, string? on, TransferThresholdService s,
        IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        (await s.CheckAsync(offence, caseValue, goodsValue, on, ct)).ToOk(TransferVerdictDto.From, l);
}

using Dajia.Web.Domain.Cases;
using Dajia.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dajia.Web.Features.Cases.Transfer;

public static class TransferApi
{
    public static RouteGroupBuilder MapTransferApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/cases/{id:guid}/transfer").WithTags("Cases");
        g.MapGet("/", View).WithSummary("移送公安：是否达到立案追诉标准、移送各步骤及其时限（ETag：移送的版本，各步骤的 If-Match）");
        g.MapPost("/", Report).WithSummary("提出移送报告（police 接收的公安机关，note 报告要点）；负责人审批时限 3 日")
            .RequireAuthorization(Policies.OfficeOrLiaison);
        Step(g, "approve", TransferStepKind.Approve, "负责人批准移送；24 小时内移送");
        Step(g, "reject", TransferStepKind.Reject, "负责人不批准移送（note 必填）");
        Step(g, "hand-over", TransferStepKind.HandOver, "已移送公安机关；公安 3 日内决定是否立案");
        g.MapPost("/police-decision", (Guid id, TransferStepInput? body, Expected e, TransferService s,
                IStringLocalizer<SharedResource> l, CancellationToken ct) => Answer(s, id, body?.Accepted is null ? null
                    : body.Accepted.Value ? TransferStepKind.PoliceAccept : TransferStepKind.PoliceRefuse, body, e, l, ct))
            .WithSummary("公安机关的决定：accepted=true 立案（3 日内移交涉案物品），false 不予立案（3 日内可提请复议）")
            .RequireAuthorization(Policies.OfficeOrLiaison);
        Step(g, "reconsider", TransferStepKind.Reconsider, "提请公安机关复议（note 必填）");
        Step(g, "accept-refusal", TransferStepKind.AcceptRefusal, "不提请复议，移送结束");
        Step(g, "hand-over-exhibits", TransferStepKind.HandOverExhibits, "移交涉案物品；未处置的物品记为移交公安");
        g.MapPost("/steps/{sequence:int}/documents", Attach)
            .WithSummary("为某一步骤上传文书（multipart，documents：照片或 PDF，每次最多 5 个，每步最多 10 个）")
            .RequireAuthorization(Policies.OfficeOrLiaison);
        g.MapGet("/documents/{documentId:guid}", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid id,
                Guid documentId, TransferFiles s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            ApiResults.File(await s.OpenAsync(id, documentId, ct), l)).WithSummary("移送文书（下载）");
        return api;
    }

    private static void Step(RouteGroupBuilder g, string route, TransferStepKind step, string summary) =>
        g.MapPost("/" + route, (Guid id, TransferStepInput? body, Expected e, TransferService s, IStringLocalizer<SharedResource> l,
                CancellationToken ct) => Answer(s, id, step, body, e, l, ct))
            .WithSummary(summary).RequireAuthorization(Policies.OfficeOrLiaison);

    /// <summary>No body is refused as the case steps refuse it (a Chinese 400 about the body), not the framework's "bad request".</summary>
    private static async Task<Results<Ok<PoliceTransferDto>, ValidationProblem, ProblemHttpResult>> Answer(TransferService s, Guid id,
        TransferStepKind? step, TransferStepInput? body, Expected e, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        body is null ? Problems.BadRequest(l, l["Problem.BadJson"])
            : (await s.StepAsync(id, step, body, e, ct)).ToOk(PoliceTransferDto.From, l);

    /// <summary>The view is not itself versioned; its transfer's version is the ETag the steps compare with (If-Match).</summary>
    private static async Task<Results<Ok<TransferViewDto>, ValidationProblem, ProblemHttpResult>> View(
        Guid id, TransferService s, HttpResponse response, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var r = await s.ViewAsync(id, ct);
        if (r.Value?.Transfer is { } t) response.Headers.ETag = $"\"{t.Version}\"";
        return r.ToOk(l);
    }

    private static async Task<Results<Created<PoliceTransferDto>, ValidationProblem, ProblemHttpResult>> Report(
        Guid id, TransferReportInput? body, TransferService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        body is null ? Problems.BadRequest(l, l["Problem.BadJson"])
            : (await s.ReportAsync(id, body, ct)).ToCreated(PoliceTransferDto.From, t => $"/api/cases/{id}/transfer", l);

    private static async Task<Results<Ok<PoliceTransferDto>, ValidationProblem, ProblemHttpResult>> Attach(
        Guid id, int sequence, HttpRequest request, Expected e, TransferFiles s, IStringLocalizer<SharedResource> l,
        CancellationToken ct)
    {
        // Not a form: no files, which the service says once it found the step (so an outsider still gets 404).
        IReadOnlyList<IFormFile> files = request.HasFormContentType ? (await request.ReadFormAsync(ct)).Files.GetFiles("documents") : [];
        return (await s.AttachAsync(id, sequence, files, e, ct)).ToOk(PoliceTransferDto.From, l);
    }
}

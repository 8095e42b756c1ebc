using Dajia.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dajia.Web.Features.Cases;

/// <summary>
/// /api/cases: the list (filters, search, overdue view), the export, a case, opening and editing it, and one endpoint
/// per step. If-Match is the detail's ETag: a case changed by someone else meanwhile is a 409, as is a step its status
/// does not allow (closing before a decision, say), and nothing changes.
/// </summary>
public static class CasesApi
{
    private delegate Task<ServiceResult<CaseDto>> Act<in TBody>(CaseWorkflow w, Guid id, TBody body, Expected e, CancellationToken ct);

    public static RouteGroupBuilder MapCasesApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/cases").WithTags("Cases");
        g.MapGet("/", List).WithSummary("案件列表，新立案的在前：q（案号、案由、当事人、信用代码、摊位；每个词都须命中）、unitId、status、type、keyAreaId、overdue、page、pageSize");
        g.MapGet("/export.xlsx", Export).WithSummary("导出筛选后的案件（当事人为自然人的只含遮挡后的姓名）");
        g.MapGet("/{id:guid}", async Task<Results<Ok<CaseDto>, ProblemHttpResult>> (Guid id, CaseService s,
                IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await s.GetAsync(id, ct) is { } c ? TypedResults.Ok(c) : Problems.NotFound(l));
        g.MapPost("/", async Task<Results<Created<CaseDto>, ValidationProblem, ProblemHttpResult>> (CaseInput? body, CaseService s,
                IStringLocalizer<SharedResource> l, CancellationToken ct) => body is null ? Problems.BadRequest(l, l["Problem.BadJson"])
                : (await s.OpenAsync(body, ct)).ToCreated(c => $"/api/cases/{c.Id}", l))
            .WithSummary("立案：clueId（已核查属实的线索）或 inspectionId（检查记录）带入经营主体、重点区域和事实；或直接立案。"
                + "officerIds 至少两名本单位执法人员；当事人为自然人时 partyName、partyIdNumber")
            .RequireAuthorization(Policies.OfficeOrLiaison);
        g.MapPut("/{id:guid}", async Task<Results<Ok<CaseDto>, ValidationProblem, ProblemHttpResult>> (Guid id, CaseInput? body,
                Expected expected, CaseService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                body is null ? Problems.BadRequest(l, l["Problem.BadJson"]) : (await s.EditAsync(id, body, expected, ct)).ToOk(l))
            .WithSummary("修改案件信息（调查中或中止时）；未给出的字段保持不变")
            .RequireAuthorization(Policies.OfficeOrLiaison);
        Map<PauseInput>(g, "pause", "中止计时：kind（Testing 检测检验 / Appraisal 鉴定 / RightsHolderIdentification 权利人辨认鉴别 / Hearing 听证）、"
            + "from（起始日，默认今天）、reason", (w, id, b, e, ct) => w.PauseAsync(id, b, e, ct));
        Map<ResumeInput>(g, "resume", "恢复计时：to（中止的最后一天，默认今天）", (w, id, b, e, ct) => w.ResumeAsync(id, b, e, ct));
        Map<ExtendInput>(g, "extend", "延长办案期限（打假办批准）：reason；超出规则可延长次数的须 collective=true 并给出 days（负责人集体讨论决定）",
            (w, id, b, e, ct) => w.ExtendAsync(id, b, e, ct), Policies.Office);
        Map<NotifyInput>(g, "notify", "行政处罚告知：servedOn（送达日，默认今天）、penalties、fine（拟处罚款）、hearingRight（默认按第六十三条）、"
            + "text（事实、理由、依据）；陈述申辩期自送达起算", (w, id, b, e, ct) => w.NotifyAsync(id, b, e, ct));
        Map<StatementInput>(g, "statement", "陈述申辩：kind（Statement 陈述申辩 / Waived 放弃）、receivedOn、text、adopted（是否采纳）、"
            + "reason（不采纳的理由）、hearingRequested（要求听证：案件中止计时）", (w, id, b, e, ct) => w.StatementAsync(id, b, e, ct));
        Map<DecideInput>(g, "decide", "作出处罚决定（须已告知并陈述申辩、放弃或期满，不重于告知的）：penalties（Warning、Fine、ConfiscateGains、ConfiscateGoods、Suspension、"
            + "LicenceRevocation）、fine、confiscatedGains（元）、summary", (w, id, b, e, ct) => w.DecideAsync(id, b, e, ct));
        Map<PaymentInput>(g, "payment", "缴纳罚款：paidOn（默认今天）；逾期按日加处3%，不超过罚款数额",
            (w, id, b, e, ct) => w.PayAsync(id, b, e, ct));
        Map<PublishInput>(g, "publish", "处罚信息已公示：publishedOn（默认今天）", (w, id, b, e, ct) => w.PublishAsync(id, b, e, ct));
        Map<CloseCaseInput>(g, "close", "结案（须已作出决定，罚款已缴清）：note 可选", (w, id, b, e, ct) => w.CloseAsync(id, b, e, ct));
        Map<CloseCaseInput>(g, "close-transferred", "移送公安机关后结案（须公安机关已立案）：note 必填",
            (w, id, b, e, ct) => w.CloseTransferredAsync(id, b, e, ct));
        return api;
    }

    private static void Map<TBody>(RouteGroupBuilder g, string name, string summary, Act<TBody> act,
        string policy = Policies.OfficeOrLiaison)
        where TBody : class =>
        g.MapPost($"/{{id:guid}}/{name}", async Task<Results<Ok<CaseDto>, ValidationProblem, ProblemHttpResult>> (
                Guid id, TBody? body, Expected expected, CaseWorkflow w, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                body is null ? Problems.BadRequest(l, l["Problem.BadJson"]) : (await act(w, id, body, expected, ct)).ToOk(l))
            .WithSummary(summary)
            .RequireAuthorization(policy);

    private static async Task<Results<Ok<PagedList<CaseListItem>>, ValidationProblem>> List(
        [AsParameters] CaseListInput input, CaseListService s, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var query = input.Parse(errors);
        if (errors.Count > 0) return Problems.Validation(errors, l);
        return TypedResults.Ok(await s.ListAsync(query, ct));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> Export(
        [AsParameters] CaseListInput input, CaseListService s, TimeProvider time, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var query = input.Parse(errors);
        if (errors.Count > 0) return Problems.Validation(errors, l);
        var name = Shared.Xlsx.ListWorkbook.FileName(l["Nav.Cases"], ChinaTime.Today(time));
        return TypedResults.File(await s.ExportAsync(query, ct), Shared.Xlsx.ListWorkbook.ContentType, name);
    }
}

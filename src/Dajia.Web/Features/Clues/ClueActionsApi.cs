using Dajia.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dajia.Web.Features.Clues;

/// <summary>
/// One endpoint per step of a clue, each with its own body (or none). If-Match is the detail's ETag: a clue changed
/// by someone else meanwhile is a 409, as is a step the clue's status does not allow.
/// </summary>
public static class ClueActionsApi
{
    private delegate Task<ServiceResult<ClueDto>> Act(ClueWorkflow w, Guid id, Expected e, CancellationToken ct);

    private delegate Task<ServiceResult<ClueDto>> Act<in TBody>(ClueWorkflow w, Guid id, TBody body, Expected e, CancellationToken ct);

    public static RouteGroupBuilder MapClueActions(this RouteGroupBuilder g)
    {
        Map(g, "accept", "受理", (w, id, e, ct) => w.AcceptAsync(id, e, ct));
        Map<ReasonInput>(g, "reject", "不予受理（reason 必填）", (w, id, b, e, ct) => w.RejectAsync(id, b, e, ct));
        Map<DuplicateInput>(g, "duplicate", "合并到另一条线索（duplicateOfId）",
            (w, id, b, e, ct) => w.MarkDuplicateAsync(id, b, e, ct));
        Map<AssignInput>(g, "assign",
            "交办给成员单位（unitId），已交办的改为交办给另一单位；instructions 交办意见，dueOn 办理期限（默认及最晚为核查时限规则的日期），coUnitIds 协查单位",
            (w, id, b, e, ct) => w.AssignAsync(id, b, e, ct));
        Map<AdjustAssignmentInput>(g, "adjust-assignment",
            "调整交办，承办单位不变：coUnitIds 协查单位（完整名单，移除的单位不再能看到线索）、instructions 交办意见、dueOn 办理期限；未提供的项不变",
            (w, id, b, e, ct) => w.AdjustAssignmentAsync(id, b, e, ct));
        Map<ReasonInput>(g, "pullback", "收回（reason 必填）", (w, id, b, e, ct) => w.PullBackAsync(id, b, e, ct));
        Map(g, "take", "承办单位接收", (w, id, e, ct) => w.TakeAsync(id, e, ct));
        g.MapPost("/{id:guid}/verify", Verify)
            .WithSummary("核查结果（result 必选、notes、caseReference）；multipart 表单可附 evidence 证据文件（照片或 PDF，每次最多 5 个）");
        Map<SendBackInput>(g, "verification/send-back", "退回重查（reason 必填，dueOn 可选）：核查期限自今日重新计算",
            (w, id, b, e, ct) => w.SendBackAsync(id, b, e, ct));
        Map<NoteInput>(g, "note", "承办或协查单位填写协查意见（note）", (w, id, b, e, ct) => w.NoteAsync(id, b, e, ct));
        Map<NotifyInput>(g, "notify", "告知实名举报人或投诉人（how）", (w, id, b, e, ct) => w.NotifyAsync(id, b, e, ct));
        Map<CloseInput>(g, "close", "办结（publicOutcome 必填，公众查询可见；notes 可选，仅内部；未告知实名举报人/投诉人时 untoldReason 必填）",
            (w, id, b, e, ct) => w.CloseAsync(id, b, e, ct));
        Map<MediationInput>(g, "mediation/start", "投诉：开始调解（notes 可选）", (w, id, b, e, ct) => w.StartMediationAsync(id, b, e, ct));
        Map<MediationInput>(g, "mediation/agreement", "投诉：达成调解协议（notes 协议内容，必填）",
            (w, id, b, e, ct) => w.RecordAgreementAsync(id, b, e, ct));
        Map<MediationInput>(g, "mediation/no-agreement", "投诉：未达成调解协议（notes 必填）",
            (w, id, b, e, ct) => w.RecordNoAgreementAsync(id, b, e, ct));
        Map<MediationInput>(g, "mediation/terminate", "投诉：终止调解（notes 终止原因，必填）",
            (w, id, b, e, ct) => w.TerminateMediationAsync(id, b, e, ct));
        Map<ReasonInput>(g, "extension", "承办单位申请延期（reason）",
            (w, id, b, e, ct) => w.RequestExtensionAsync(id, b, e, ct));
        Map(g, "approve-extension", "批准延期：核查期限按规则延长", (w, id, e, ct) => w.ApproveExtensionAsync(id, e, ct));
        Map<ReasonInput>(g, "decline-extension", "不同意延期（reason）",
            (w, id, b, e, ct) => w.DeclineExtensionAsync(id, b, e, ct));
        return g;
    }

    /// <summary>JSON, or a multipart form with the same fields and up to five "evidence" files.</summary>
    private static async Task<Results<Ok<ClueDto>, ValidationProblem, ProblemHttpResult>> Verify(Guid id, HttpRequest request,
        Expected expected, ClueWorkflow w, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        VerifyInput? body;
        IReadOnlyList<IFormFile> files = [];
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            string? F(string name) => form.TryGetValue(name, out var v) && !string.IsNullOrEmpty(v.ToString()) ? v.ToString() : null;
            (body, files) = (new VerifyInput(F("result"), F("notes"), F("caseReference")), form.Files.GetFiles("evidence"));
        }
        else
        {
            try
            {
                body = await request.ReadFromJsonAsync<VerifyInput>(ct);
            }
            catch (Exception e) when (e is System.Text.Json.JsonException and not Infrastructure.Input.InputRefusedException
                or InvalidOperationException)
            {
                body = null;
            }
        }
        return body is null ? Problems.BadRequest(l, l["Problem.BadJson"]) : (await w.VerifyAsync(id, body, expected, ct, files)).ToOk(l);
    }

    private static void Map(RouteGroupBuilder g, string name, string summary, Act act) =>
        g.MapPost($"/{{id:guid}}/{name}", async Task<Results<Ok<ClueDto>, ValidationProblem, ProblemHttpResult>> (
                Guid id, Expected expected, ClueWorkflow w, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                (await act(w, id, expected, ct)).ToOk(l))
            .WithSummary(summary);

    private static void Map<TBody>(RouteGroupBuilder g, string name, string summary, Act<TBody> act) where TBody : class =>
        g.MapPost($"/{{id:guid}}/{name}", async Task<Results<Ok<ClueDto>, ValidationProblem, ProblemHttpResult>> (
                Guid id, TBody? body, Expected expected, ClueWorkflow w, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                // A JSON `null` for the body is a malformed request, not an empty one.
                body is null ? Problems.BadRequest(l, l["Problem.BadJson"]) : (await act(w, id, body, expected, ct)).ToOk(l))
            .WithSummary(summary);
}

using Dajia.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;

namespace Dajia.Web.Features.Cases;

/// <summary>
/// The case's own steps (pause, resume, extend, decide, payment, publish, close). Each form names itself in a hidden
/// <c>form</c> field (<c>case-pause</c> …): after a refusal it comes back with what was typed and each message under its
/// field, named by its label. Each form sends the version the page showed: a step over someone else's change is refused.
/// </summary>
public sealed partial class DetailsModel
{
    private static readonly Dictionary<string, string> StepLabels = new()
    {
        ["kind"] = "Cases.PauseKind", ["from"] = "Cases.PauseFrom", ["reason"] = "Cases.Reason", ["to"] = "Cases.ResumeTo",
        ["days"] = "Cases.CollectiveDays", ["penalties"] = "Cases.Penalties", ["fine"] = "Cases.Fine",
        ["confiscatedGains"] = "Cases.Gains", ["summary"] = "Cases.DecisionSummary", ["paidOn"] = "Cases.PaidOn",
        ["publishedOn"] = "Cases.PublishedOn", ["note"] = "Cases.Note", ["confirmed"] = "Cases.CloseTransferredConfirm",
        ["caseValue"] = "Cases.CaseValue", ["goodsValue"] = "Cases.GoodsValue", ["violationType"] = "Cases.Type",
        ["adjustmentReason"] = "Cases.AdjustmentReason", ["legalBasis"] = "Cases.LegalBasis", ["servedOn"] = "Cases.ServedOn",
        ["text"] = "Cases.StepText", ["hearingRight"] = "Cases.HearingRight", ["receivedOn"] = "Cases.ReceivedOn",
        ["adopted"] = "Cases.Adopted", ["hearingRequested"] = "Cases.HearingRequested",
    };

    /// <summary>
    /// 案值、货值 and the type corrected on the page; taking a case a standard flags below every standard needs a reason
    /// (<see cref="CaseService.EditAsync"/>). The rest of the case stays as it is.
    /// </summary>
    public Task<IActionResult> OnPostValuesAsync(Guid id, string? caseValue, string? goodsValue, string? violationType,
        string? adjustmentReason, int? version, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var (v, g) = (MoneyInput.Parse(caseValue, "caseValue", errors), MoneyInput.Parse(goodsValue, "goodsValue", errors));
        var input = new CaseInput(ViolationType: string.IsNullOrWhiteSpace(violationType) ? null : violationType, CaseValue: v,
            GoodsValue: g, AdjustmentReason: adjustmentReason);
        return StepAsync(id, "edit", errors, () => cases.EditAsync(id, input, new Expected(version), ct), ct);
    }

    public Task<IActionResult> OnPostPauseAsync(Guid id, string? kind, string? from, string? reason, int? version, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var day = Input.Date(from, "from", errors);
        return StepAsync(id, "pause", errors, () => workflow.PauseAsync(id, new(kind, day, reason), new Expected(version), ct), ct);
    }

    public Task<IActionResult> OnPostResumeAsync(Guid id, string? to, int? version, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var day = Input.Date(to, "to", errors);
        return StepAsync(id, "resume", errors, () => workflow.ResumeAsync(id, new(day), new Expected(version), ct), ct);
    }

    public Task<IActionResult> OnPostExtendAsync(Guid id, string? reason, bool collective, string? days, int? version,
        CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var n = collective ? Input.Int(days, "days", 1, 3650, errors) : null;
        return StepAsync(id, "extend", errors,
            () => workflow.ExtendAsync(id, new(reason, collective, n), new Expected(version), ct), ct);
    }

    public Task<IActionResult> OnPostDecideAsync(Guid id, List<string>? penalties, string? fine, string? confiscatedGains,
        string? summary, string? legalBasis, int? version, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var (f, g) = (MoneyInput.Parse(fine, "fine", errors), MoneyInput.Parse(confiscatedGains, "confiscatedGains", errors));
        return StepAsync(id, "decide", errors,
            () => workflow.DecideAsync(id, new(penalties ?? [], f, g, summary, legalBasis), new Expected(version), ct), ct);
    }

    public Task<IActionResult> OnPostPaymentAsync(Guid id, string? paidOn, int? version, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var day = Input.Date(paidOn, "paidOn", errors);
        return StepAsync(id, "payment", errors, () => workflow.PayAsync(id, new(day), new Expected(version), ct), ct);
    }

    public Task<IActionResult> OnPostPublishAsync(Guid id, string? publishedOn, int? version, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var day = Input.Date(publishedOn, "publishedOn", errors);
        return StepAsync(id, "publish", errors, () => workflow.PublishAsync(id, new(day), new Expected(version), ct), ct);
    }

    public Task<IActionResult> OnPostCloseAsync(Guid id, string? note, int? version, CancellationToken ct) =>
        StepAsync(id, "close", [], () => workflow.CloseAsync(id, new(note), new Expected(version), ct), ct);

    /// <summary>移送结案 asks for a ticked confirmation: it ends the case for good.</summary>
    public Task<IActionResult> OnPostCloseTransferredAsync(Guid id, string? note, bool confirmed, int? version, CancellationToken ct) =>
        StepAsync(id, "close-transferred", confirmed ? [] : [new("confirmed", "Validation.Case.ConfirmTransferredClose")],
            () => workflow.CloseTransferredAsync(id, new(note), new Expected(version), ct), ct);

    /// <summary>
    /// A number or a date the page could not read is refused here, never passed on as blank (a blank date means today).
    /// A step the reader may not take now goes to the service anyway, which refuses it as it refuses the API (403, 409).
    /// </summary>
    private async Task<IActionResult> StepAsync(Guid id, string action, List<FieldError> unread,
        Func<Task<ServiceResult<CaseDto>>> step, CancellationToken ct)
    {
        if (unread.Count > 0)
        {
            if (!await LoadAsync(id, ct)) return NotFound();
            if (Allows(action))
            {
                ModelState.AddTo(unread.Named(StepLabels), l, "");
                return Page();
            }
        }
        var r = await step();
        // A step refused by the case's state or lost to someone else's change comes back on the case's own address with
        // the reason, not on ?handler=…: reloading that tab would post nothing, and its forms would show the old version.
        if (r.Outcome == Outcome.Conflict) return this.Done(r.ConflictText(l), "/Cases/Details", new { id });
        return await this.AnswerAsync(r with { Errors = r.Errors?.Named(StepLabels).ToList() }, l,
            _ => this.Done(l["Cases.Saved"], "/Cases/Details", new { id }), () => LoadAsync(id, ct), "");
    }
}

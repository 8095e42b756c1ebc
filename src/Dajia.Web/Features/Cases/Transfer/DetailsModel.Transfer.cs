using Dajia.Web.Domain.Cases;
using Dajia.Web.Features.Cases.Transfer;
using Dajia.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;

namespace Dajia.Web.Features.Cases;

/// <summary>The case page's 移送公安 forms: the report, each next step, and a step's documents.</summary>
public sealed partial class DetailsModel
{
    public async Task<IActionResult> OnPostReportTransferAsync(Guid id, string? police, string? note,
        [FromServices] TransferService transfers, CancellationToken ct) =>
        await GoodsAsync(id, await transfers.ReportAsync(id, new(police, note), ct), "Transfer.Done.Report", ct);

    /// <param name="step">The step's API name (<c>approve</c>, <c>police-decision</c> …).</param>
    /// <param name="accepted">Only for the police's decision: 立案 (true) or 不予立案 (false).</param>
    public async Task<IActionResult> OnPostTransferStepAsync(Guid id, string? step, string? note, bool? accepted, string? on, int? version,
        [FromServices] TransferService transfers, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var day = Input.Date(on, "on", errors);
        if (errors.Count > 0)
        {
            ModelState.AddTo(errors, l, "");
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
        var kinds = Enum.GetValues<TransferStepKind>().Where(k => k != TransferStepKind.Report && TransferSteps.Route(k) == step).ToList();
        if (kinds.Count == 0) return NotFound();
        TransferStepKind? kind = kinds.Count == 1 ? kinds[0]
            : accepted is null ? null : accepted.Value ? TransferStepKind.PoliceAccept : TransferStepKind.PoliceRefuse;
        var r = await transfers.StepAsync(id, kind, new(note, accepted, day), new Expected(version), ct);
        return await GoodsAsync(id, r, "Transfer.Done.Step", ct);
    }

    public async Task<IActionResult> OnPostTransferDocumentsAsync(Guid id, int sequence, int? version, List<IFormFile>? documents,
        [FromServices] TransferFiles files, CancellationToken ct) =>
        await GoodsAsync(id, await files.AttachAsync(id, sequence, documents ?? [], new Expected(version), ct), "Transfer.Done.Documents",
            ct);
}

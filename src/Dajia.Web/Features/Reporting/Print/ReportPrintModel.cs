using Dajia.Web.Features.Reporting.Export;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Reporting.Print;

/// <summary>
/// A copy of the form on A4, the same sheet the Excel export writes: 404 outside the reader's scope, a bad period or
/// form a Chinese message with 400, never an empty form.
/// </summary>
public abstract class ReportPrintModel(IStringLocalizer<SharedResource> l) : PageModel
{
    public ReportSheet Sheet { get; private set; } = null!;

    /// <summary>Why there is nothing to print, in Chinese; null when there is.</summary>
    public string? Problem { get; private set; }

    protected async Task<IActionResult> AnswerAsync(Task<ServiceResult<ReportBook>> book, string back)
    {
        ViewData["PrintBack"] = back;
        ViewData["PrintBackLabel"] = l["Print.BackToReport"].Value;
        var r = await book;
        switch (r.Outcome)
        {
            case Outcome.Ok:
                Sheet = r.Value!.Sheets[0];
                return Page();
            case Outcome.Invalid:
                Problem = string.Join("；", r.Errors!.Select(e => l[e.MessageKey, e.Args].Value));
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            case Outcome.Forbidden:
                return Forbid();
            default:
                return NotFound();
        }
    }
}

[Authorize(Policy = Policies.OfficeOrLeader)]
public sealed class TownPrintModel(ReportExport export, IStringLocalizer<SharedResource> l) : ReportPrintModel(l)
{
    public Task<IActionResult> OnGetAsync(string form, string period, CancellationToken ct) =>
        AnswerAsync(export.TownAsync(form, period, ct), $"/Reports/{Uri.EscapeDataString(form)}/{Uri.EscapeDataString(period)}");
}

public sealed class UnitPrintModel(ReportExport export, IStringLocalizer<SharedResource> l) : ReportPrintModel(l)
{
    public Task<IActionResult> OnGetAsync(string form, string period, Guid unitId, CancellationToken ct) =>
        AnswerAsync(export.UnitAsync(form, period, unitId, ct),
            $"/Reports/{Uri.EscapeDataString(form)}/{Uri.EscapeDataString(period)}/Units/{unitId}");
}

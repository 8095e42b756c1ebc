using Dajia.Web.Domain.Reporting;
using Dajia.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Reporting.Pages;

/// <summary>
/// /Reports/{form}/{period}/Units/{unitId}: a unit's report — the liaison fills, saves and submits it (after a summary to
/// confirm); the office returns, accepts or lets the unit file late; leaders read. Works without JavaScript; the page's
/// script adds checks as you type, autosave and the source lists in place.
/// </summary>
[Authorize]
public sealed class FormModel(ReportService reports, ReportViews views, IStringLocalizer<SharedResource> l) : PageModel
{
    public SubmissionDto Report { get; private set; } = null!;
    public FormDefinition Definition { get; private set; } = null!;

    /// <summary>The summary step of 提交: what will be sent, and what the server would refuse.</summary>
    public bool Confirming { get; private set; }

    /// <summary>The rules that would refuse the submission now (empty figures, AtMost), shown in the summary.</summary>
    public IReadOnlyList<FieldError> Pending { get; private set; } = [];

    /// <summary>The records behind one prefilled number, when the page was asked for them (?sources=code).</summary>
    public string? SourceCode { get; private set; }

    public IReadOnlyList<SourceRecordDto> Sources { get; private set; } = [];

    /// <summary>The fields as posted, when the page comes back with messages (typed values kept).</summary>
    public IFormCollection? Posted { get; private set; }

    public bool Allows(string action) => Report.AllowedActions.Contains(action);

    public async Task<IActionResult> OnGetAsync(string form, string period, Guid unitId, bool confirm, string? sources,
        CancellationToken ct)
    {
        var r = await LoadAsync(form, period, unitId, ct);
        if (r is not null) return r;
        Confirming = confirm && Allows("submit");
        if (Confirming) Pending = ReportInput.Check(Definition, Current(), null);
        if (sources is not null && await reports.SourcesAsync(form, period, unitId, sources, ct) is { Outcome: Outcome.Ok } found)
            (SourceCode, Sources) = (sources, found.Value!.Items);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(string form, string period, Guid unitId, int? version, CancellationToken ct) =>
        SaveAsync(form, period, unitId, version, review: false, ct);

    /// <summary>提交 first saves what is on the screen, then shows the summary to confirm.</summary>
    public Task<IActionResult> OnPostReviewAsync(string form, string period, Guid unitId, int? version, CancellationToken ct) =>
        SaveAsync(form, period, unitId, version, review: true, ct);

    public async Task<IActionResult> OnPostSubmitAsync(string form, string period, Guid unitId, int? version, CancellationToken ct) =>
        await FinishAsync(form, period, unitId, await reports.SubmitAsync(form, period, unitId, new Expected(version), ct),
            "Reports.Submitted", ct);

    public async Task<IActionResult> OnPostReturnAsync(string form, string period, Guid unitId, string? reason, int? version,
        CancellationToken ct) =>
        await FinishAsync(form, period, unitId,
            await reports.ReturnAsync(form, period, unitId, new(reason), new Expected(version), ct), "Reports.Returned", ct);

    public async Task<IActionResult> OnPostAcceptAsync(string form, string period, Guid unitId, int? version, CancellationToken ct) =>
        await FinishAsync(form, period, unitId, await reports.AcceptAsync(form, period, unitId, new Expected(version), ct),
            "Reports.Accepted", ct);

    public async Task<IActionResult> OnPostAllowLateAsync(string form, string period, Guid unitId, DateOnly? until,
        CancellationToken ct) =>
        await FinishAsync(form, period, unitId, await reports.AllowLateAsync(form, period, unitId, new(until), ct),
            "Reports.LateAllowed", ct);

    private async Task<IActionResult> SaveAsync(string form, string period, Guid unitId, int? version, bool review, CancellationToken ct)
    {
        if (await LoadAsync(form, period, unitId, ct) is { } missing) return missing;
        var input = ReportFormPage.Read(Definition, Request.Form);
        var saved = await reports.SaveDraftAsync(form, period, unitId, input, new Expected(version), ct);
        if (saved.Outcome != Outcome.Ok) Posted = Request.Form;
        return await this.AnswerAsync(saved, l, _ => review
                ? RedirectToPage("/Reporting/Pages/Form", null, new { form, period, unitId, confirm = true }, "summary")
                : this.Done(l["Reports.Saved"], "/Reporting/Pages/Form", new { form, period, unitId }),
            async () => await LoadAsync(form, period, unitId, ct));
    }

    private async Task<IActionResult> FinishAsync(string form, string period, Guid unitId, ServiceResult<SubmissionDto> r,
        string done, CancellationToken ct) =>
        await this.AnswerAsync(r, l, _ => this.Done(l[done], "/Reporting/Pages/Form", new { form, period, unitId }),
            async () => await LoadAsync(form, period, unitId, ct));

    /// <summary>Loads the report; an answer (404, the period's message) when there is none to show.</summary>
    private async Task<IActionResult?> LoadAsync(string form, string period, Guid unitId, CancellationToken ct)
    {
        var loaded = await reports.LoadAsync(form, period, unitId, ct);
        if (loaded.Outcome != Outcome.Ok) return NotFound();
        Definition = loaded.Value!.Ref.Version.Parsed;
        Report = await views.DtoAsync(loaded.Value, ct);
        return null;
    }

    private ReportValues Current() => new(
        Report.Blocks.SelectMany(b => b.Indicators).Where(i => i.Value is not null).ToDictionary(i => i.Code, i => i.Value!.Value),
        Report.Blocks.SelectMany(b => b.Indicators).Where(i => i.Text is not null).ToDictionary(i => i.Code, i => i.Text!));
}

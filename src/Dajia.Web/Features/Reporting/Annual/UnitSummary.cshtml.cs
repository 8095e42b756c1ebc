using Dajia.Web.Data.Reporting;
using Dajia.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Reporting.Annual;

/// <summary>A unit's annual written summary: write it (or upload a document), see it as it will read, submit it.</summary>
[Authorize]
public sealed class UnitSummaryModel(UnitSummaryService summaries, IStringLocalizer<SharedResource> l) : PageModel
{
    public UnitSummaryDto Summary { get; private set; } = null!;

    /// <summary>What the text box shows: the text as posted when it was refused, so nothing typed is lost.</summary>
    public string? Text { get; private set; }

    public static string PathOf(int year, Guid unitId) => $"/Reports/{ReportFormSeed.Annual}/{year}/Units/{unitId}/Summary";

    public string PaperCopyUrl => PaperCopyModel.PathOf(ReportFormSeed.Annual, Summary.Year.ToString(), Summary.UnitId);

    public async Task<IActionResult> OnGetAsync(int year, Guid unitId, CancellationToken ct) =>
        await LoadAsync(year, unitId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSaveAsync(int year, Guid unitId, string? text, int? version, CancellationToken ct)
    {
        Text = text;
        return await AnswerAsync(year, unitId, await summaries.SaveAsync(year, unitId, new(text), new Expected(version), ct),
            "Summary.Saved", ct);
    }

    public async Task<IActionResult> OnPostFileAsync(int year, Guid unitId, IFormFile? file, int? version, CancellationToken ct) =>
        await AnswerAsync(year, unitId, await summaries.AttachAsync(year, unitId, file, new Expected(version), ct), "Summary.FileSaved",
            ct);

    public async Task<IActionResult> OnPostSubmitAsync(int year, Guid unitId, int? version, CancellationToken ct) =>
        await AnswerAsync(year, unitId, await summaries.SubmitAsync(year, unitId, new Expected(version), ct), "Summary.SubmittedFlash",
            ct);

    private Task<IActionResult> AnswerAsync(int year, Guid unitId, ServiceResult<UnitSummaryDto> r, string flash, CancellationToken ct) =>
        this.AnswerAsync(r, l, _ => this.Done(l[flash], "/Reporting/Annual/UnitSummary", new { year, unitId }),
            async () => await LoadAsync(year, unitId, ct));

    private async Task<bool> LoadAsync(int year, Guid unitId, CancellationToken ct)
    {
        var r = await summaries.GetAsync(year, unitId, ct);
        if (r.Outcome != Outcome.Ok) return false;
        Summary = r.Value!;
        Text ??= Summary.Text;
        return true;
    }
}

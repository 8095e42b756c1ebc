using Dajia.Web.Data.Reporting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Reporting.Annual;

/// <summary>What the paper copy partial shows, where it posts, and the page it comes back to after a successful upload.</summary>
public sealed record PaperCopyView(PaperCopiesDto Copies, string PostUrl, string ReturnTo);

/// <summary>
/// The stamped paper copy of a unit's report. The partial <c>_PaperCopy</c> also sits on the unit's form page
/// (/Reports/{form}/{period}/Units/{unitId}), which sends its own address as <c>returnTo</c>.
/// </summary>
[Authorize]
public sealed class PaperCopyModel(PaperCopyService copies, IStringLocalizer<SharedResource> l) : PageModel
{
    public PaperCopyView View { get; private set; } = null!;
    public int Year { get; private set; }
    public string? SummaryUrl { get; private set; }

    public static string PathOf(string form, string period, Guid unitId) => $"/Reports/{form}/{period}/Units/{unitId}/PaperCopy";

    public async Task<IActionResult> OnGetAsync(string form, string period, Guid unitId, CancellationToken ct) =>
        await LoadAsync(form, period, unitId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string form, string period, Guid unitId, string? sentOn, IFormFile? file,
        string? returnTo, CancellationToken ct)
    {
        var r = await copies.UploadAsync(form, period, unitId, sentOn, file, ct);
        if (r.Outcome == Outcome.Ok)
        {
            TempData.Flash(l["PaperCopy.Saved"]);
            // Back to the page the form sat on (the unit's report page), never to another site.
            return LocalRedirect(returnTo is { } to && Url.IsLocalUrl(to) && to.StartsWith("/Reports/", StringComparison.Ordinal)
                ? to : PathOf(form, period, unitId));
        }
        return await this.AnswerAsync(r, l, _ => Page(), async () => await LoadAsync(form, period, unitId, ct));
    }

    private async Task<bool> LoadAsync(string form, string period, Guid unitId, CancellationToken ct)
    {
        var r = await copies.GetAsync(form, period, unitId, ct);
        if (r.Outcome != Outcome.Ok) return false;
        var path = PathOf(r.Value!.Form, r.Value.Period, unitId);
        View = new PaperCopyView(r.Value, path, path);
        Year = int.Parse(r.Value.Period[..4], System.Globalization.CultureInfo.InvariantCulture);
        if (r.Value.Form == ReportFormSeed.Annual) SummaryUrl = UnitSummaryModel.PathOf(Year, unitId);
        return true;
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Reporting.Office;

/// <summary>A round for the office: each unit's status, the rates, the town total with each unit's figures, close / reopen.</summary>
[Authorize(Policy = Infrastructure.Auth.Policies.OfficeOrLeader)]
public sealed class RoundModel(ReportMatrix matrix, RoundClosing closing, IStringLocalizer<SharedResource> l) : PageModel
{
    public string Form { get; private set; } = "";
    public string Period { get; private set; } = "";
    public MatrixDto? Round { get; private set; }
    public TotalDto? Total { get; private set; }

    /// <summary>The due date most units have (the plan gives all the same one unless the office moved a unit's).</summary>
    public DateOnly? DueOn => Round?.Units.Where(u => u.DueOn is not null).GroupBy(u => u.DueOn)
        .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

    public async Task<IActionResult> OnGetAsync(string form, string period, CancellationToken ct)
    {
        (Form, Period) = (form, period);
        var m = await matrix.MatrixAsync(form, period, ct);
        if (this.Refusal(m, l) is { } refused) return refused;
        var t = await matrix.TotalAsync(form, period, ct);
        if (this.Refusal(t, l) is { } refusedTotal) return refusedTotal;
        (Round, Total) = (m.Value, t.Value);
        return Page();
    }

    public async Task<IActionResult> OnPostCloseAsync(string form, string period, CancellationToken ct) =>
        this.AnswerByFlash(await closing.CloseAsync(form, period, ct), l, l["Report.Round.ClosedDone"], "/Reporting/Office/Round",
            new { form, period });

    public async Task<IActionResult> OnPostReopenAsync(string form, string period, CancellationToken ct) =>
        this.AnswerByFlash(await closing.ReopenAsync(form, period, ct), l, l["Report.Round.ReopenedDone"], "/Reporting/Office/Round",
            new { form, period });
}

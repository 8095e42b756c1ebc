using Dajia.Web.Domain;
using Dajia.Web.Domain.Cases;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Cases.Standards;

/// <summary>/Cases/Standards: the transfer standards and maximum fines in force on a day (today unless asked), or all versions.</summary>
public sealed class IndexModel(CaseStandards standards, TimeProvider time, IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<TransferThreshold> Thresholds { get; private set; } = [];
    public IReadOnlyList<FineLimitDto> Fines { get; private set; } = [];
    public string On { get; private set; } = "";
    public bool All { get; private set; }
    public CaseStandards Words => standards;

    public async Task OnGetAsync(string? on, bool? all, CancellationToken ct)
    {
        All = all == true;
        On = All ? "" : on?.Trim() is { Length: > 0 } asked ? asked : ChinaTime.Today(time).ToString("yyyy-MM-dd");
        var given = All ? null : On;
        var thresholds = await standards.ThresholdsAsync(given, ct);
        var fines = standards.FineLimits(given);
        if (thresholds.Outcome != Outcome.Ok)
        {
            // A day that is not a date: say so and show every version rather than nothing.
            ModelState.AddTo(thresholds.Errors ?? [], l, prefix: "");
            (thresholds, fines, All) = (await standards.ThresholdsAsync(null, ct), standards.FineLimits(null), true);
        }
        Thresholds = thresholds.Value!;
        Fines = fines.Value!;
    }
}

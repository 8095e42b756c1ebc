using Dajia.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Reporting.Annual;

/// <summary>
/// /Reports/Summary/{year}: the town summary, drafted from the year's records; the office edits, saves and exports it,
/// leaders read it. A liaison is sent to their own unit's written summary of the year.
/// </summary>
[Authorize]
public sealed class TownSummaryModel(TownSummaryService summaries, TimeProvider time, CurrentUser user, IStringLocalizer<SharedResource> l)
    : PageModel
{
    public TownSummaryDto Summary { get; private set; } = null!;

    /// <summary>What the text box shows: the saved text, the fresh draft when asked for, or the text as posted when refused.</summary>
    public string Text { get; private set; } = "";

    public bool Redrafted { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? year, bool redraft, CancellationToken ct)
    {
        var y = year ?? ChinaTime.Today(time).Year;
        if (user.IsLiaison && user.UnitId is { } unit) return Redirect(UnitSummaryModel.PathOf(y, unit));
        switch (await LoadAsync(y, ct))
        {
            case Outcome.Forbidden: return Forbid();
            case not Outcome.Ok: return NotFound();
        }
        Redrafted = redraft && Summary.Saved;
        Text = Redrafted ? Summary.Draft : Summary.Text;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? year, string? text, int? version, CancellationToken ct)
    {
        var y = year ?? ChinaTime.Today(time).Year;
        var r = await summaries.SaveAsync(y, new(text), new Expected(version), ct);
        Text = text ?? "";
        return await this.AnswerAsync(r, l, _ => this.Done(l["TownSummary.Saved"], "/Reporting/Annual/TownSummary", new { year = y }),
            async () => await LoadAsync(y, ct));
    }

    private async Task<Outcome> LoadAsync(int year, CancellationToken ct)
    {
        var r = await summaries.GetAsync(year, ct);
        if (r.Outcome == Outcome.Ok) Summary = r.Value!;
        return r.Outcome;
    }
}

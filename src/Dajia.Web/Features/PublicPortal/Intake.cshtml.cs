using Dajia.Web.Data;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Features.Clues;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Dajia.Web.Features.PublicPortal;

/// <summary>我要举报: no account, phone first, no JavaScript. The receipt (code and key) is shown once, on this page.</summary>
[AllowAnonymous]
[EnableRateLimiting(CluesApi.PublicPolicy)]
public sealed class IntakeModel(ClueIntakeService reports, AppDbContext db, IStringLocalizer<SharedResource> l) : PageModel
{
    public ClueIntakeInput Form { get; private set; } = new(null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null);

    /// <summary>Made when the form is shown, so a double tap or a browser resubmit gives the same receipt, not two clues.</summary>
    public string IdempotencyKey { get; private set; } = Guid.NewGuid().ToString("N");
    public ReceiptDto? Receipt { get; private set; }
    public IReadOnlyList<(Guid Id, string Name)> Towns { get; private set; } = [];
    public IReadOnlyList<string> Merchants { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(ClueIntakeInput form, string? idempotencyKey, List<IFormFile>? photos,
        CancellationToken ct)
    {
        var key = idempotencyKey is { Length: > 0 and <= 64 } k ? "portal-" + k : null;
        var r = await reports.SubmitAsync(form with { Source = null }, key, ClueSource.PublicPortal, null, "public", ct, photos);
        if (r.Outcome == Outcome.Ok)
        {
            Receipt = r.Value!.Receipt;
            return Page();
        }
        // Sent again after a change: the first version was stored; this one is a new report only if the person sends it again.
        if (r.Outcome == Outcome.Conflict) ModelState.AddModelError("", l["Portal.ChangedAfterSending"]);
        else ModelState.AddTo(r.Errors!, l, "");
        Form = form with { InformantIdNumber = null };
        if (r.Outcome != Outcome.Conflict) IdempotencyKey = idempotencyKey ?? IdempotencyKey;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Towns = (await db.Jurisdictions.Where(j => j.Level == JurisdictionLevel.Town).Select(j => new { j.Id, j.Name }).ToListAsync(ct))
            .Select(t => (t.Id, t.Name)).ToList();
        // Suggestions from the register: what a signboard shows (name, market, stall), one row per shop.
        Merchants = await MarketEntities.EntitySearch.PublicSuggestionsAsync(db, 300, ct);
    }
}

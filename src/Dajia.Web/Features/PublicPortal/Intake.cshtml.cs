using Dajia.Web.Data;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Features.Clues;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.PublicPortal;

/// <summary>我要举报: no account, phone first, no JavaScript. The receipt (code and key) is shown once, on this page.</summary>
[AllowAnonymous]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class IntakeModel(
    ClueIntakeService reports, AppDbContext db, PhotoHold hold, PublicLimits limits, PortalInfo portal, TimeProvider time,
        IStringLocalizer<SharedResource> l) : PageModel
{
    public ClueIntakeInput Form { get; private set; } = new(null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null);

    /// <summary>Made when the form is shown, so a double tap or a browser resubmit gives the same receipt, not two clues.</summary>
    public string IdempotencyKey { get; private set; } = Guid.NewGuid().ToString("N");

    /// <summary>The form's own token, under which its photos are held while a mistake is put right.</summary>
    public string HoldToken { get; private set; } = PhotoHold.NewToken();
    public IReadOnlyList<HeldPhoto> Held { get; private set; } = [];
    public ReceiptDto? Receipt { get; private set; }
    public ClueKind ReceiptKind { get; private set; }
    public string? ExpectedTime { get; private set; }
    public IReadOnlyList<(Guid Id, string Name)> Towns { get; private set; } = [];
    public IReadOnlyList<string> Merchants { get; private set; } = [];

    /// <summary>When a refused (too frequent) report may be sent again, worded; shown under its own heading.</summary>
    public string? TooMany { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(ClueIntakeInput form, string? idempotencyKey, string? holdToken, string? removePhoto,
        List<IFormFile>? photos, CancellationToken ct)
    {
        Form = form with { InformantIdNumber = null };
        IdempotencyKey = idempotencyKey is { Length: > 0 and <= 57 } k ? k : IdempotencyKey; // 64 with its "portal-"
        HoldToken = PhotoHold.IsToken(holdToken) ? holdToken! : HoldToken;
        photos ??= [];
        if (removePhoto is not null) return await RemoveAsync(removePhoto, photos, ct);
        if (limits.TryTake(HttpContext, PublicLimit.Submission) is { } wait) return await TooManyAsync(wait, photos, ct);

        var errors = new List<FieldError>();
        var fresh = await PortalPhotos.CleanAsync(photos, hold.Count(HoldToken), errors, ct);
        if (errors.Count > 0)
        {
            // A photo that cannot be taken stops the report; the others are kept, and every other mistake is said at once.
            await hold.AddAsync(HoldToken, fresh, ct);
            errors.AddRange(form.Parse(ClueSource.PublicPortal, ChinaTime.Today(time)).Errors);
            ModelState.AddTo(errors, l, "");
            return await ShowAsync(ct);
        }
        var all = hold.Open(HoldToken).Concat(PortalPhotos.AsUploads(fresh)).ToList();
        var r = await reports.SubmitAsync(form with { Source = null }, "portal-" + IdempotencyKey, ClueSource.PublicPortal, null, "public",
            ct, all);
        if (r.Outcome == Outcome.Ok)
        {
            hold.Clear(HoldToken);
            Receipt = r.Value!.Receipt;
            ReceiptKind = Shared.Input.Enum<ClueKind>(form.Kind, "kind", []) ?? ClueKind.Report;
            ExpectedTime = await portal.ExpectedTimeAsync(ReceiptKind, ct);
            return Page();
        }
        await hold.AddAsync(HoldToken, fresh, ct);
        // Sent again after a change: the first version was stored; this one is a new report only if the person sends it again.
        if (r.Outcome == Outcome.Conflict)
        {
            ModelState.AddModelError("", l["Portal.ChangedAfterSending"]);
            IdempotencyKey = Guid.NewGuid().ToString("N");
        }
        else ModelState.AddTo(r.Errors!, l, "");
        return await ShowAsync(ct);
    }

    public string? ErrorFor(string key) => ModelState.ErrorFor(key);

    private async Task<IActionResult> RemoveAsync(string name, List<IFormFile> photos, CancellationToken ct)
    {
        // Photos chosen beside the remove button are kept too, not dropped in silence.
        var errors = new List<FieldError>();
        await hold.AddAsync(HoldToken, await PortalPhotos.CleanAsync(photos, hold.Count(HoldToken), errors, ct), ct);
        hold.Remove(HoldToken, name);
        ModelState.AddTo(errors, l, "");
        return await ShowAsync(ct);
    }

    /// <summary>
    /// The same page with 429, Retry-After and the time to try again; everything typed stays, and the photos chosen are
    /// held as after a mistake, so that sending again later takes them. Decoding them is the refused request's one cost,
    /// bounded as any report's is (photo count, size, pixels).
    /// </summary>
    private async Task<IActionResult> TooManyAsync(TimeSpan wait, List<IFormFile> photos, CancellationToken ct)
    {
        var seconds = RateLimits.Seconds(wait);
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var errors = new List<FieldError>();
        await hold.AddAsync(HoldToken, await PortalPhotos.CleanAsync(photos, hold.Count(HoldToken), errors, ct), ct);
        ModelState.AddTo(errors, l, "");
        var at = ChinaTime.ToChina(time.GetUtcNow().AddSeconds(seconds));
        TooMany = l["Portal.TryAgainAt", at.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), seconds];
        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Held = hold.List(HoldToken);
        Towns = (await ReceivingTowns.Of(db).OrderBy(j => j.Path).Select(j => new { j.Id, j.Name }).ToListAsync(ct))
            .Select(t => (t.Id, t.Name)).ToList();
        // Suggestions from the register: what a signboard shows (name, market, stall), one row per shop.
        Merchants = await MarketEntities.EntitySearch.PublicSuggestionsAsync(db, 300, ct);
    }
}

using Dajia.Web.Features.Clues;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.PublicPortal;

/// <summary>进度查询: a POST, so the access key never lands in a URL, a browser history or a server log.</summary>
[AllowAnonymous]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class TrackModel(
    ClueIntakeService reports, AdditionService additions, PhotoHold hold, PublicLimits limits, IStringLocalizer<SharedResource> l)
    : PageModel
{
    public string? TrackingCode { get; private set; }

    /// <summary>Kept in the page after a look-up, so that adding information needs no second typing.</summary>
    public string? AccessKey { get; private set; }
    public PublicStatusDto? Status { get; private set; }
    public bool Unknown { get; private set; }
    public string? AdditionText { get; private set; }
    public string? Added { get; private set; }

    /// <summary>The addition form's own token: its photos are held under it while a mistake is put right, as the report form's.</summary>
    public string HoldToken { get; private set; } = PhotoHold.NewToken();
    public IReadOnlyList<HeldPhoto> Held { get; private set; } = [];

    /// <summary>The addition form's messages sit under its fields (<c>text</c>, <c>photos</c>).</summary>
    public string? AdditionError(string field) => ModelState.ErrorFor($"{AdditionPrefix}.{field}");

    private const string AdditionPrefix = "Addition";

    public void OnGet(string? code) => TrackingCode = code;

    public async Task OnPostAsync(string? trackingCode, string? accessKey, CancellationToken ct)
    {
        (TrackingCode, AccessKey) = (trackingCode, accessKey);
        if (limits.TryTake(HttpContext, Infrastructure.PublicLimit.Lookup) is { } wait)
        {
            TooMany(wait, "Portal.TooManyLookups");
            return;
        }
        Status = string.IsNullOrWhiteSpace(trackingCode) ? null : await reports.StatusAsync(trackingCode, accessKey, ct);
        Unknown = Status is null;
    }

    /// <summary>补充材料, from the status shown after a look-up. Counts as a submission.</summary>
    public async Task OnPostAddAsync(string? trackingCode, string? accessKey, string? text, string? holdToken, string? removePhoto,
        List<IFormFile>? photos, CancellationToken ct)
    {
        (TrackingCode, AccessKey, AdditionText) = (trackingCode, accessKey, text);
        HoldToken = PhotoHold.IsToken(holdToken) ? holdToken! : HoldToken;
        photos ??= [];
        if (removePhoto is not null)
        {
            await RemoveAsync(removePhoto, photos, ct);
            return;
        }
        if (limits.TryTake(HttpContext, Infrastructure.PublicLimit.Submission) is { } wait)
        {
            TooMany(wait, "Portal.TooManySubmissions");
            // Decoding photos is the costly part, so a refused addition is not made to do it; held ones stay held.
            if (photos.Count > 0) ModelState.AddModelError("", l["Portal.PhotosNotKept"]);
            await ShowAsync(ct);
            return;
        }
        var errors = new List<FieldError>();
        var fresh = await PortalPhotos.CleanAsync(photos, hold.Count(HoldToken), errors, ct);
        if (errors.Count > 0)
        {
            // A photo that cannot be taken stops the addition; the others are held, and the text's mistakes are said too.
            await hold.AddAsync(HoldToken, fresh, ct);
            AdditionService.CheckText(text, withPhotos: true, errors);
            ModelState.AddTo(errors, l, AdditionPrefix);
            await ShowAsync(ct);
            return;
        }
        var all = hold.Open(HoldToken).Concat(PortalPhotos.AsUploads(fresh)).ToList();
        var r = await additions.AddAsync(trackingCode ?? "", accessKey, text, all, ct);
        if (r.Outcome == Outcome.Ok)
        {
            hold.Clear(HoldToken);
            (Status, AdditionText, Added, HoldToken) = (r.Value, null, l["Portal.Added"], PhotoHold.NewToken());
            return;
        }
        if (r.Outcome == Outcome.Invalid)
        {
            await hold.AddAsync(HoldToken, fresh, ct);
            ModelState.AddTo(r.Errors!, l, AdditionPrefix);
        }
        else
        {
            // Closed meanwhile, or not found: there is nothing left to add the photos to.
            hold.Clear(HoldToken);
            if (r.Outcome == Outcome.Conflict) ModelState.AddModelError("", r.ConflictText(l));
        }
        await ShowAsync(ct);
    }

    private async Task RemoveAsync(string name, List<IFormFile> photos, CancellationToken ct)
    {
        // Photos chosen beside the remove button are kept too, not dropped in silence.
        var errors = new List<FieldError>();
        await hold.AddAsync(HoldToken, await PortalPhotos.CleanAsync(photos, hold.Count(HoldToken), errors, ct), ct);
        hold.Remove(HoldToken, name);
        ModelState.AddTo(errors, l, AdditionPrefix);
        await ShowAsync(ct);
    }

    private async Task ShowAsync(CancellationToken ct)
    {
        Status = await StatusOrNullAsync(ct);
        Unknown = Status is null;
        Held = Status is null ? [] : hold.List(HoldToken);
    }

    private async Task<PublicStatusDto?> StatusOrNullAsync(CancellationToken ct) =>
        string.IsNullOrWhiteSpace(TrackingCode) ? null : await reports.StatusAsync(TrackingCode, AccessKey, ct);

    private void TooMany(TimeSpan wait, string key)
    {
        var seconds = RateLimits.Seconds(wait);
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ModelState.AddModelError("", l[key, seconds]);
    }
}

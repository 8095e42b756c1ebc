using Dajia.Web.Features.Clues;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.PublicPortal;

/// <summary>进度查询: a POST, so the access key never lands in a URL, a browser history or a server log.</summary>
[AllowAnonymous]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class TrackModel(
    ClueIntakeService reports, AdditionService additions, PublicLimits limits, IStringLocalizer<SharedResource> l) : PageModel
{
    public string? TrackingCode { get; private set; }

    /// <summary>Kept in the page after a look-up, so that adding information needs no second typing.</summary>
    public string? AccessKey { get; private set; }
    public PublicStatusDto? Status { get; private set; }
    public bool Unknown { get; private set; }
    public string? AdditionText { get; private set; }
    public string? Added { get; private set; }

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
    public async Task OnPostAddAsync(string? trackingCode, string? accessKey, string? text, List<IFormFile>? photos, CancellationToken ct)
    {
        (TrackingCode, AccessKey, AdditionText) = (trackingCode, accessKey, text);
        photos ??= [];
        if (limits.TryTake(HttpContext, Infrastructure.PublicLimit.Submission) is { } wait)
        {
            TooMany(wait, "Portal.TooManySubmissions");
            if (photos.Count > 0) ModelState.AddModelError("", l["Portal.PhotosNotKept"]);
            Status = await StatusOrNullAsync(ct);
            return;
        }
        var r = await additions.AddAsync(trackingCode ?? "", accessKey, text, photos, ct);
        if (r.Outcome == Outcome.Ok)
        {
            (Status, AdditionText, Added) = (r.Value, null, l["Portal.Added"]);
            return;
        }
        if (r.Outcome == Outcome.Invalid)
        {
            ModelState.AddTo(r.Errors!, l, AdditionPrefix);
            if (photos.Count > 0) ModelState.AddModelError("", l["Portal.PhotosNotKept"]);
        }
        else if (r.Outcome == Outcome.Conflict) ModelState.AddModelError("", r.ConflictText(l));
        Status = await StatusOrNullAsync(ct);
        Unknown = Status is null;
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

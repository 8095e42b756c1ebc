using Dajia.Web.Features.Clues;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Dajia.Web.Features.PublicPortal;

/// <summary>进度查询: a POST, so the access key never lands in a URL, a browser history or a server log.</summary>
[AllowAnonymous]
[EnableRateLimiting(CluesApi.PublicPolicy)]
public sealed class TrackModel(ClueIntakeService reports) : PageModel
{
    public string? TrackingCode { get; private set; }
    public PublicStatusDto? Status { get; private set; }
    public bool Unknown { get; private set; }

    public void OnGet(string? code) => TrackingCode = code;

    public async Task OnPostAsync(string? trackingCode, string? accessKey, CancellationToken ct)
    {
        TrackingCode = trackingCode;
        Status = string.IsNullOrWhiteSpace(trackingCode) ? null : await reports.StatusAsync(trackingCode, accessKey, ct);
        Unknown = Status is null;
    }
}

using System.Globalization;
using Dajia.Web.Domain.Clues;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Clues;

/// <summary>
/// Staff record a clue that came by phone, letter, inspection, undercover visit, media or referral: when it was
/// received (the time limits count from then), what the informant told them, and photos.
/// </summary>
[Authorize(Policy = Infrastructure.Auth.Policies.Office)]
public sealed class NewModel(ClueIntakeService reports, CurrentUser user, TimeProvider time, IStringLocalizer<SharedResource> l)
    : PageModel
{
    public const string LocalFormat = "yyyy-MM-ddTHH:mm";

    /// <summary>What was typed, shown again with the messages (photos must be chosen again: a browser cannot be given files).</summary>
    public ClueIntakeInput? Form { get; private set; }

    /// <summary>The received time as the datetime-local field shows it, China time.</summary>
    public string ReceivedAtLocal { get; private set; } = "";

    public void OnGet() => ReceivedAtLocal = ChinaTime.ToChina(time.GetUtcNow()).ToString(LocalFormat, CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnPostAsync(ClueIntakeInput form, string? receivedAtLocal, List<IFormFile>? photos,
        CancellationToken ct)
    {
        (Form, ReceivedAtLocal) = (form, receivedAtLocal ?? "");
        var errors = new List<FieldError>();
        if (form.Source is null or nameof(ClueSource.PublicPortal)) errors.Add(new("source", "Validation.Clue.Source"));
        DateTimeOffset? received = null;
        if (DateTime.TryParseExact(receivedAtLocal, LocalFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            received = new DateTimeOffset(local, ChinaTime.Offset);
        else errors.Add(new("receivedAt", "Validation.Clue.ReceivedAt"));
        if (errors.Count > 0)
        {
            ModelState.AddTo(errors, l, "");
            return Page();
        }
        var r = await reports.SubmitAsync(form with { ReceivedAt = received }, null, ClueSource.Other, user.JurisdictionId, user.Signature,
            ct, photos);
        return await this.AnswerAsync(r, l, c => this.Done(l["Clues.Recorded", c.Number], "/Clues/Details", new { id = c.ClueId }));
    }
}

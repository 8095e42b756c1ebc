using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Cases.Print;

/// <summary>
/// A paper served on or sent about the party (行政处罚告知书, 行政处罚决定书, 涉嫌犯罪案件移送书): the party masked, as
/// everywhere; those who serve it may ask, with a reason, for the full name and ID number on this one print (recorded and
/// audited, <see cref="CasePartyIdentity"/>). Reloading the page masks them again. The form is <c>_Reveal</c>.
/// </summary>
public abstract class ServedPrintModel(CasePrintService p, CasePartyIdentity identities, IStringLocalizer<SharedResource> l)
    : CasePrintModel(p, l)
{
    public bool Revealed { get; private set; }

    /// <summary>Which paper this is, for the reveal form's words.</summary>
    public PrintDocument Paper => Document;

    public async Task<IActionResult> OnPostRevealAsync(Guid id, string? n, string? reason, CancellationToken ct)
    {
        var r = await identities.RevealAsync(id, Document, reason, ct);
        if (r.Outcome == Outcome.NotFound) return NotFound();
        if (r.Outcome == Outcome.Forbidden) return Forbid();
        var page = await OnGetAsync(id, n, ct);
        if (Missing is not null || page is not PageResult) return page;
        if (r.Value is { } who)
        {
            // A blank 案由 was built from the masked name ("王**涉嫌…案"): the served copy names the person throughout.
            var masked = Print.Party.Name;
            var cause = masked.Length > 0 ? Case.Title.Replace(masked, who.Name, StringComparison.Ordinal) : Case.Title;
            Print = Print with
            {
                Party = Print.Party with { Name = who.Name, IdNumber = who.IdNumber },
                Case = Case with { Title = cause },
            };
            Revealed = true;
        }
        else if (r.Outcome == Outcome.Invalid) ModelState.AddTo(r.Errors ?? [], Words, "");
        else ModelState.AddModelError("", r.ConflictText(Words));
        return page;
    }
}

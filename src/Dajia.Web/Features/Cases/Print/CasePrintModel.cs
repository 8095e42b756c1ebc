using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Cases.Print;

/// <summary>
/// A print view of a case: 404 outside the reader's scope (as the case page); a document about something that has not
/// happened (a decision before the decision) is a page that says so, with 409, never an empty form.
/// </summary>
public abstract class CasePrintModel(CasePrintService prints, IStringLocalizer<SharedResource> l) : PageModel
{
    protected abstract PrintDocument Document { get; }

    public CasePrint Print { get; protected set; } = null!;

    protected IStringLocalizer<SharedResource> Words => l;
    public CaseDto Case => Print.Case;

    /// <summary>Why the document cannot be printed yet, in Chinese; null when it can.</summary>
    public string? Missing { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var r = await prints.GetAsync(id, Document, ct);
        switch (r.Outcome)
        {
            case Outcome.Ok:
                Print = r.Value!;
                return Page();
            case Outcome.Conflict:
                Missing = l["Print.Missing", l["Print.Title." + Document], l[r.ConflictKey!]];
                Response.StatusCode = StatusCodes.Status409Conflict;
                ViewData["NothingToPrint"] = true;
                return Page();
            default:
                return NotFound();
        }
    }
}

public sealed class FilingModel(CasePrintService p, IStringLocalizer<SharedResource> l) : CasePrintModel(p, l)
{
    protected override PrintDocument Document => PrintDocument.Filing;
}

public sealed class SceneModel(CasePrintService p, IStringLocalizer<SharedResource> l) : CasePrintModel(p, l)
{
    protected override PrintDocument Document => PrintDocument.Scene;
}

/// <summary>行政处罚告知书: the intended penalty, its facts and basis, and the party's rights, as served.</summary>
public sealed class NoticeModel(CasePrintService p, IStringLocalizer<SharedResource> l) : CasePrintModel(p, l)
{
    protected override PrintDocument Document => PrintDocument.Notice;
}

public sealed class ExhibitsModel(CasePrintService p, IStringLocalizer<SharedResource> l) : CasePrintModel(p, l)
{
    protected override PrintDocument Document => PrintDocument.Exhibits;
}

/// <summary>
/// 行政处罚决定书: the party masked, as everywhere; those who serve it may ask, with a reason, for the full name and ID
/// number on this one print (recorded and audited). Reloading the page masks them again.
/// </summary>
public sealed class DecisionModel(CasePrintService p, CasePartyIdentity identities, IStringLocalizer<SharedResource> l)
    : CasePrintModel(p, l)
{
    protected override PrintDocument Document => PrintDocument.Decision;

    public bool Revealed { get; private set; }

    public async Task<IActionResult> OnPostRevealAsync(Guid id, string? reason, CancellationToken ct)
    {
        var r = await identities.RevealAsync(id, reason, ct);
        if (r.Outcome == Outcome.NotFound) return NotFound();
        if (r.Outcome == Outcome.Forbidden) return Forbid();
        var page = await OnGetAsync(id, ct);
        if (Missing is not null) return page;
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

public sealed class TransferModel(CasePrintService p, IStringLocalizer<SharedResource> l) : CasePrintModel(p, l)
{
    protected override PrintDocument Document => PrintDocument.Transfer;
}

public sealed class ClosingModel(CasePrintService p, IStringLocalizer<SharedResource> l) : CasePrintModel(p, l)
{
    protected override PrintDocument Document => PrintDocument.Closing;
}

public sealed class FileModel(CasePrintService p, IStringLocalizer<SharedResource> l) : CasePrintModel(p, l)
{
    protected override PrintDocument Document => PrintDocument.File;
}

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

    /// <param name="n">The 告知书's notice n (<c>?n=1</c>: the first served); none: the current one. Other prints ignore it.</param>
    public async Task<IActionResult> OnGetAsync(Guid id, string? n, CancellationToken ct)
    {
        int? notice = null;
        if (Document == PrintDocument.Notice && !string.IsNullOrEmpty(n))
        {
            if (!int.TryParse(n, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var k))
                return NotFound();
            notice = k;
        }
        var r = await prints.GetAsync(id, Document, ct, notice);
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

/// <summary>行政处罚告知书: the intended penalty, its facts and basis, and the party's rights, as served (notice n).</summary>
public sealed class NoticeModel(CasePrintService p, CasePartyIdentity i, IStringLocalizer<SharedResource> l) : ServedPrintModel(p, i, l)
{
    protected override PrintDocument Document => PrintDocument.Notice;
}

public sealed class ExhibitsModel(CasePrintService p, IStringLocalizer<SharedResource> l) : CasePrintModel(p, l)
{
    protected override PrintDocument Document => PrintDocument.Exhibits;
}

/// <summary>行政处罚决定书: served on the party, who may be shown in full on it (<see cref="ServedPrintModel"/>).</summary>
public sealed class DecisionModel(CasePrintService p, CasePartyIdentity i, IStringLocalizer<SharedResource> l)
    : ServedPrintModel(p, i, l)
{
    protected override PrintDocument Document => PrintDocument.Decision;
}

/// <summary>涉嫌犯罪案件移送书: sent to the police, who must know whom it concerns (<see cref="ServedPrintModel"/>).</summary>
public sealed class TransferModel(CasePrintService p, CasePartyIdentity i, IStringLocalizer<SharedResource> l)
    : ServedPrintModel(p, i, l)
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

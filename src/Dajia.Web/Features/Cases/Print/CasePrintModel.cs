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

    public CasePrint Print { get; private set; } = null!;
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

public sealed class ExhibitsModel(CasePrintService p, IStringLocalizer<SharedResource> l) : CasePrintModel(p, l)
{
    protected override PrintDocument Document => PrintDocument.Exhibits;
}

public sealed class DecisionModel(CasePrintService p, IStringLocalizer<SharedResource> l) : CasePrintModel(p, l)
{
    protected override PrintDocument Document => PrintDocument.Decision;
}

public sealed class ClosingModel(CasePrintService p, IStringLocalizer<SharedResource> l) : CasePrintModel(p, l)
{
    protected override PrintDocument Document => PrintDocument.Closing;
}

public sealed class FileModel(CasePrintService p, IStringLocalizer<SharedResource> l) : CasePrintModel(p, l)
{
    protected override PrintDocument Document => PrintDocument.File;
}

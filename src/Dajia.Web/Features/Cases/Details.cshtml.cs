using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Cases;

/// <summary>/Cases/{id}: the case, every clock, the history, and a form for each step the case allows the reader now.</summary>
public sealed partial class DetailsModel(CaseService cases, CaseWorkflow workflow, CaseDocsPage docs, IStringLocalizer<SharedResource> l)
    : PageModel
{
    private PostedForm? _posted;

    public CaseDto Case { get; private set; } = null!;

    /// <summary>The case's goods, transfer to police and numbered documents (the cards under the case's own steps).</summary>
    public CaseDocsView Docs { get; private set; } = null!;

    public PostedForm Posted => _posted ??= new(Request, ModelState);

    public bool Allows(string action) => Case.AllowedActions.Contains(action);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await cases.GetAsync(id, ct) is not { } c || await docs.LoadAsync(id, ct) is not { } d) return false;
        (Case, Docs) = (c, d);
        return true;
    }
}

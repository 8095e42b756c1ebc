using Dajia.Web.Infrastructure.Access;
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

    // Each form sends the version the page showed: a step over someone else's later change is refused.
    public async Task<IActionResult> OnPostPauseAsync(Guid id, string? kind, DateOnly? from, string? reason, int? version,
        CancellationToken ct) =>
        await FinishAsync(id, await workflow.PauseAsync(id, new(kind, from, reason), new Expected(version), ct), ct);

    public async Task<IActionResult> OnPostResumeAsync(Guid id, DateOnly? to, int? version, CancellationToken ct) =>
        await FinishAsync(id, await workflow.ResumeAsync(id, new(to), new Expected(version), ct), ct);

    public async Task<IActionResult> OnPostExtendAsync(Guid id, string? reason, bool collective, int? days, int? version,
        CancellationToken ct) =>
        await FinishAsync(id, await workflow.ExtendAsync(id, new(reason, collective, collective ? days : null), new Expected(version), ct),
            ct);

    public async Task<IActionResult> OnPostDecideAsync(Guid id, List<string>? penalties, decimal? fine, decimal? confiscatedGains,
        string? summary, int? version, CancellationToken ct) =>
        await FinishAsync(id, await workflow.DecideAsync(id, new(penalties ?? [], fine, confiscatedGains, summary), new Expected(version),
            ct), ct);

    public async Task<IActionResult> OnPostPaymentAsync(Guid id, DateOnly? paidOn, int? version, CancellationToken ct) =>
        await FinishAsync(id, await workflow.PayAsync(id, new(paidOn), new Expected(version), ct), ct);

    public async Task<IActionResult> OnPostPublishAsync(Guid id, DateOnly? publishedOn, int? version, CancellationToken ct) =>
        await FinishAsync(id, await workflow.PublishAsync(id, new(publishedOn), new Expected(version), ct), ct);

    public async Task<IActionResult> OnPostCloseAsync(Guid id, string? note, int? version, CancellationToken ct) =>
        await FinishAsync(id, await workflow.CloseAsync(id, new(note), new Expected(version), ct), ct);

    private async Task<IActionResult> FinishAsync(Guid id, ServiceResult<CaseDto> r, CancellationToken ct) =>
        await this.AnswerAsync(r, l, _ => this.Done(l["Cases.Saved"], "/Cases/Details", new { id }), () => LoadAsync(id, ct), "");

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await cases.GetAsync(id, ct) is not { } c || await docs.LoadAsync(id, ct) is not { } d) return false;
        (Case, Docs) = (c, d);
        return true;
    }
}

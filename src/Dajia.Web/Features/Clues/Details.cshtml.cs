using Dajia.Web.Domain.Clues;
using Dajia.Web.Domain.Units;
using Dajia.Web.Features.Units;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Clues;

public sealed class DetailsModel(
    ClueService clues, ClueWorkflow workflow, ClueIdentityService identities, ClueInsightService insight, UnitService units,
    AssignmentTerms terms, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>The date an assignment (交办 or 改派) starts from, and the latest the rule allows.</summary>
    public DueChoice? AssignDue { get; private set; }
    public DueChoice? SendBackDue { get; private set; }

    /// <summary>Whether the actions card has anything to offer (pull-back and 改派 live on the assignment card).</summary>
    public bool HasActions { get; private set; }

    public IReadOnlyList<DuplicateCandidate> Duplicates { get; private set; } = [];
    public ClueDto Clue { get; private set; } = null!;
    public IdentityDto? Identity { get; private set; }
    public IReadOnlyList<Unit> Units { get; private set; } = [];

    /// <summary>What the step forms share: the moves allowed, and a refused step's typed values and messages.</summary>
    public ClueSteps Steps => _steps ??= new(Clue, Request, ModelState);

    private ClueSteps? _steps;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostActAsync(Guid id, string action, int? version, string? reason, Guid? unitId, Guid? duplicateOfId,
        string? result, string? notes, string? caseReference, string? how, string? publicOutcome, string? untoldReason,
        string? instructions, string? dueOn, Guid[]? coUnitIds, string? note, List<IFormFile>? evidence, string? untoldKind,
        string? untoldAttempts, string? untoldLastTriedOn, CancellationToken ct)
    {
        if (Domain.Clues.ClueMoves.FromApiName(action) is not { } move) return NotFound();
        var expected = new Infrastructure.Access.Expected(version);
        var dateErrors = new List<FieldError>();
        var due = Shared.Input.Date(dueOn, "dueOn", dateErrors);
        var unread = new List<FieldError>();
        var attempts = Shared.Input.Int(untoldAttempts, "untoldAttempts", 0, Untold.MaxAttempts, unread);
        var lastTried = Shared.Input.Date(untoldLastTriedOn, "untoldLastTriedOn", unread);
        if (dateErrors.Count > 0 && move == ClueMove.Assign)
            return await this.AnswerAsync(await workflow.AssignAsync(id, new(unitId, instructions, null, coUnitIds ?? []), expected, ct,
                dateErrors), l, _ => NotFound(), () => LoadAsync(id, ct));
        if (dateErrors.Count > 0)
        {
            ModelState.AddTo(dateErrors, l, "");
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
        var r = await (move switch
        {
            ClueMove.Accept => workflow.AcceptAsync(id, expected, ct),
            ClueMove.Reject => workflow.RejectAsync(id, new(reason), expected, ct),
            ClueMove.Duplicate => workflow.MarkDuplicateAsync(id, new(duplicateOfId), expected, ct),
            ClueMove.Assign => workflow.AssignAsync(id, new(unitId, instructions, due, coUnitIds ?? []), expected, ct),
            ClueMove.SendBack => workflow.SendBackAsync(id, new(reason, due), expected, ct),
            ClueMove.AdjustAssignment => workflow.AdjustAssignmentAsync(id, new(instructions ?? "", due, coUnitIds ?? []), expected, ct),
            ClueMove.Note => workflow.NoteAsync(id, new(note), expected, ct),
            ClueMove.PullBack => workflow.PullBackAsync(id, new(reason), expected, ct),
            ClueMove.Take => workflow.TakeAsync(id, expected, ct),
            ClueMove.Verify => workflow.VerifyAsync(id, new(result, notes, caseReference), expected, ct, evidence),
            ClueMove.Notify => workflow.NotifyAsync(id, new(how), expected, ct),
            ClueMove.Close => workflow.CloseAsync(id, new(notes, publicOutcome, untoldReason, untoldKind, attempts, lastTried),
                expected, ct, unread),
            ClueMove.MediationStart => workflow.StartMediationAsync(id, new(notes), expected, ct),
            ClueMove.MediationAgreement => workflow.RecordAgreementAsync(id, new(notes), expected, ct),
            ClueMove.MediationNoAgreement => workflow.RecordNoAgreementAsync(id, new(notes), expected, ct),
            ClueMove.MediationTerminate => workflow.TerminateMediationAsync(id, new(notes), expected, ct),
            ClueMove.Extension => workflow.RequestExtensionAsync(id, new(reason), expected, ct),
            ClueMove.ApproveExtension => workflow.ApproveExtensionAsync(id, expected, ct),
            _ => workflow.DeclineExtensionAsync(id, new(reason), expected, ct),
        });
        return await this.AnswerAsync(r, l, _ => this.Done(l["Clues.Done." + action], "/Clues/Details", new { id }),
            () => LoadAsync(id, ct));
    }

    /// <summary>The identity is shown in this one response only: never stored in TempData, a URL or the page cache.</summary>
    public async Task<IActionResult> OnPostRevealAsync(Guid id, string? reason, CancellationToken ct)
    {
        var r = await identities.RevealAsync(id, reason, ct);
        if (r.Outcome == Outcome.Forbidden) return Forbid();
        if (r.Outcome == Outcome.NotFound) return NotFound();
        if (r.Outcome == Outcome.Ok) Identity = r.Value;
        else if (r.Errors is { } e) ModelState.AddTo(e, l, "");
        else ModelState.AddModelError("", l[r.ConflictKey!]);
        Response.Headers.CacheControl = "no-store";
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await clues.GetAsync(id, ct) is not { } c) return false;
        Clue = c;
        Units = (await units.ListAsync(false, ct)).Where(u => u.Kind == UnitKind.Member).ToList();
        if (c.Status is ClueStatus.Received or ClueStatus.Accepted) Duplicates = await insight.DuplicatesOfAsync(id, ct) ?? [];
        if (c.AllowedActions.Contains("assign") || c.AllowedActions.Contains("adjust-assignment"))
            AssignDue = await terms.ChoiceAsync(id, afresh: false, ct);
        if (c.AllowedActions.Contains("send-back")) SendBackDue = await terms.ChoiceAsync(id, afresh: true, ct);
        HasActions = c.ExtensionRequest is not null || c.AllowedActions.Any(a => a switch
        {
            "pullback" or "adjust-assignment" => false,
            "assign" => c.AssignedUnitId is null,
            "duplicate" => Duplicates.Count > 0,
            "identity" => Identity is null,
            "notify" => c.InformantNotifiedAt is null,
            _ => true,
        });
        return true;
    }
}

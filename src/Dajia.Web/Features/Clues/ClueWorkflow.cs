using Dajia.Web.Data;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Domain.Units;
using Dajia.Web.Features.Deadlines;
using Dajia.Web.Infrastructure.Access;

namespace Dajia.Web.Features.Clues;

/// <summary>
/// One method per step of a clue. Each checks who may, moves the clue (which refuses an illegal move: 409), and
/// reports what happened to <see cref="DeadlineEffects"/>, which starts, meets, hands over or ends deadlines as the
/// event table says — all saved together or not at all. A clue changed since <c>expected</c> was read, or by a racing
/// request before this one saved, is a 409 as well.
/// </summary>
public sealed partial class ClueWorkflow(AppDbContext db, CurrentUser user, TimeProvider time, ClueService clues, DeadlineEffects effects,
    AssignmentTerms terms, ClueEvidenceFiles evidence)
{
    /// <summary>What a step did: the event for the deadline table, or the fields it refused.</summary>
    /// <param name="After">What follows the event table's effects (the chosen due date, set on the deadline it started).</param>
    /// <param name="At">When the event's meets happened, when not now (a withdrawn result's verification).</param>
    private sealed record Step(
        DeadlineEvent? Event, IReadOnlyList<FieldError>? Errors = null, string? RequestedBy = null, string? Note = null,
        Func<Task>? After = null, DateTimeOffset? At = null)
    {
        public static Step Invalid(string field, string key, params object[] args) => new(null, [new FieldError(field, key, args)]);
    }

    public Task<ServiceResult<ClueDto>> AcceptAsync(Guid id, Expected expected, CancellationToken ct = default) =>
        RunAsync(id, ClueMove.Accept, expected, "reason", (c, now, by) =>
        {
            c.Accept(now, by);
            return Task.FromResult(new Step(c.Kind == ClueKind.Complaint ? DeadlineEvent.ComplaintAccepted : DeadlineEvent.ClueAccepted));
        }, ct);

    public Task<ServiceResult<ClueDto>> RejectAsync(Guid id, ReasonInput input, Expected expected, CancellationToken ct = default) =>
        RunAsync(id, ClueMove.Reject, expected, "reason", (c, now, by) =>
        {
            c.Reject(input.Reason ?? "", now, by);
            return Task.FromResult(new Step(DeadlineEvent.ClueRejected));
        }, ct);

    public Task<ServiceResult<ClueDto>> MarkDuplicateAsync(Guid id, DuplicateInput input, Expected expected,
        CancellationToken ct = default) =>
        RunAsync(id, ClueMove.Duplicate, expected, "reason", async (c, now, by) =>
        {
            var original = input.DuplicateOfId is { } o ? await clues.Visible().FirstOrDefaultAsync(x => x.Id == o, ct) : null;
            if (original is null) return Step.Invalid("duplicateOfId", "Validation.Clue.Original");
            if (!original.IsOpen) return Step.Invalid("duplicateOfId", "Validation.Clue.OriginalClosed");
            c.MarkDuplicate(original, now, by);
            return new Step(DeadlineEvent.ClueMerged);
        }, ct);

    /// <summary>
    /// 交办 (or 改派) to a lead unit of the clue's own town, with instructions, a date no later than the verification rule
    /// allows (the rule's date when none is given) and up to five co-operating units of the same town. Every mistake is
    /// reported at once, with <paramref name="unread"/>: what the face could not read (a page's malformed date).
    /// </summary>
    public Task<ServiceResult<ClueDto>> AssignAsync(Guid id, AssignInput input, Expected expected, CancellationToken ct = default,
        IReadOnlyList<FieldError>? unread = null) =>
        RunAsync(id, ClueMove.Assign, expected, "reason", async (c, now, by) =>
        {
            var co = (input.CoUnitIds ?? []).Distinct().ToList();
            var wanted = co.Append(input.UnitId ?? Guid.Empty).ToList();
            // Member units of the clue's own town: a city's admin sees other towns' units too.
            var members = await db.VisibleUnits(user)
                .Where(u => wanted.Contains(u.Id) && u.Kind == UnitKind.Member && u.JurisdictionId == c.JurisdictionId)
                .Select(u => u.Id).ToListAsync(ct);
            var errors = new List<FieldError>(unread ?? []);
            if (input.UnitId is not { } unit || !members.Contains(unit)) errors.Add(new("unitId", "Validation.Clue.Unit"));
            if (co.Any(u => !members.Contains(u))) errors.Add(new("coUnitIds", "Validation.Clue.CoUnits"));
            else if (co.Contains(input.UnitId ?? Guid.Empty)) errors.Add(new("coUnitIds", "Clue.LeadIsCoUnit"));
            else if (co.Count > Assignment.MaxCoUnits) errors.Add(new("coUnitIds", "Clue.TooManyCoUnits", Assignment.MaxCoUnits));
            Shared.Input.Fits(input.Instructions?.Trim(), FieldLengths.Note, "instructions", errors);
            var (due, dueError) = await terms.ChooseAsync(c.Id, input.DueOn, afresh: false, ct);
            if (dueError is not null && unread is not { Count: > 0 }) errors.Add(dueError);
            if (errors.Count > 0) return new Step(null, errors);
            c.Assign(new Assignment(input.UnitId!.Value, input.Instructions, due, co), now, by);
            return new Step(DeadlineEvent.ClueAssigned, After: due is { } d ? () => terms.ApplyAsync(c.Id, d, ct) : null);
        }, ct);

    public Task<ServiceResult<ClueDto>> PullBackAsync(Guid id, ReasonInput input, Expected expected, CancellationToken ct = default) =>
        RunAsync(id, ClueMove.PullBack, expected, "reason", (c, now, by) =>
        {
            c.PullBackAssignment(input.Reason ?? "", now, by);
            return Task.FromResult(new Step(DeadlineEvent.CluePulledBack));
        }, ct);

    /// <summary>退回重查: the office sends the result back with the reason; the verification is owed again from today.</summary>
    public Task<ServiceResult<ClueDto>> SendBackAsync(Guid id, SendBackInput input, Expected expected, CancellationToken ct = default) =>
        RunAsync(id, ClueMove.SendBack, expected, "reason", async (c, now, by) =>
        {
            var (due, dueError) = await terms.ChooseAsync(c.Id, input.DueOn, afresh: true, ct);
            if (dueError is not null) return new Step(null, [dueError]);
            // A true finding's clock was still open for the 立案 decision: the unit did verify, on the day it did.
            var verifiedAt = c.Events.LastOrDefault(e => e.Kind == ClueEventKind.Verified)?.At;
            c.SendBack(input.Reason ?? "", due, now, by);
            return new Step(DeadlineEvent.ClueSentBack, After: due is { } d ? () => terms.ApplyAsync(c.Id, d, ct) : null,
                At: verifiedAt);
        }, ct);

    /// <summary>A note on the clue (协查意见) from the lead or a co-operating unit, or from the office.</summary>
    public Task<ServiceResult<ClueDto>> NoteAsync(Guid id, NoteInput input, Expected expected, CancellationToken ct = default) =>
        RunAsync(id, ClueMove.Note, expected, "note", (c, now, by) =>
        {
            c.AddNote(user.IsOffice ? null : user.UnitId ?? Guid.Empty, input.Note ?? "", now, by);
            return Task.FromResult(new Step(null));
        }, ct);

    /// <summary>The assigned unit takes the clue up; the office may take it for the unit.</summary>
    public Task<ServiceResult<ClueDto>> TakeAsync(Guid id, Expected expected, CancellationToken ct = default) =>
        RunAsync(id, ClueMove.Take, expected, "reason", (c, now, by) =>
        {
            c.Take(user.IsOffice && c.AssignedUnitId is { } a ? a : user.UnitId ?? Guid.Empty, now, by);
            return Task.FromResult(new Step(null));
        }, ct);

    /// <summary>The result is a choice the unit must make (no default); photos or PDFs may go with it as evidence.</summary>
    public Task<ServiceResult<ClueDto>> VerifyAsync(Guid id, VerifyInput input, Expected expected, CancellationToken ct = default,
        IReadOnlyList<IFormFile>? files = null) =>
        RunAsync(id, ClueMove.Verify, expected, "notes", async (c, now, by) =>
        {
            var errors = new List<FieldError>();
            var result = Shared.Input.Enum<VerificationResult>(input.Result, "result", errors, required: true);
            if (string.IsNullOrWhiteSpace(input.Notes)) errors.Add(new("notes", "Clue.NoteRequired"));
            var already = files is { Count: > 0 } ? await db.Set<ClueEvidence>().CountAsync(e => e.ClueId == c.Id, ct) : 0;
            var checkedFiles = await ClueEvidenceFiles.CheckAsync(files ?? [], already, errors, ct);
            if (errors.Count > 0) return new Step(null, errors);
            c.Verify(result!.Value, input.Notes ?? "", input.CaseReference, now, by);
            await evidence.StoreAsync(c.Id, checkedFiles, now, by, ct);
            // Found true with no case named yet, the 立案 decision is still to come; a typed case number says it was made.
            var owesDecision = result is VerificationResult.True or VerificationResult.PartlyTrue
                && string.IsNullOrWhiteSpace(input.CaseReference);
            return new Step(owesDecision ? DeadlineEvent.ClueFoundTrue : DeadlineEvent.ClueVerified);
        }, ct);

    public Task<ServiceResult<ClueDto>> NotifyAsync(Guid id, NotifyInput input, Expected expected, CancellationToken ct = default) =>
        RunAsync(id, ClueMove.Notify, expected, "how", (c, now, by) =>
        {
            c.NotifyInformant(input.How ?? "", now, by);
            return Task.FromResult(new Step(DeadlineEvent.InformantNotified));
        }, ct);

    public Task<ServiceResult<ClueDto>> RequestExtensionAsync(Guid id, ReasonInput input, Expected expected,
        CancellationToken ct = default) =>
        RunAsync(id, ClueMove.Extension, expected, "reason", (c, now, by) =>
        {
            c.RequestExtension(input.Reason ?? "", now, by);
            return Task.FromResult(new Step(null));
        }, ct);

    /// <summary>The office approves the unit's request: the verification deadline gets the extension its rule allows.</summary>
    public Task<ServiceResult<ClueDto>> ApproveExtensionAsync(Guid id, Expected expected, CancellationToken ct = default) =>
        RunAsync(id, ClueMove.ApproveExtension, expected, "reason", (c, now, by) =>
        {
            var requestedBy = c.Events.LastOrDefault(e => e.Kind == ClueEventKind.ExtensionRequested)?.By;
            var why = c.ApproveExtension(now, by);
            return Task.FromResult(new Step(DeadlineEvent.ClueExtensionApproved, RequestedBy: requestedBy, Note: why));
        }, ct);

    public Task<ServiceResult<ClueDto>> DeclineExtensionAsync(Guid id, ReasonInput input, Expected expected,
        CancellationToken ct = default) =>
        RunAsync(id, ClueMove.DeclineExtension, expected, "reason", (c, now, by) =>
        {
            c.DeclineExtension(input.Reason ?? "", now, by);
            return Task.FromResult(new Step(null));
        }, ct);

    private async Task<ServiceResult<ClueDto>> RunAsync(Guid id, ClueMove move, Expected expected, string noteField,
        Func<Clue, DateTimeOffset, string, Task<Step>> apply, CancellationToken ct)
    {
        var clue = await clues.Visible().Include(c => c.Events).Include(c => c.CoUnits).AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id, ct);
        if (clue is null) return ServiceResult<ClueDto>.NotFound();
        if (!CluePermissions.RoleMay(user, clue, move)) return ServiceResult<ClueDto>.Forbidden();
        if (expected.IsStale(clue.Version)) return ServiceResult<ClueDto>.Stale();
        try
        {
            var step = await apply(clue, time.GetUtcNow(), user.Signature);
            if (step.Errors is { } errors) return ServiceResult<ClueDto>.Invalid(errors);
            if (step.Event is { } e)
                await effects.ApplyAsync(e, new DeadlineSubject(DeadlineSubjects.Clue, clue.Id, clue.JurisdictionId, clue.AssignedUnitId,
                    clue.InformantId is not null, step.RequestedBy, step.Note, step.At), ct);
            if (step.After is { } after) await after();
        }
        catch (DomainException e) when (e.MessageKey == "Clue.NoteRequired")
        {
            // What the refused step changed must not show on the page that says it was refused.
            db.ChangeTracker.Clear();
            return ServiceResult<ClueDto>.Invalid([new(noteField, e.MessageKey)]);
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return ServiceResult<ClueDto>.Conflict(e.MessageKey, e.Args);
        }
        if (!await db.TrySaveAsync(ct)) return ServiceResult<ClueDto>.Stale();
        return ServiceResult<ClueDto>.Ok(await clues.DtoAsync(clue, ct));
    }
}

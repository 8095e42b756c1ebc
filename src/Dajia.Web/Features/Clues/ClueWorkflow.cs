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
public sealed partial class ClueWorkflow(AppDbContext db, CurrentUser user, TimeProvider time, ClueService clues, DeadlineEffects effects)
{
    /// <summary>What a step did: the event for the deadline table, or the fields it refused.</summary>
    private sealed record Step(
        DeadlineEvent? Event, IReadOnlyList<FieldError>? Errors = null, string? RequestedBy = null, string? Note = null)
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
            c.MarkDuplicate(original, now, by);
            return new Step(DeadlineEvent.ClueMerged);
        }, ct);

    public Task<ServiceResult<ClueDto>> AssignAsync(Guid id, AssignInput input, Expected expected, CancellationToken ct = default) =>
        RunAsync(id, ClueMove.Assign, expected, "reason", async (c, now, by) =>
        {
            var unit = input.UnitId;
            // A member unit of the clue's own town: a city's admin sees other towns' units too.
            if (unit is null || !await db.VisibleUnits(user)
                    .AnyAsync(u => u.Id == unit && u.Kind == UnitKind.Member && u.JurisdictionId == c.JurisdictionId, ct))
                return Step.Invalid("unitId", "Validation.Clue.Unit");
            c.Assign(unit.Value, now, by);
            return new Step(DeadlineEvent.ClueAssigned);
        }, ct);

    public Task<ServiceResult<ClueDto>> PullBackAsync(Guid id, ReasonInput input, Expected expected, CancellationToken ct = default) =>
        RunAsync(id, ClueMove.PullBack, expected, "reason", (c, now, by) =>
        {
            c.PullBack(input.Reason ?? "", now, by);
            return Task.FromResult(new Step(DeadlineEvent.CluePulledBack));
        }, ct);

    /// <summary>The assigned unit takes the clue up; the office may take it for the unit.</summary>
    public Task<ServiceResult<ClueDto>> TakeAsync(Guid id, Expected expected, CancellationToken ct = default) =>
        RunAsync(id, ClueMove.Take, expected, "reason", (c, now, by) =>
        {
            c.Take(user.IsOffice && c.AssignedUnitId is { } a ? a : user.UnitId ?? Guid.Empty, now, by);
            return Task.FromResult(new Step(null));
        }, ct);

    public Task<ServiceResult<ClueDto>> VerifyAsync(Guid id, VerifyInput input, Expected expected, CancellationToken ct = default) =>
        RunAsync(id, ClueMove.Verify, expected, "notes", (c, now, by) =>
        {
            if (!Infrastructure.Input.InputRules.TryParseEnum<VerificationResult>(input.Result, out var result))
                return Task.FromResult(Step.Invalid("result", "Validation.Enum", string.Join(" / ", Enum.GetNames<VerificationResult>())));
            c.Verify(result, input.Notes ?? "", input.CaseReference, now, by);
            return Task.FromResult(new Step(DeadlineEvent.ClueVerified));
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
        var clue = await clues.Visible().Include(c => c.Events).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (clue is null) return ServiceResult<ClueDto>.NotFound();
        if (!CluePermissions.RoleMay(user, clue, move)) return ServiceResult<ClueDto>.Forbidden();
        if (expected.IsStale(clue.Version)) return ServiceResult<ClueDto>.Stale();
        try
        {
            var step = await apply(clue, time.GetUtcNow(), user.Signature);
            if (step.Errors is { } errors) return ServiceResult<ClueDto>.Invalid(errors);
            if (step.Event is { } e)
                await effects.ApplyAsync(e, new DeadlineSubject(DeadlineSubjects.Clue, clue.Id, clue.JurisdictionId, clue.AssignedUnitId,
                    clue.InformantId is not null, step.RequestedBy, step.Note), ct);
        }
        catch (DomainException e) when (e.MessageKey == "Clue.NoteRequired")
        {
            return ServiceResult<ClueDto>.Invalid([new(noteField, e.MessageKey)]);
        }
        catch (DomainException e)
        {
            return ServiceResult<ClueDto>.Conflict(e.MessageKey, e.Args);
        }
        if (!await db.TrySaveAsync(ct)) return ServiceResult<ClueDto>.Stale();
        return ServiceResult<ClueDto>.Ok(await clues.DtoAsync(clue, ct));
    }
}

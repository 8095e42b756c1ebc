using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Infrastructure.Access;

namespace Dajia.Web.Features.Clues;

/// <summary>Closing a clue (办结) and mediating a complaint (调解): the steps of an outcome the public is told.</summary>
public sealed partial class ClueWorkflow
{
    /// <summary>
    /// Refused (409) before a real-name informant was told unless why they cannot be is given (a reason from the list,
    /// the attempts for 多次联系不上, and a note); the public outcome is required. Every deadline still open ends with it.
    /// </summary>
    /// <param name="unread">What the face could not read (a page's malformed number or date), reported with the rest.</param>
    public Task<ServiceResult<ClueDto>> CloseAsync(Guid id, CloseInput input, Expected expected, CancellationToken ct = default,
        IReadOnlyList<FieldError>? unread = null) =>
        RunAsync(id, ClueMove.Close, expected, "notes", (c, now, by) =>
        {
            c.CheckClosable(!string.IsNullOrWhiteSpace(input.UntoldKind) || !string.IsNullOrWhiteSpace(input.UntoldReason));
            var errors = new List<FieldError>(unread ?? []);
            if (Infrastructure.Input.InputRules.VisibleLength(input.PublicOutcome) < 5
                || input.PublicOutcome!.Trim().Length > Clue.OutcomeLength)
                errors.Add(new("publicOutcome", "Validation.Clue.PublicOutcome", Clue.OutcomeLength));
            if (input.Notes?.Trim() is { Length: > Clue.OutcomeLength }) errors.Add(new("notes", "Validation.TooLong", Clue.OutcomeLength));
            var untold = c.OwesFeedback ? UntoldCheck.Read(c, input, now, errors) : null;
            if (errors.Count > 0) return Task.FromResult(new Step(null, errors));
            c.Close(input.PublicOutcome!, input.Notes, untold, now, by);
            return Task.FromResult(new Step(DeadlineEvent.ClueClosed));
        }, ct);

    public Task<ServiceResult<ClueDto>> StartMediationAsync(Guid id, MediationInput input, Expected expected,
        CancellationToken ct = default) =>
        RunAsync(id, ClueMove.MediationStart, expected, "notes", (c, now, by) =>
        {
            c.StartMediation(input.Notes, now, by);
            return Task.FromResult(new Step(null));
        }, ct);

    public Task<ServiceResult<ClueDto>> RecordAgreementAsync(Guid id, MediationInput input, Expected expected,
        CancellationToken ct = default) =>
        EndMediationAsync(id, ClueMove.MediationAgreement, expected, (c, now, by) => c.RecordAgreement(input.Notes ?? "", now, by), ct);

    public Task<ServiceResult<ClueDto>> RecordNoAgreementAsync(Guid id, MediationInput input, Expected expected,
        CancellationToken ct = default) =>
        EndMediationAsync(id, ClueMove.MediationNoAgreement, expected, (c, now, by) => c.RecordNoAgreement(input.Notes ?? "", now, by),
            ct);

    public Task<ServiceResult<ClueDto>> TerminateMediationAsync(Guid id, MediationInput input, Expected expected,
        CancellationToken ct = default) =>
        EndMediationAsync(id, ClueMove.MediationTerminate, expected, (c, now, by) => c.TerminateMediation(input.Notes ?? "", now, by),
            ct);

    private Task<ServiceResult<ClueDto>> EndMediationAsync(Guid id, ClueMove move, Expected expected,
        Action<Clue, DateTimeOffset, string> end, CancellationToken ct) =>
        RunAsync(id, move, expected, "notes", (c, now, by) =>
        {
            end(c, now, by);
            return Task.FromResult(new Step(DeadlineEvent.MediationEnded));
        }, ct);
}

using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Features.Deadlines;

namespace Dajia.Web.Data.Demo;

/// <summary>
/// A clue's steps as <c>ClueWorkflow</c> takes them: the clue's own method at the story's moment as the story's account,
/// then the event table's clocks (DeadlineEffects on the demo clock), the assignment's date as <c>AssignmentTerms</c>
/// chooses it by default, and one save per step, like one request each.
/// </summary>
public sealed class DemoClueKit(AppDbContext db, DemoSteps steps)
{
    public const string Office = "office.staff";

    /// <summary>The 市场监管分局's liaison, who takes and verifies the unit's clues (and records its cases).</summary>
    public const string Liaison = DemoCaseKit.By;

    /// <summary>Intake: stored as received; a complaint's acceptance clock runs from the moment it came.</summary>
    public async Task ReceiveAsync(Clue c, string by)
    {
        db.Add(c);
        await Step(c, c.ReceivedAt, by, () => { }, c.Kind == ClueKind.Complaint ? DeadlineEvent.ComplaintReceived : null);
    }

    public Task AcceptAsync(Clue c, DateTimeOffset at) => Step(c, at, Office, () => c.Accept(at, Office),
        c.Kind == ClueKind.Complaint ? DeadlineEvent.ComplaintAccepted : DeadlineEvent.ClueAccepted);

    public Task RejectAsync(Clue c, string reason, DateTimeOffset at) =>
        Step(c, at, Office, () => c.Reject(reason, at, Office), DeadlineEvent.ClueRejected);

    public Task DuplicateAsync(Clue c, Clue original, DateTimeOffset at) =>
        Step(c, at, Office, () => c.MarkDuplicate(original, at, Office), DeadlineEvent.ClueMerged);

    /// <summary>交办 (or 改派) with the date the verification rule gives, or the running verification's date.</summary>
    public async Task AssignAsync(Clue c, Guid unit, string instructions, DateTimeOffset at)
    {
        steps.As(at, Office);
        var (due, error) = await steps.Terms.ChooseAsync(c.Id, null, afresh: false, default);
        if (error is not null) throw new InvalidOperationException($"demo clue {c.Number}: {error.MessageKey}");
        await Step(c, at, Office, () => c.Assign(new Assignment(unit, instructions, due, []), at, Office), DeadlineEvent.ClueAssigned);
        if (due is { } d) await steps.Terms.ApplyAsync(c.Id, d, default);
        await db.SaveChangesAsync();
    }

    public Task PullBackAsync(Clue c, string reason, DateTimeOffset at) =>
        Step(c, at, Office, () => c.PullBackAssignment(reason, at, Office), DeadlineEvent.CluePulledBack);

    public Task TakeAsync(Clue c, DateTimeOffset at) => Step(c, at, Liaison, () => c.Take(c.AssignedUnitId!.Value, at, Liaison), null);

    public Task RequestExtensionAsync(Clue c, string reason, DateTimeOffset at) =>
        Step(c, at, Liaison, () => c.RequestExtension(reason, at, Liaison), null);

    public async Task ApproveExtensionAsync(Clue c, DateTimeOffset at)
    {
        var requestedBy = c.Events.Last(e => e.Kind == ClueEventKind.ExtensionRequested).By;
        steps.As(at, Office);
        var why = c.ApproveExtension(at, Office);
        await steps.Effects.ApplyAsync(DeadlineEvent.ClueExtensionApproved, Subject(c) with { RequestedBy = requestedBy, Note = why });
        await db.SaveChangesAsync();
    }

    public Task VerifyAsync(Clue c, VerificationResult result, string notes, DateTimeOffset at) =>
        Step(c, at, Liaison, () => c.Verify(result, notes, null, at, Liaison),
            result is VerificationResult.True or VerificationResult.PartlyTrue ? DeadlineEvent.ClueFoundTrue : DeadlineEvent.ClueVerified);

    public Task NotifyAsync(Clue c, string how, DateTimeOffset at) =>
        Step(c, at, Office, () => c.NotifyInformant(how, at, Office), DeadlineEvent.InformantNotified);

    public Task CloseAsync(Clue c, string publicOutcome, string? note, DateTimeOffset at) =>
        Step(c, at, Office, () => c.Close(publicOutcome, note, null, at, Office), DeadlineEvent.ClueClosed);

    public Task StartMediationAsync(Clue c, string note, DateTimeOffset at) =>
        Step(c, at, Office, () => c.StartMediation(note, at, Office), null);

    public Task RecordAgreementAsync(Clue c, string terms, DateTimeOffset at) =>
        Step(c, at, Office, () => c.RecordAgreement(terms, at, Office), DeadlineEvent.MediationEnded);

    private async Task Step(Clue c, DateTimeOffset at, string by, Action move, DeadlineEvent? e)
    {
        steps.As(at, by);
        move();
        if (e is { } happened) await steps.Effects.ApplyAsync(happened, Subject(c));
        await db.SaveChangesAsync();
    }

    private static DeadlineSubject Subject(Clue c) =>
        new(DeadlineSubjects.Clue, c.Id, c.JurisdictionId, c.AssignedUnitId, c.InformantId is not null);
}

using Dajia.Web.Domain.Cases;
using Dajia.Web.Features.Calendar;

namespace Dajia.Web.Features.Cases.Transfer;

/// <summary>Body of POST /api/cases/{id}/transfer: the police station it goes to and the transfer report's gist.</summary>
public sealed record TransferReportInput(string? Police, string? Note);

/// <summary>
/// Body of each later step; <c>accepted</c> only for <c>police-decision</c> (立案 true, 不予立案 false); <c>on</c> the day
/// it happened when not today (the police's decision dated days ago), never before the last step nor after today.
/// </summary>
public sealed record TransferStepInput(string? Note, bool? Accepted = null, DateOnly? On = null);

public sealed record TransferDocumentDto(Guid Id, string Url, string FileName, bool IsPhoto);

/// <param name="Review">The police's answer to the reconsideration (复议决定), not their first 立案审查.</param>
public sealed record TransferStepDto(
    int Sequence, TransferStepKind Kind, DateTimeOffset At, string By, string? Note, IReadOnlyList<TransferDocumentDto> Documents,
    bool Review = false)
{
    /// <summary>The step's name: the police's decision after a reconsideration is their 复议决定.</summary>
    public string LabelKey => TransferSteps.LabelKey(Kind, Review);
}

public sealed record PoliceTransferDto(
    Guid Id, Guid CaseId, TransferStatus Status, string Police, string? ThresholdCode, IReadOnlyList<TransferStepDto> Steps,
    IReadOnlyList<string> NextSteps, int Version) : Infrastructure.Access.IVersionedDto
{
    public static PoliceTransferDto From(PoliceTransfer t) => new(
        t.Id, t.CaseId, t.Status, t.Police, t.ThresholdCode,
        t.Steps.OrderBy(s => s.Sequence).Select(s => new TransferStepDto(s.Sequence, s.Kind, s.At, s.By, s.Note,
            s.Documents.Select(d => new TransferDocumentDto(d.Id, $"/api/cases/{t.CaseId}/transfer/documents/{d.Id}", d.FileName,
                d.ContentType != Clues.ClueEvidenceFiles.PdfType)).ToList(), t.IsReview(s))).ToList(),
        // 立案 and 不予立案 are two kinds of one step, police-decision (its `accepted` says which): named once.
        PoliceTransfer.Next.Where(t.Can).Select(TransferSteps.Route).Concat(t.CanReportAgain ? ["report"] : []).Distinct().ToList(),
        t.Version);
}

/// <summary>
/// A case's transfer as the case page shows it: whether a standard flags it (<c>flagged</c>, with the standard and its
/// basis), the transfer if one was reported, the clock of each step, and the 涉嫌犯罪案件移送书's number once it has one.
/// </summary>
public sealed record TransferViewDto(
    Guid CaseId, CriminalOffence? Offence, bool Flagged, TransferThresholdDto? Crossed, PoliceTransferDto? Transfer,
    IReadOnlyList<DeadlineDto> Deadlines, IReadOnlyList<string> AllowedActions, string? LetterNumber = null);

/// <summary>The API's name of each step (<c>POST /api/cases/{id}/transfer/&lt;name&gt;</c>) and its deadline event.</summary>
public static class TransferSteps
{
    public static string Route(TransferStepKind k) => k switch
    {
        TransferStepKind.Approve => "approve",
        TransferStepKind.Reject => "reject",
        TransferStepKind.HandOver => "hand-over",
        TransferStepKind.PoliceAccept or TransferStepKind.PoliceRefuse => "police-decision",
        TransferStepKind.Reconsider => "reconsider",
        TransferStepKind.AcceptRefusal => "accept-refusal",
        TransferStepKind.HandOverExhibits => "hand-over-exhibits",
        _ => "report",
    };

    /// <summary>The resource key of a step's name; <paramref name="review"/>: the police's 复议决定.</summary>
    public static string LabelKey(TransferStepKind k, bool review) => (k, review) switch
    {
        (TransferStepKind.PoliceAccept, true) => "Transfer.ReviewAccept",
        (TransferStepKind.PoliceRefuse, true) => "Transfer.ReviewRefuse",
        _ => "TransferStepKind." + k,
    };

    /// <param name="review">The transfer awaits the police's 复议决定 (<see cref="TransferStatus.Reconsidering"/>).</param>
    public static Domain.Calendar.DeadlineEvent Event(TransferStepKind k, bool review = false) => (k, review) switch
    {
        (TransferStepKind.PoliceAccept, true) => Domain.Calendar.DeadlineEvent.TransferReviewAccepted,
        (TransferStepKind.PoliceRefuse, true) => Domain.Calendar.DeadlineEvent.TransferReviewRefused,
        _ => PlainEvent(k),
    };

    private static Domain.Calendar.DeadlineEvent PlainEvent(TransferStepKind k) => k switch
    {
        TransferStepKind.Approve => Domain.Calendar.DeadlineEvent.TransferApproved,
        TransferStepKind.Reject => Domain.Calendar.DeadlineEvent.TransferRejected,
        TransferStepKind.HandOver => Domain.Calendar.DeadlineEvent.TransferHandedOver,
        TransferStepKind.PoliceAccept => Domain.Calendar.DeadlineEvent.TransferPoliceAccepted,
        TransferStepKind.PoliceRefuse => Domain.Calendar.DeadlineEvent.TransferPoliceRefused,
        TransferStepKind.Reconsider => Domain.Calendar.DeadlineEvent.TransferReconsiderationRequested,
        TransferStepKind.AcceptRefusal => Domain.Calendar.DeadlineEvent.TransferRefusalAccepted,
        TransferStepKind.HandOverExhibits => Domain.Calendar.DeadlineEvent.TransferExhibitsHandedOver,
        _ => Domain.Calendar.DeadlineEvent.TransferReported,
    };
}

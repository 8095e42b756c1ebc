using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Features.Shared;
using Dajia.Web.Infrastructure.Input;

namespace Dajia.Web.Features.Clues;

/// <summary>Body of POST /api/public/reports (and of staff intake, which adds a source).</summary>
public sealed record ClueIntakeInput(
    string? Kind, string? Category, string? Product, string? Brand, string? MerchantName, string? Address, string? Description,
    DateOnly? SeenOn, bool? Anonymous, string? InformantName, string? InformantMobile, string? InformantIdNumber, string? NotifyBy,
    Guid? JurisdictionId, Guid? MarketEntityId, string? Source, DateTimeOffset? ReceivedAt = null)
{
    public (ClueDetails Details, List<FieldError> Errors) Parse(ClueSource defaultSource, DateOnly today)
    {
        var errors = new List<FieldError>();
        var kind = ParseEnum(Kind, "kind", ClueKind.Report, errors);
        var category = ParseEnum(Category, "category", ClueCategory.Other, errors);
        var source = ParseEnum(Source, "source", defaultSource, errors);
        var d = new ClueDetails(kind, category, source, Text(Product), Text(Brand), Text(MerchantName), Text(Address),
            Description?.Trim() ?? "", SeenOn, MarketEntityId);
        errors.AddRange(d.Validate().Named(Labels));
        // Five characters a reader can see: zero-width and control characters do not describe anything.
        if (InputRules.VisibleLength(Description) < 5 && errors.All(e => e.Field != "description"))
            errors.Add(new("description", "Validation.Clue.Description"));
        if (SeenOn is { } seen && (seen > today || !InputRules.IsSaneDate(seen))) errors.Add(new("seenOn", "Validation.Clue.SeenOn"));
        if (NotifyBy?.Trim() is { Length: > 16 }) errors.Add(new("notifyBy", "Validation.Clue.NotifyBy"));
        if (Anonymous != true)
        {
            if (InputRules.VisibleLength(InformantName) == 0 || InformantName!.Trim().Length > 32)
                errors.Add(new("informantName", "Validation.Clue.InformantName"));
            if (ContactFormats.NormalizePhone(InformantMobile) is not { } m
                || !ContactFormats.IsMobile(m)) errors.Add(new("informantMobile", "Validation.Mobile"));
            if (!string.IsNullOrWhiteSpace(InformantIdNumber)
                && Domain.MarketEntities.IdCardNumber.Check(InformantIdNumber, today).Error is { } e)
                errors.Add(e with { Field = "informantIdNumber" });
        }
        else if (kind == ClueKind.Complaint) errors.Add(new("anonymous", "Validation.Clue.ComplaintNeedsName"));
        return (d, errors);
    }

    private static readonly Dictionary<string, string> Labels = new()
    {
        ["product"] = "Portal.Product", ["brand"] = "Portal.Brand", ["merchantName"] = "Portal.Merchant", ["address"] = "Portal.Address",
    };

    private static string? Text(string? s) => ContactFormats.NormalizeText(s);

    private static T ParseEnum<T>(string? text, string field, T fallback, List<FieldError> errors) where T : struct, Enum =>
        Shared.Input.Enum<T>(text, field, errors) ?? fallback;
}

public sealed record ReceiptDto(string TrackingCode, string AccessKey);

public sealed record PublicStepDto(DateTimeOffset At, string Text);

public sealed record PublicStatusDto(
    string TrackingCode, ClueStatus Status, string StatusText, IReadOnlyList<PublicStepDto> Timeline, PublicOutcomeDto? Outcome = null,
    ClueKind Kind = ClueKind.Report);

/// <summary>
/// What a closed clue's sender learns: the verification result (属实 …) or the complaint's mediation outcome, and the
/// office's words for the public. Never the internal notes, the unit or the staff.
/// </summary>
public sealed record PublicOutcomeDto(string? Result, string? Mediation, string Text, DateTimeOffset ClosedAt);

public sealed record ClueEventDto(int Sequence, ClueEventKind Kind, DateTimeOffset At, string By, string? Note);

public sealed record DeadlineBrief(string RuleCode, DateOnly DueOn, DeadlineState State);

/// <summary>What staff see of a clue. The informant is only ever an alias here.</summary>
public sealed record ClueDto(
    Guid Id, string Number, ClueKind Kind, ClueCategory Category, ClueSource Source, string? Product, string? Brand, string? MerchantName,
    string? Address, string Description, DateOnly? SeenOn, Guid? MarketEntityId, ClueStatus Status, Guid? AssignedUnitId,
        string? AssignedUnitName,
    VerificationResult? Result, string? ResultNotes, Guid? DuplicateOfId, string? CaseReference, DateTimeOffset ReceivedAt,
    string? Informant, bool RealName, DateTimeOffset? InformantNotifiedAt, string? InformantNotifiedHow, string? ExtensionRequest,
    IReadOnlyList<DeadlineBrief> Deadlines, IReadOnlyList<ClueEventDto> Events, IReadOnlyList<string> Photos,
    int Version, IReadOnlyList<string> AllowedActions, AssignmentDto Assignment,
    ClueOutcomeDto? Outcome = null) : Infrastructure.Access.IVersionedDto;

/// <summary>
/// A complaint's mediation (its outcome and notes, staff only) and the closing: the words the public reads, and why a
/// real-name informant was not told, when they could not be.
/// </summary>
public sealed record ClueOutcomeDto(MediationOutcome? Mediation, string? MediationNotes, string? PublicOutcome, string? UntoldReason,
    UntoldKind? UntoldKind = null, int? UntoldAttempts = null, DateOnly? UntoldLastTriedOn = null);

public sealed record ClueListItem(
    Guid Id, string Number, ClueKind Kind, ClueCategory Category, ClueSource Source, string Summary, ClueStatus Status,
    string? AssignedUnitName, DateTimeOffset ReceivedAt, DateOnly? DueOn, DeadlineState? DueState, string? DueRule = null);

/// <summary>
/// The list's filters and page as the query string carries them (API and export); each bad value is a field error
/// naming its parameter, not a silent "no filter".
/// </summary>
public sealed record ClueListInput(
    string? Q, string? Status, string? Source, string? Kind, string? UnitId, string? Overdue, string? Sort, string? Page,
    string? PageSize)
{
    public ClueQuery Parse(List<FieldError> errors) => new(Q,
        Shared.Input.Enum<ClueStatus>(Status, "status", errors), Shared.Input.Enum<ClueSource>(Source, "source", errors),
        Shared.Input.Enum<ClueKind>(Kind, "kind", errors), Shared.Input.Id(UnitId, "unitId", errors),
        Shared.Input.Bool(Overdue, "overdue", errors) ?? false,
        Shared.PageRequest.Parse(Page, PageSize, errors), Shared.Input.Enum<ClueSort>(Sort, "sort", errors) ?? ClueSort.Newest);
}

public sealed record IdentityDto(string Alias, string Name, string? Mobile, string? IdNumber, string? NotifyBy);

/// <summary>Body of reject, pullback, extension and decline-extension: the reason, required.</summary>
public sealed record ReasonInput(string? Reason);

public sealed record DuplicateInput(Guid? DuplicateOfId);

/// <summary>交办: the lead unit, 交办意见, the date asked for (default: the rule's), and 协查单位.</summary>
public sealed record AssignInput(Guid? UnitId, string? Instructions = null, DateOnly? DueOn = null, IReadOnlyList<Guid>? CoUnitIds = null);

/// <summary>退回重查: the reason (required) and the new date (default: the rule's, counted from today).</summary>
public sealed record SendBackInput(string? Reason, DateOnly? DueOn = null);

/// <summary>协查意见 or any note on an assigned clue.</summary>
public sealed record NoteInput(string? Note);

/// <summary>Result is a <see cref="VerificationResult"/> name; notes are required.</summary>
public sealed record VerifyInput(string? Result, string? Notes, string? CaseReference);

/// <summary>How the real-name informant was told (phone, SMS, letter …).</summary>
public sealed record NotifyInput(string? How);

/// <summary>
/// Closing: <c>publicOutcome</c>, required, is what the public reads on the tracking page; <c>notes</c> stay internal;
/// <c>untoldReason</c> is required when a real-name informant (complainant) was not told — why they cannot be.
/// </summary>
/// <param name="UntoldKind">Why a real-name informant was not told: Unreachable (多次联系不上), Declined, InvalidContact, or its label.</param>
/// <param name="UntoldReason">The note on it (how it was tried, who said so).</param>
public sealed record CloseInput(string? Notes, string? PublicOutcome = null, string? UntoldReason = null, string? UntoldKind = null,
    int? UntoldAttempts = null, DateOnly? UntoldLastTriedOn = null);

/// <summary>Body of a mediation step: the agreement's terms, or why it ended; optional only when mediation starts.</summary>
public sealed record MediationInput(string? Notes);

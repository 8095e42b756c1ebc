namespace Dajia.Web.Domain.Cases;

/// <summary>
/// The case's moves after 立案: pause and resume the decision clock, extend it, decide, record the payment (with the
/// late fee), publish, close. The clocks themselves are deadlines (rule table); the case reports events to them.
/// </summary>
public sealed partial class EnforcementCase
{
    /// <summary>The statuses each move starts from: the case refuses any other, and lists only these as allowed.</summary>
    public static readonly IReadOnlyDictionary<CaseMove, CaseStatus[]> From = new Dictionary<CaseMove, CaseStatus[]>
    {
        [CaseMove.Edit] = [CaseStatus.Investigating, CaseStatus.Paused],
        [CaseMove.Pause] = [CaseStatus.Investigating],
        [CaseMove.Resume] = [CaseStatus.Paused],
        [CaseMove.Extend] = [CaseStatus.Investigating, CaseStatus.Paused],
        [CaseMove.Decide] = [CaseStatus.Investigating],
        [CaseMove.RecordPayment] = [CaseStatus.Decided],
        [CaseMove.Publish] = [CaseStatus.Decided, CaseStatus.Closed],
        [CaseMove.Close] = [CaseStatus.Decided],
        [CaseMove.CloseTransferred] = [CaseStatus.Investigating, CaseStatus.Paused],
        [CaseMove.Notify] = [CaseStatus.Investigating],
        // A hearing pauses the case; what the party said there is recorded while it stands still.
        [CaseMove.Statement] = [CaseStatus.Investigating, CaseStatus.Paused],
    };

    /// <summary>
    /// How far back a pause may start: the 送检/鉴定 commission or the hearing request is recorded within a week of it (a
    /// weekend, a week of field work or a seven-day holiday), never months later to wipe out the time already used.
    /// </summary>
    public const int PauseBackdateDays = 7;

    /// <summary>
    /// The longest extension one collective decision may set. 《市场监督管理行政处罚程序规定》第六十四条: beyond the head's
    /// +30, 负责人集体讨论 decides whether to extend further and "应当同时确定延长的合理期限" — a reasonable term, set anew at
    /// each decision. 90 days is a bound of our choosing: as long as the whole ordinary term, so a case that needs more is
    /// discussed again with what happened since, rather than given a year at once (12 × 365 days once hid a case 8 years late).
    /// </summary>
    public const int CollectiveExtensionMaxDays = 90;

    /// <summary>What stops the decision clock now; null while it runs.</summary>
    public CasePauseKind? PauseKind { get; private set; }
    public DateOnly? PausedFrom { get; private set; }
    public DateOnly? DecidedOn { get; private set; }
    public Penalties Penalties { get; private set; }

    /// <summary>罚款, yuan.</summary>
    public decimal? FineAmount { get; private set; }

    /// <summary>没收违法所得, yuan.</summary>
    public decimal? ConfiscatedGains { get; private set; }

    /// <summary>The decision in a sentence (what was confiscated, what was ordered).</summary>
    public string? DecisionSummary { get; private set; }
    public DateOnly? PaidOn { get; private set; }

    /// <summary>加处罚款 for paying late: 3 % of the fine a day, never more than the fine.</summary>
    public decimal? LateFee { get; private set; }

    /// <summary>When the penalty was published (公示); owed within 20 working days of the decision.</summary>
    public DateOnly? PublishedOn { get; private set; }

    public bool OwesPayment => (Penalties & Penalties.Fine) != 0 && PaidOn is null;

    /// <summary>A decision of a warning alone is not published (总局令第45号第六条).</summary>
    public bool OwesPublication => DecidedOn is not null && PublishedOn is null && Penalties != Penalties.Warning;

    /// <summary>Whether the move is possible now (the same guards the move itself applies, before any input).</summary>
    public bool CanMove(CaseMove move) => From[move].Contains(Status) && move switch
    {
        CaseMove.RecordPayment => OwesPayment,
        CaseMove.Publish => OwesPublication,
        CaseMove.Close => !OwesPayment,
        CaseMove.Statement => Notified && StatementKind is null,
        _ => true,
    };

    /// <param name="from">The first day the clock stands still (the day samples went to the lab, the hearing was asked for).</param>
    public void Pause(CasePauseKind kind, DateOnly from, string reason, DateTimeOffset at, string by)
    {
        Guard(CaseMove.Pause);
        (Status, PauseKind, PausedFrom) = (CaseStatus.Paused, kind, from);
        Record(CaseEventKind.Paused, at, by, Required(reason));
    }

    /// <param name="to">The last day the clock stood still.</param>
    public void Resume(DateOnly to, DateTimeOffset at, string by)
    {
        Guard(CaseMove.Resume);
        if (to < PausedFrom) throw new DomainException("Case.ResumeBeforePause");
        (Status, PauseKind, PausedFrom) = (CaseStatus.Investigating, null, null);
        Record(CaseEventKind.Resumed, at, by, to.ToString("yyyy-MM-dd"));
    }

    /// <summary>The approval (or the collective decision) is recorded here; the deadline counts the days.</summary>
    public void Extend(string reason, bool collective, DateTimeOffset at, string by)
    {
        Guard(CaseMove.Extend);
        Record(CaseEventKind.Extended, at, by, (collective ? "[集体讨论] " : "") + Required(reason));
    }

    public void Decide(CaseDecision d, DateTimeOffset at, string by)
    {
        Guard(CaseMove.Decide);
        (Status, DecidedOn, Penalties, FineAmount, ConfiscatedGains, DecisionSummary) = (CaseStatus.Decided, ChinaTime.DateOf(at),
            d.Penalties, d.Fine, d.ConfiscatedGains, d.Summary.Trim());
        if (!string.IsNullOrWhiteSpace(d.LegalBasis)) LegalBasis = d.LegalBasis.Trim();
        Record(CaseEventKind.Decided, at, by, DecisionSummary);
    }

    /// <param name="dueOn">The last day of the payment term (the deadline's due date).</param>
    public void RecordPayment(DateOnly paidOn, DateOnly dueOn, DateTimeOffset at, string by)
    {
        if (!CanMove(CaseMove.RecordPayment)) throw Illegal(CaseMove.RecordPayment);
        if (paidOn < DecidedOn) throw new DomainException("Case.PaidBeforeDecision");
        (PaidOn, LateFee) = (paidOn, LateFees.For(FineAmount ?? 0, dueOn, paidOn));
        Record(CaseEventKind.Paid, at, by, LateFee > 0 ? $"{paidOn:yyyy-MM-dd} +{LateFee:0.00}" : $"{paidOn:yyyy-MM-dd}");
    }

    public void Publish(DateOnly publishedOn, DateTimeOffset at, string by)
    {
        if (!CanMove(CaseMove.Publish)) throw Illegal(CaseMove.Publish);
        if (publishedOn < DecidedOn) throw new DomainException("Case.PublishedBeforeDecision");
        PublishedOn = publishedOn;
        Record(CaseEventKind.Published, at, by, publishedOn.ToString("yyyy-MM-dd"));
    }

    /// <summary>结案: only after a decision, and once a fine was paid.</summary>
    public void Close(string? note, DateTimeOffset at, string by)
    {
        Guard(CaseMove.Close);
        if (OwesPayment) throw new DomainException("Case.FineUnpaid");
        (Status, ClosedOn) = (CaseStatus.Closed, ChinaTime.DateOf(at));
        Record(CaseEventKind.Closed, at, by, string.IsNullOrWhiteSpace(note) ? null : Required(note));
    }

    private void Guard(CaseMove move)
    {
        if (!From[move].Contains(Status)) throw Illegal(move);
    }

    private static DomainException Illegal(CaseMove move) => new("Case.IllegalMove." + move);
}

/// <summary>
/// The decision's penalties and amounts; the flags and the amounts must agree. <paramref name="LegalBasis"/>: the basis the
/// decision cites, when given (it replaces the case's).
/// </summary>
public sealed record CaseDecision(Penalties Penalties, decimal? Fine, decimal? ConfiscatedGains, string Summary, string? LegalBasis = null)
{
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (Penalties == Penalties.None || ((int)Penalties & ~63) != 0) errors.Add(new("penalties", "Validation.Case.Penalties"));
        Amount(Penalties.Fine, Fine, "fine", errors);
        Amount(Penalties.ConfiscateGains, ConfiscatedGains, "confiscatedGains", errors);
        if (Summary.Trim().Length is < 2 or > FieldLengths.Note) errors.Add(new("summary", "Validation.Case.Summary", FieldLengths.Note));
        if (LegalBasis is { Length: > FieldLengths.Note }) errors.Add(new("legalBasis", "Validation.TooLong", FieldLengths.Note));
        Prose.Check([(Summary, "summary"), (LegalBasis, "legalBasis")], errors);
        return errors;
    }

    private void Amount(Penalties flag, decimal? value, string field, List<FieldError> errors)
    {
        if ((Penalties & flag) == 0)
        {
            if (value is not null and not 0) errors.Add(new(field, "Validation.Case.AmountWithoutPenalty"));
            return;
        }
        if (value is not > 0) errors.Add(new(field, "Validation.Case.AmountRequired"));
        else CaseMoney.Check(value.Value, field, errors);
    }
}

/// <summary>
/// 加处罚款: 3 % of the fine for each day past the payment term (《行政处罚法》1996 第五十一条, 2021 第七十二条), never more
/// than the fine itself (《行政强制法》第四十五条; 2021 第七十二条).
/// </summary>
public static class LateFees
{
    public const decimal DailyRate = 0.03m;

    public static decimal For(decimal fine, DateOnly dueOn, DateOnly paidOn)
    {
        var days = paidOn.DayNumber - dueOn.DayNumber;
        return days <= 0 ? 0 : Math.Min(fine, decimal.Round(fine * DailyRate * days, 2));
    }
}

using Dajia.Web.Data;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Cases;
using Dajia.Web.Features.Deadlines;
using Dajia.Web.Infrastructure.Access;

namespace Dajia.Web.Features.Cases;

/// <summary>
/// Every step after 立案, one method each. Each finds the case in scope (404), asks the permissions (403), compares the
/// version (409), checks the input (400), lets the case refuse an illegal move (409, nothing changed), reports the
/// event to the deadlines, and saves once: of two officers acting at once, exactly one wins.
/// </summary>
public sealed partial class CaseWorkflow(AppDbContext db, CurrentUser user, TimeProvider time, CaseService cases, CaseViews views,
    DeadlineEffects effects, Documents.DocumentNumberer numberer, Transfer.TransferThresholdService thresholds)
{
    public Task<ServiceResult<CaseDto>> PauseAsync(Guid id, PauseInput input, Expected expected, CancellationToken ct = default) =>
        StepAsync(id, CaseMove.Pause, expected, (c, x, errors) =>
        {
            var today = x.Today;
            var kind = Input.Enum<CasePauseKind>(input.Kind, "kind", errors, required: true);
            var from = input.From ?? today;
            if (from <= c.OpenedOn || from > today) errors.Add(new("from", "Validation.Case.PauseFrom"));
            else if (from < today.AddDays(-EnforcementCase.PauseBackdateDays))
                errors.Add(new("from", "Validation.Case.PauseBackdated", EnforcementCase.PauseBackdateDays));
            Note(input.Reason, "reason", errors);
            return errors.Count > 0 ? null : new(DeadlineEvent.CasePaused, Day(from),
                () => c.Pause(kind!.Value, from, input.Reason!, Now, By), input.Reason!.Trim());
        }, ct);

    public Task<ServiceResult<CaseDto>> ResumeAsync(Guid id, ResumeInput input, Expected expected, CancellationToken ct = default) =>
        StepAsync(id, CaseMove.Resume, expected, (c, x, errors) =>
        {
            var to = input.To ?? x.Today;
            if (to < c.PausedFrom || to > x.Today) errors.Add(new("to", "Validation.Case.ResumeTo"));
            return errors.Count > 0 ? null : new(DeadlineEvent.CaseResumed, Day(to), () => c.Resume(to, Now, By));
        }, ct);

    public Task<ServiceResult<CaseDto>> ExtendAsync(Guid id, ExtendInput input, Expected expected, CancellationToken ct = default) =>
        StepAsync(id, CaseMove.Extend, expected, (c, _, errors) =>
        {
            Note(input.Reason, "reason", errors);
            var collective = input.Collective == true;
            if (collective && input.Days is not (>= 1 and <= EnforcementCase.CollectiveExtensionMaxDays))
                errors.Add(new("days", "Validation.Case.ExtensionDays"));
            if (!collective && input.Days is not null) errors.Add(new("days", "Validation.Case.DaysOnlyCollective"));
            return errors.Count > 0 ? null : new(DeadlineEvent.CaseExtended, null,
                () => c.Extend(input.Reason!, collective, Now, By), input.Reason!.Trim());
        }, ct, input);

    public Task<ServiceResult<CaseDto>> DecideAsync(Guid id, DecideInput input, Expected expected, CancellationToken ct = default) =>
        StepAsync(id, CaseMove.Decide, expected, (c, x, errors) =>
        {
            var penalties = Penalties.None;
            foreach (var p in input.Penalties ?? [])
                penalties |= Input.Enum<Penalties>(p, "penalties", errors, required: true) ?? Penalties.None;
            var decision = new CaseDecision(penalties, input.Fine, input.ConfiscatedGains, input.Summary ?? "", input.LegalBasis?.Trim());
            if (errors.Count == 0) errors.AddRange(decision.Validate());
            if (errors.Count == 0 && DecisionFines.Check(c, decision, x.Today) is { } aboveMax) errors.Add(aboveMax);
            // A 决定书 states the law it applies (行政处罚法第五十九条: 违反法律、法规、规章的事实和证据; 处罚的种类和依据).
            if (string.IsNullOrWhiteSpace(decision.LegalBasis) && string.IsNullOrWhiteSpace(c.LegalBasis))
                errors.Add(new("legalBasis", "Validation.Case.DecisionBasis"));
            return errors.Count > 0 ? null : new(DeadlineEvent.CaseDecided, null, () =>
            {
                if (x.Allowed is { } rule && !rule.Allows(decision.Penalties)) throw new DomainException(rule.Reason!);
                c.EnsureHeard(decision, x.StatementOver);
                c.Decide(decision, Now, By);
            });
        }, ct);

    public Task<ServiceResult<CaseDto>> PayAsync(Guid id, PaymentInput input, Expected expected, CancellationToken ct = default) =>
        StepAsync(id, CaseMove.RecordPayment, expected, (c, x, errors) =>
        {
            var paid = input.PaidOn ?? x.Today;
            if (paid < c.DecidedOn || paid > x.Today) errors.Add(new("paidOn", "Validation.Case.PaidOn"));
            return errors.Count > 0 ? null : new(DeadlineEvent.FinePaid, Day(paid), () => c.RecordPayment(paid, x.PaymentDue, Now, By));
        }, ct);

    public Task<ServiceResult<CaseDto>> PublishAsync(Guid id, PublishInput input, Expected expected, CancellationToken ct = default) =>
        StepAsync(id, CaseMove.Publish, expected, (c, x, errors) =>
        {
            var on = input.PublishedOn ?? x.Today;
            if (on < c.DecidedOn || on > x.Today) errors.Add(new("publishedOn", "Validation.Case.PublishedOn"));
            return errors.Count > 0 ? null : new(DeadlineEvent.PenaltyPublished, Day(on), () => c.Publish(on, Now, By));
        }, ct);

    public Task<ServiceResult<CaseDto>> CloseAsync(Guid id, CloseCaseInput input, Expected expected, CancellationToken ct = default) =>
        StepAsync(id, CaseMove.Close, expected, (c, _, errors) =>
        {
            Input.Prose(input.Note, FieldLengths.Note, "note", errors);
            return errors.Count > 0 ? null : new(null, null, () => c.Close(input.Note, Now, By));
        }, ct);

    /// <summary>
    /// 结案 as 移送司法机关 (程序规定第六十条): only once the police opened a case on the transfer, else 409. The decision clock is
    /// met; there is no penalty to pay or publish.
    /// </summary>
    public Task<ServiceResult<CaseDto>> CloseTransferredAsync(Guid id, CloseCaseInput input, Expected expected,
        CancellationToken ct = default) =>
        StepAsync(id, CaseMove.CloseTransferred, expected, (c, _, errors) =>
        {
            Note(input.Note, "note", errors);
            return errors.Count > 0 ? null : new(DeadlineEvent.CaseDecided, null, () => c.CloseTransferred(input.Note!.Trim(), Now, By));
        }, ct);

    private DateTimeOffset Now => time.GetUtcNow();

    private string By => user.Signature;

    private static DateTimeOffset Day(DateOnly day) => ChinaTime.StartOf(day);

    /// <summary>
    /// A step's note or reason: written, and plain prose as the case's facts are — each is printed, on a served document
    /// (告知书, 陈述申辩) or in the case file's history.
    /// </summary>
    private static void Note(string? text, string field, List<FieldError> errors)
    {
        if (text?.Trim() is not { Length: > 0 and <= FieldLengths.Note }) errors.Add(new(field, "Validation.Case.Note", FieldLengths.Note));
        else Input.Prose(text, FieldLengths.Note, field, errors);
    }

    /// <summary>
    /// What a step's checks know besides the case: today, the open payment term's last day, and for a decision the
    /// penalties a transfer leaves possible (for a notice too: it may not promise what the decision could not be).
    /// </summary>
    /// <param name="StatementOver">For a decision: the party's 陈述申辩期 after the last notice has run out.</param>
    /// <param name="Overdue">For a statement: the decision clock is late (a hearing may not pause it then).</param>
    private sealed record StepContext(DateOnly Today, DateOnly PaymentDue, TransferPenaltyRule? Allowed = null,
        bool StatementOver = false, bool Overdue = false);

    /// <summary>
    /// A checked step: the event it reports, the day it happened (null: now), and the move itself; <paramref name="Hearing"/>:
    /// the day a hearing asked for pauses the decision clock from.
    /// </summary>
    private sealed record Step(DeadlineEvent? Event, DateTimeOffset? At, Action Apply, string? Note = null, DateTimeOffset? Hearing = null);

    /// <summary>The move's checks: a step to run when they found nothing, else null with the errors.</summary>
    private delegate Step? Check(EnforcementCase c, StepContext x, List<FieldError> errors);

    private async Task<ServiceResult<CaseDto>> StepAsync(Guid id, CaseMove move, Expected expected, Check check, CancellationToken ct,
        ExtendInput? extension = null)
    {
        var c = await cases.LoadAsync(id, ct);
        if (c is null) return ServiceResult<CaseDto>.NotFound();
        if (!CasePermissions.RoleMay(user, c, move)) return ServiceResult<CaseDto>.Forbidden();
        if (expected.IsStale(c.Version)) return ServiceResult<CaseDto>.Stale();
        if (!c.CanMove(move) || (move == CaseMove.CloseTransferred && !await views.PoliceTookAsync(c.Id, ct)))
            return ServiceResult<CaseDto>.Conflict(c.Status == CaseStatus.Closed ? "Case.AlreadyClosed" : "Case.IllegalMove." + move);
        // A pause or an extension on a clock already late would move its due date past today and hide the lateness
        // (程序规定第六十四条 counts only the time a pause really lasted; an extension is approved before the term runs
        // out, "不能在规定期限内作出处理决定的"): a late case stays late until it is decided.
        if (move is CaseMove.Pause or CaseMove.Extend && await views.DecisionOverdueAsync(c.Id, ct))
            return ServiceResult<CaseDto>.Conflict(move == CaseMove.Pause ? "Case.PauseOverdue" : "Case.ExtendOverdue");
        // Goods seized or confiscated are the case's until disposed of (执行完毕): once closed, no clock would watch them.
        if (move == CaseMove.Close && await views.GoodsHeldAsync(c.Id, ct) is > 0 and var held)
            return ServiceResult<CaseDto>.Conflict("Case.GoodsHeld", held);
        var errors = new List<FieldError>();
        var today = ChinaTime.Today(time);
        var due = move == CaseMove.RecordPayment ? await PaymentDueAsync(c, ct) : today;
        var penalties = move is CaseMove.Decide or CaseMove.Notify ? await PenaltyRuleAsync(c, ct) : null;
        var over = move == CaseMove.Decide && await views.StatementDueAsync(c.Id, ct) < today;
        var late = move == CaseMove.Statement && await views.DecisionOverdueAsync(c.Id, ct);
        var step = check(c, new StepContext(today, due, penalties, over, late), errors);
        if (step is null) return ServiceResult<CaseDto>.Invalid(errors);
        try
        {
            step.Apply();
            var subject = new DeadlineSubject(DeadlineSubjects.Case, c.Id, c.JurisdictionId, c.HandlingUnitId, RequestedBy: By,
                Note: step.Note, At: step.At, CollectiveDays: extension?.Collective == true ? extension.Days : null);
            if (step.Event is { } e) await effects.ApplyAsync(e, subject, ct);
            if (step.Hearing is { } h) await effects.ApplyAsync(DeadlineEvent.CasePaused, subject with { At = h }, ct);
            if (move == CaseMove.Decide) await StartDutiesAsync(c, subject, ct);
            // Each 告知书 is its own document: it takes its 告字 number in the save that keeps it.
            if (move == CaseMove.Notify) await numberer.NumberNoticeAsync(c, ct);
        }
        catch (DomainException refused)
        {
            // The move refused after all (a deadline that may not change): nothing is saved.
            db.ChangeTracker.Clear();
            return ServiceResult<CaseDto>.Conflict(refused.MessageKey, refused.Args);
        }
        if (!await db.TrySaveAsync(ct)) return ServiceResult<CaseDto>.Stale();
        // A case opened before 立案 numbered its 立案审批表 gets the number at its next move (viewing never numbers).
        await numberer.IssueAsync(c, CaseDocumentKind.CaseApproval, By, ct);
        if (move == CaseMove.Decide) await NumberAsync(c, CaseDocumentKind.PenaltyDecision, ct);
        // The 决定书 confiscating goods cites the goods list by its number ("详见涉案物品清单 …").
        if (move == CaseMove.Decide && c.Penalties.HasFlag(Penalties.ConfiscateGoods)
            && await db.Exhibits.AnyAsync(e => e.CaseId == c.Id, ct))
            await NumberAsync(c, CaseDocumentKind.ExhibitList, ct);
        if (move is CaseMove.Close or CaseMove.CloseTransferred) await NumberAsync(c, CaseDocumentKind.ClosingApproval, ct);
        return ServiceResult<CaseDto>.Ok(await views.DtoAsync(c, ct));
    }

    /// <summary>
    /// The 行政处罚决定书 takes its 文号 when the case is decided, the 结案审批表 when it is closed (unless it already has one):
    /// the handling unit's prefix and its counter for the year of the move, as <c>POST …/documents/{kind}</c> would give
    /// it. Printing never numbers.
    /// </summary>
    private async Task NumberAsync(EnforcementCase c, CaseDocumentKind kind, CancellationToken ct)
    {
        // The unit is named by the case just moved in scope: its register entry is read for its prefix only.
        var unit = await db.Unscoped<Domain.Units.Unit>().FirstAsync(u => u.Id == c.HandlingUnitId, ct);
        await numberer.IssueAsync(c.Id, kind, unit, By, ct, Documents.CaseDocumentService.YearOf(c, kind));
    }

    /// <summary>A fine starts the payment term; a penalty other than a warning alone must be published.</summary>
    private async Task StartDutiesAsync(EnforcementCase c, DeadlineSubject s, CancellationToken ct)
    {
        if (c.OwesPayment) await effects.ApplyAsync(DeadlineEvent.FineImposed, s, ct);
        if (c.OwesPublication) await effects.ApplyAsync(DeadlineEvent.PenaltyToPublish, s, ct);
    }

    private async Task<TransferPenaltyRule> PenaltyRuleAsync(EnforcementCase c, CancellationToken ct)
    {
        var verdict = await thresholds.EvaluateAsync(TransferThreshold.OffenceOf(c.ViolationType), c.CaseValue, c.GoodsValue,
            c.OpenedOn, ct);
        var status = await db.Visible<PoliceTransfer>(user).Where(t => t.CaseId == c.Id).Select(t => (TransferStatus?)t.Status)
            .FirstOrDefaultAsync(ct);
        // A case that once crossed stays barred though its figures were lowered since (TransferPenalties).
        return TransferPenalties.For(verdict.MustTransfer, status, c.ReachedStandard);
    }

    private async Task<DateOnly> PaymentDueAsync(EnforcementCase c, CancellationToken ct) =>
        await views.CaseDeadlines.Where(d => d.SubjectId == c.Id && d.RuleCode == RuleCodes.CasePayment)
            .OrderByDescending(d => d.StartedAt).Select(d => (DateOnly?)d.DueOn).FirstOrDefaultAsync(ct)
        ?? c.DecidedOn!.Value.AddDays(15);
}

using Dajia.Web.Data;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Cases;
using Dajia.Web.Features.Calendar;
using Dajia.Web.Features.Deadlines;
using Dajia.Web.Infrastructure.Access;

namespace Dajia.Web.Features.Cases.Transfer;

/// <summary>
/// 移送公安 of a visible case: the threshold flag, the report, each later step (with its clock from the rule table)
/// and the documents each step carries. Handing the exhibits over also disposes of the goods still held.
/// </summary>
public sealed class TransferService(
    AppDbContext db, CurrentUser user, TimeProvider time, TransferThresholdService thresholds, DeadlineEffects effects,
    DeadlineService deadlines, Documents.DocumentNumberer numberer)
{
    private Task<EnforcementCase?> CaseAsync(Guid caseId, CancellationToken ct) =>
        db.Visible<EnforcementCase>(user).FirstOrDefaultAsync(c => c.Id == caseId, ct);

    private Task<PoliceTransfer?> TransferAsync(Guid caseId, CancellationToken ct) =>
        db.Visible<PoliceTransfer>(user).Include(t => t.Steps).ThenInclude(s => s.Documents)
            .FirstOrDefaultAsync(t => t.CaseId == caseId, ct);

    public async Task<TransferVerdict> VerdictAsync(EnforcementCase c, CancellationToken ct) =>
        await thresholds.EvaluateAsync(TransferThreshold.OffenceOf(c.ViolationType), c.CaseValue, c.GoodsValue, c.OpenedOn, ct);

    public async Task<ServiceResult<TransferViewDto>> ViewAsync(Guid caseId, CancellationToken ct)
    {
        if (await CaseAsync(caseId, ct) is not { } c) return ServiceResult<TransferViewDto>.NotFound();
        return ServiceResult<TransferViewDto>.Ok(await ViewOfAsync(c, await TransferAsync(caseId, ct), ct));
    }

    public async Task<TransferViewDto> ViewOfAsync(EnforcementCase c, PoliceTransfer? t, CancellationToken ct)
    {
        var verdict = await VerdictAsync(c, ct);
        var clocks = new List<DeadlineDto>();
        if (t is not null)
        {
            var rows = await deadlines.Visible().Where(d => d.SubjectType == DeadlineSubjects.PoliceTransfer && d.SubjectId == t.Id)
                .OrderBy(d => d.StartedAt).ToListAsync(ct);
            foreach (var d in rows) clocks.Add(await deadlines.DtoAsync(d, ct));
        }
        var letter = t is null ? null : await numberer.FindAsync(c.Id, CaseDocumentKind.TransferLetter, ct);
        return new TransferViewDto(c.Id, TransferThreshold.OffenceOf(c.ViolationType), verdict.MustTransfer,
            verdict.Crossed is null ? null : TransferThresholdDto.From(verdict.Crossed), t is null ? null : PoliceTransferDto.From(t),
            clocks, CaseDocsPermissions.Allowed(user, c), letter?.Number);
    }

    public async Task<ServiceResult<PoliceTransfer>> ReportAsync(Guid caseId, TransferReportInput input, CancellationToken ct)
    {
        if (await CaseAsync(caseId, ct) is not { } c) return ServiceResult<PoliceTransfer>.NotFound();
        if (!CaseDocsPermissions.May(user, c, CaseDocsAction.ReportTransfer))
            return c.IsOpen ? ServiceResult<PoliceTransfer>.Forbidden() : ServiceResult<PoliceTransfer>.Conflict("Exhibit.CaseClosed");
        var errors = new List<FieldError>();
        var police = input.Police?.Trim();
        if (string.IsNullOrEmpty(police)) errors.Add(new("police", "Validation.Transfer.Police"));
        else if (PlainNames.HasMarkup(police)) errors.Add(new("police", "Validation.NameChars"));
        else Input.Fits(police, FieldLengths.Name, "police", errors);
        if (string.IsNullOrWhiteSpace(input.Note)) errors.Add(new("note", "Validation.Transfer.Note"));
        else Input.Prose(input.Note.Trim(), FieldLengths.Note, "note", errors);
        if (errors.Count > 0) return ServiceResult<PoliceTransfer>.Invalid(errors);
        if (await TransferAsync(caseId, ct) is { } earlier)
        {
            if (!earlier.CanReportAgain) return ServiceResult<PoliceTransfer>.Conflict("Transfer.AlreadyReported");
            var again = earlier.ReportAgain(police!, input.Note!.Trim(), time.GetUtcNow(), user.Signature);
            await effects.ApplyAsync(DeadlineEvent.TransferReported, Subject(earlier) with { At = again.At }, ct);
            return await db.TrySaveAsync(ct) ? ServiceResult<PoliceTransfer>.Ok(earlier) : ServiceResult<PoliceTransfer>.Stale();
        }
        var verdict = await VerdictAsync(c, ct);
        var transfer = new PoliceTransfer(c.JurisdictionId, c.Id, c.HandlingUnitId, verdict.Crossed?.Code, police!, input.Note!.Trim(),
            time.GetUtcNow(), user.Signature);
        db.Add(transfer);
        await effects.ApplyAsync(DeadlineEvent.TransferReported, Subject(transfer), ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two reports at once: the (case) key keeps the first.
            db.ChangeTracker.Clear();
            return ServiceResult<PoliceTransfer>.Conflict("Transfer.AlreadyReported");
        }
        return ServiceResult<PoliceTransfer>.Ok(transfer);
    }

    /// <param name="step">Null: a police decision sent without saying which (400, once the transfer is found).</param>
    public async Task<ServiceResult<PoliceTransfer>> StepAsync(Guid caseId, TransferStepKind? step, TransferStepInput input,
        Expected expected, CancellationToken ct)
    {
        if (await CaseAsync(caseId, ct) is not { } c) return ServiceResult<PoliceTransfer>.NotFound();
        if (await TransferAsync(caseId, ct) is not { } t) return ServiceResult<PoliceTransfer>.NotFound();
        if (!CaseDocsPermissions.May(user, c, CaseDocsAction.RecordTransferStep)) return ServiceResult<PoliceTransfer>.Forbidden();
        // The head's approval (负责人批准, 国务院令第310号第五条) is recorded by the office, as extensions are, and never by
        // the one who reported the transfer: a report approved by its own author is no approval.
        var headStep = step is TransferStepKind.Approve or TransferStepKind.Reject;
        if (headStep && !user.IsOffice) return ServiceResult<PoliceTransfer>.Forbidden();
        if (expected.IsStale(t.Version)) return ServiceResult<PoliceTransfer>.Stale();
        if (headStep && t.ReportedBy == user.Signature) return ServiceResult<PoliceTransfer>.Conflict("Transfer.SelfApproval");
        // 国务院令第310号第五条: the case goes to the police only on the head's approval, with its 移送书 (第六条).
        if (step == TransferStepKind.HandOver && !PoliceTransfer.IsApproved(t.Status))
            return ServiceResult<PoliceTransfer>.Conflict("Transfer.HandOverUnapproved");
        var errors = new List<FieldError>();
        if (step is null) return ServiceResult<PoliceTransfer>.Invalid("accepted", "Validation.Transfer.Accepted");
        Input.Prose(input.Note?.Trim(), FieldLengths.Note, "note", errors);
        if (step is TransferStepKind.Reject or TransferStepKind.Reconsider && string.IsNullOrWhiteSpace(input.Note))
            errors.Add(new("note", "Validation.Transfer.Note"));
        var now = time.GetUtcNow();
        var today = ChinaTime.DateOf(now);
        var on = input.On ?? today;
        if (on > today || on < ChinaTime.DateOf(t.LastAt))
            errors.Add(new("on", "Validation.Transfer.StepOn", ChinaTime.DateOf(t.LastAt).ToString("yyyy-MM-dd")));
        if (errors.Count > 0) return ServiceResult<PoliceTransfer>.Invalid(errors);
        // A step recorded days after it happened is dated (and its clocks started) on its day; its typing time is the audit log's.
        var at = on == today ? now : ChinaTime.StartOf(on);
        if (at < t.LastAt) at = t.LastAt;
        var review = t.Status == TransferStatus.Reconsidering;
        try
        {
            t.Record(step.Value, input.Note, at, user.Signature);
            if (step == TransferStepKind.HandOverExhibits)
            {
                foreach (var e in await db.Exhibits.Where(e => e.CaseId == caseId && e.Disposal == null).ToListAsync(ct))
                    e.Dispose(ExhibitDisposal.HandedToPolice, on, t.Police, user.Signature);
            }
            await effects.ApplyAsync(TransferSteps.Event(step.Value, review), Subject(t) with { At = at }, ct);
        }
        catch (DomainException e)
        {
            return ServiceResult<PoliceTransfer>.Conflict(e.MessageKey, e.Args);
        }
        if (!await db.TrySaveAsync(ct)) return ServiceResult<PoliceTransfer>.Stale();
        if (step == TransferStepKind.HandOver) await NumberLetterAsync(c, on.Year, ct);
        return ServiceResult<PoliceTransfer>.Ok(t);
    }

    /// <summary>
    /// The hand-over numbers the 涉嫌犯罪案件移送书 (unless 取号 already did), in the hand-over's year, as deciding numbers the
    /// 决定书: the step cannot go without it, and printing never numbers.
    /// </summary>
    private async Task NumberLetterAsync(EnforcementCase c, int year, CancellationToken ct)
    {
        // The unit is named by the case just moved in scope: its register entry is read for its prefix only.
        var unit = await db.Unscoped<Domain.Units.Unit>().FirstAsync(u => u.Id == c.HandlingUnitId, ct);
        await numberer.IssueAsync(c.Id, CaseDocumentKind.TransferLetter, unit, user.Signature, ct, year);
    }

    private static DeadlineSubject Subject(PoliceTransfer t) =>
        new(DeadlineSubjects.PoliceTransfer, t.Id, t.JurisdictionId, t.HandlingUnitId);
}

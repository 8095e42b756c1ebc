using Dajia.Web.Data;
using Dajia.Web.Domain.Cases;

namespace Dajia.Web.Features.Cases.Documents;

/// <summary>A numbered document; <c>n</c>: which of the case's 告知书 (each notice has its own number), else null.</summary>
public sealed record CaseDocumentDto(
    CaseDocumentKind Kind, string Number, int Year, int Sequence, DateTimeOffset IssuedAt, string IssuedBy, int? N = null)
{
    public static CaseDocumentDto From(CaseDocument d) => new(d.Kind, d.Number, d.Year, d.Sequence, d.IssuedAt, d.IssuedBy);

    public static CaseDocumentDto From(PenaltyNoticeRecord n) =>
        new(CaseDocumentKind.PenaltyNotice, n.Number!, n.Year!.Value, n.Sequence!.Value, n.IssuedAt, n.IssuedBy, n.Ordinal);
}

/// <summary>
/// Numbers a visible case's documents: the handling unit's next number of the kind in the year, once per case and kind
/// (a 告知书 once per notice: each notice served is numbered on its own record).
/// A document about something that has not happened (a decision before the decision) gets no number.
/// </summary>
public sealed class CaseDocumentService(AppDbContext db, CurrentUser user, DocumentNumberer numberer)
{
    /// <summary>The case's numbered documents by kind, every numbered 告知书 among them (n 1, 2, …).</summary>
    public async Task<ServiceResult<IReadOnlyList<CaseDocumentDto>>> ListAsync(Guid caseId, CancellationToken ct)
    {
        if (!await db.Visible<EnforcementCase>(user).AnyAsync(c => c.Id == caseId, ct))
            return ServiceResult<IReadOnlyList<CaseDocumentDto>>.NotFound();
        return ServiceResult<IReadOnlyList<CaseDocumentDto>>.Ok(await numberer.ListAsync(caseId, ct));
    }

    public async Task<ServiceResult<CaseDocumentDto>> IssueAsync(Guid caseId, string? kindText, CancellationToken ct)
    {
        var c = await db.Visible<EnforcementCase>(user).FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null) return ServiceResult<CaseDocumentDto>.NotFound();
        var errors = new List<FieldError>();
        var kind = Input.Enum<CaseDocumentKind>(kindText, "kind", errors, required: true);
        if (errors.Count > 0) return ServiceResult<CaseDocumentDto>.Invalid(errors);
        if (!CaseDocsPermissions.May(user, c, CaseDocsAction.IssueDocument)) return ServiceResult<CaseDocumentDto>.Forbidden();
        var transfer = await TransferOfAsync(db, user, c.Id, ct);
        if (Missing(c, kind!.Value, transfer?.Status) is { } why) return ServiceResult<CaseDocumentDto>.Conflict(why);
        if (await NothingToNumberAsync(db, c.Id, kind.Value, ct) is { } empty) return ServiceResult<CaseDocumentDto>.Conflict(empty);
        if (kind == CaseDocumentKind.PenaltyNotice) return await NumberNoticeAsync(c, ct);
        // The unit is named by a case the caller sees: its register entry is read for its prefix only.
        var unit = await db.Unscoped<Domain.Units.Unit>().FirstAsync(u => u.Id == c.HandlingUnitId, ct);
        return ServiceResult<CaseDocumentDto>.Ok(CaseDocumentDto.From(await numberer.IssueAsync(c.Id, kind.Value, unit,
            user.Signature, ct, YearOf(c, kind.Value, transfer))));
    }

    /// <summary>The current 告知书's number (a notice numbered when served has it already); two at once get the one stored.</summary>
    private async Task<ServiceResult<CaseDocumentDto>> NumberNoticeAsync(EnforcementCase c, CancellationToken ct)
    {
        var n = await numberer.NumberNoticeAsync(c, ct);
        if (!await db.TrySaveAsync(ct))
            n = (await db.Visible<EnforcementCase>(user).AsNoTracking().FirstAsync(x => x.Id == c.Id, ct)).Notice;
        return n?.Number is null ? ServiceResult<CaseDocumentDto>.Stale() : ServiceResult<CaseDocumentDto>.Ok(CaseDocumentDto.From(n));
    }

    /// <summary>The case's transfer to the police with its steps, if one was reported.</summary>
    public static Task<PoliceTransfer?> TransferOfAsync(AppDbContext db, CurrentUser user, Guid caseId, CancellationToken ct) =>
        db.Visible<PoliceTransfer>(user).AsNoTracking().Include(t => t.Steps).ThenInclude(s => s.Documents)
            .FirstOrDefaultAsync(t => t.CaseId == caseId, ct);

    /// <summary>
    /// A decision or closing form is numbered in the year it records, whenever it is numbered: an old case closed in 2017
    /// and numbered today takes 结字〔2017〕, never a number of this year's run. Null: this year.
    /// </summary>
    public static int? YearOf(EnforcementCase c, CaseDocumentKind kind, PoliceTransfer? transfer = null) => kind switch
    {
        CaseDocumentKind.PenaltyDecision => c.DecidedOn?.Year,
        CaseDocumentKind.PenaltyNotice => c.NoticeServedOn?.Year,
        CaseDocumentKind.ClosingApproval => c.ClosedOn?.Year,
        CaseDocumentKind.TransferLetter => transfer?.HandedOverAt is { } at ? ChinaTime.DateOf(at).Year : null,
        _ => null,
    };

    /// <summary>Why the document cannot be numbered yet (a message key), or null.</summary>
    public static string? Missing(EnforcementCase c, CaseDocumentKind kind, TransferStatus? transfer) =>
        Missing(c.DecidedOn, c.InspectionId, kind, c.Status == CaseStatus.Closed, c.Notified, transfer);

    /// <summary>
    /// Why the document, though due, takes no number now (a message key), or null: an empty 涉案物品清单 is printed
    /// unnumbered, a blank to fill by hand; a number taken for it would be a gap in the register. Numbering and printing
    /// both ask here.
    /// </summary>
    public static async Task<string?> NothingToNumberAsync(AppDbContext db, Guid caseId, CaseDocumentKind kind, CancellationToken ct) =>
        kind == CaseDocumentKind.ExhibitList && !await db.Exhibits.AnyAsync(e => e.CaseId == caseId, ct) ? "Document.NoExhibits" : null;

    /// <param name="closed">A case closed undecided was closed as transferred to the police: its 结案审批表 applies.</param>
    /// <param name="notified">The party was served a 行政处罚告知书: it applies.</param>
    /// <param name="transfer">The case's transfer: the 移送书 applies once the head approved it.</param>
    public static string? Missing(DateOnly? decidedOn, Guid? inspectionId, CaseDocumentKind kind, bool closed = false,
        bool notified = false, TransferStatus? transfer = null) => kind switch
        {
            CaseDocumentKind.PenaltyNotice when !notified => "Document.NotNotified",
            CaseDocumentKind.TransferLetter when !PoliceTransfer.IsApproved(transfer) => "Document.NoTransferApproval",
            CaseDocumentKind.PenaltyDecision when decidedOn is null => "Document.NotDecided",
            CaseDocumentKind.ClosingApproval when decidedOn is null && !closed => "Document.NotDecided",
            CaseDocumentKind.SiteRecord when inspectionId is null => "Document.NoInspection",
            _ => null,
        };
}

using Dajia.Web.Data;
using Dajia.Web.Domain.Cases;

namespace Dajia.Web.Features.Cases.Documents;

public sealed record CaseDocumentDto(CaseDocumentKind Kind, string Number, int Year, int Sequence, DateTimeOffset IssuedAt, string IssuedBy)
{
    public static CaseDocumentDto From(CaseDocument d) => new(d.Kind, d.Number, d.Year, d.Sequence, d.IssuedAt, d.IssuedBy);
}

/// <summary>
/// Numbers a visible case's documents: the handling unit's next number of the kind in the year, once per case and kind.
/// A document about something that has not happened (a decision before the decision) gets no number.
/// </summary>
public sealed class CaseDocumentService(AppDbContext db, CurrentUser user, DocumentNumberer numberer)
{
    public async Task<ServiceResult<IReadOnlyList<CaseDocument>>> ListAsync(Guid caseId, CancellationToken ct)
    {
        if (!await db.Visible<EnforcementCase>(user).AnyAsync(c => c.Id == caseId, ct))
            return ServiceResult<IReadOnlyList<CaseDocument>>.NotFound();
        return ServiceResult<IReadOnlyList<CaseDocument>>.Ok((await numberer.AllAsync(caseId, ct)).Values
            .OrderBy(d => DocumentNumbers.Order(d.Kind)).ToList());
    }

    public async Task<ServiceResult<CaseDocument>> IssueAsync(Guid caseId, string? kindText, CancellationToken ct)
    {
        var c = await db.Visible<EnforcementCase>(user).FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null) return ServiceResult<CaseDocument>.NotFound();
        var errors = new List<FieldError>();
        var kind = Input.Enum<CaseDocumentKind>(kindText, "kind", errors, required: true);
        if (errors.Count > 0) return ServiceResult<CaseDocument>.Invalid(errors);
        if (!CaseDocsPermissions.May(user, c, CaseDocsAction.IssueDocument)) return ServiceResult<CaseDocument>.Forbidden();
        var transfer = await TransferOfAsync(db, user, c.Id, ct);
        if (Missing(c, kind!.Value, transfer?.Status) is { } why) return ServiceResult<CaseDocument>.Conflict(why);
        if (await NothingToNumberAsync(db, c.Id, kind.Value, ct) is { } empty) return ServiceResult<CaseDocument>.Conflict(empty);
        // The unit is named by a case the caller sees: its register entry is read for its prefix only.
        var unit = await db.Unscoped<Domain.Units.Unit>().FirstAsync(u => u.Id == c.HandlingUnitId, ct);
        return ServiceResult<CaseDocument>.Ok(await numberer.IssueAsync(c.Id, kind.Value, unit, user.Signature, ct,
            YearOf(c, kind.Value, transfer)));
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

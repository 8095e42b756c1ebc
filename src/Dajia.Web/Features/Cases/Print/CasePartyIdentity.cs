using Dajia.Web.Data;
using Dajia.Web.Domain.Cases;
using Microsoft.AspNetCore.DataProtection;

namespace Dajia.Web.Features.Cases.Print;

/// <summary>A natural-person party in full, for one print only.</summary>
public sealed record PartyIdentity(string Name, string IdNumber);

/// <summary>
/// The only code that decrypts a case's party for reading: the 行政处罚告知书 and 决定书 served on a person, and the
/// 涉嫌犯罪案件移送书 sent to the police about them, name them in full. Those
/// who keep the case (the office, the handling unit's liaison) may ask, with a stated reason; every showing is a line of
/// the case's history (who, when, why; audited). Lists, exports, the API and every other page keep the masked forms.
/// </summary>
public sealed class CasePartyIdentity(AppDbContext db, CurrentUser user, TimeProvider time, IDataProtectionProvider protection,
    CaseService cases)
{
    /// <summary>The papers that name the party in full when printed to be served or sent.</summary>
    public static readonly IReadOnlySet<PrintDocument> Served =
        new HashSet<PrintDocument> { PrintDocument.Notice, PrintDocument.Decision, PrintDocument.Transfer };

    /// <summary>Those who serve the decision: the office, and the handling unit's liaison; never a leader or another unit.</summary>
    public static bool May(CurrentUser user, Guid handlingUnitId) =>
        user.IsOffice || (user.IsLiaison && user.UnitId == handlingUnitId);

    /// <param name="document">The served paper printed: it must apply to the case now (a decision once decided, …).</param>
    public async Task<ServiceResult<PartyIdentity>> RevealAsync(Guid caseId, PrintDocument document, string? reason,
        CancellationToken ct)
    {
        if (await cases.LoadAsync(caseId, ct) is not { } c) return ServiceResult<PartyIdentity>.NotFound();
        if (!May(user, c.HandlingUnitId)) return ServiceResult<PartyIdentity>.Forbidden();
        if (CasePrintService.KindOf(document) is not { } kind || !Served.Contains(document))
            return ServiceResult<PartyIdentity>.Forbidden();
        var transfer = await Documents.CaseDocumentService.TransferOfAsync(db, user, c.Id, ct);
        if (Documents.CaseDocumentService.Missing(c, kind, transfer?.Status) is { } missing)
            return ServiceResult<PartyIdentity>.Conflict(missing);
        if (c.PartyKind != PartyKind.Individual || c.PartyNameCipher is null || c.PartyIdNumberCipher is null)
            return ServiceResult<PartyIdentity>.Conflict("Case.PartyNotPerson");
        if (reason?.Trim() is not { Length: >= 4 and <= FieldLengths.Reason } why)
            return ServiceResult<PartyIdentity>.Invalid([new("reason", "Validation.Case.RevealReason", FieldLengths.Reason)]);
        if (Domain.PlainNames.HasTags(why)) return ServiceResult<PartyIdentity>.Invalid([new("reason", "Validation.Markup")]);
        c.RecordPartyReveal(why, time.GetUtcNow(), user.Signature);
        if (!await db.TrySaveAsync(ct)) return ServiceResult<PartyIdentity>.Stale();
        var p = protection.CreateProtector(CaseForm.PartyPurpose);
        try
        {
            return ServiceResult<PartyIdentity>.Ok(new(p.Unprotect(c.PartyNameCipher), p.Unprotect(c.PartyIdNumberCipher)));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return ServiceResult<PartyIdentity>.Conflict("Case.PartyUnreadable");
        }
    }
}

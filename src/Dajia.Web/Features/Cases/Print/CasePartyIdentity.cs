using Dajia.Web.Data;
using Dajia.Web.Domain.Cases;
using Microsoft.AspNetCore.DataProtection;

namespace Dajia.Web.Features.Cases.Print;

/// <summary>A natural-person party in full, for one print only.</summary>
public sealed record PartyIdentity(string Name, string IdNumber);

/// <summary>
/// The only code that decrypts a case's party for reading: the 行政处罚决定书 served on a person names them in full. Those
/// who keep the case (the office, the handling unit's liaison) may ask, with a stated reason; every showing is a line of
/// the case's history (who, when, why; audited). Lists, exports, the API and every other page keep the masked forms.
/// </summary>
public sealed class CasePartyIdentity(AppDbContext db, CurrentUser user, TimeProvider time, IDataProtectionProvider protection,
    CaseService cases)
{
    /// <summary>Those who serve the decision: the office, and the handling unit's liaison; never a leader or another unit.</summary>
    public static bool May(CurrentUser user, Guid handlingUnitId) =>
        user.IsOffice || (user.IsLiaison && user.UnitId == handlingUnitId);

    public async Task<ServiceResult<PartyIdentity>> RevealAsync(Guid caseId, string? reason, CancellationToken ct)
    {
        if (await cases.LoadAsync(caseId, ct) is not { } c) return ServiceResult<PartyIdentity>.NotFound();
        if (!May(user, c.HandlingUnitId)) return ServiceResult<PartyIdentity>.Forbidden();
        if (c.DecidedOn is null) return ServiceResult<PartyIdentity>.Conflict("Document.NotDecided");
        if (c.PartyKind != PartyKind.Individual || c.PartyNameCipher is null || c.PartyIdNumberCipher is null)
            return ServiceResult<PartyIdentity>.Conflict("Case.PartyNotPerson");
        if (reason?.Trim() is not { Length: >= 4 and <= FieldLengths.Reason } why)
            return ServiceResult<PartyIdentity>.Invalid([new("reason", "Validation.Case.RevealReason", FieldLengths.Reason)]);
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

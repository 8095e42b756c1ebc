using Dajia.Web.Data;
using Microsoft.AspNetCore.DataProtection;

namespace Dajia.Web.Features.Clues;

/// <summary>
/// The only code that decrypts an informant's identity: office roles only, a stated reason, and a reveal record
/// (itself audited) for every view. Nothing else in the application holds the purpose string.
/// </summary>
public sealed class ClueIdentityService(AppDbContext db, CurrentUser user, TimeProvider time, IDataProtectionProvider protection,
    ClueService clues,
    Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> l)
{
    public async Task<ServiceResult<IdentityDto>> RevealAsync(Guid clueId, string? reason, CancellationToken ct = default)
    {
        if (!user.IsOffice) return ServiceResult<IdentityDto>.Forbidden();
        var clue = await clues.Visible().FirstOrDefaultAsync(c => c.Id == clueId, ct);
        if (clue is null) return ServiceResult<IdentityDto>.NotFound();
        if (reason?.Trim() is not { Length: >= 4 and <= 200 } why) return ServiceResult<IdentityDto>.Invalid(
            [new("reason", "Validation.Clue.RevealReason")]);
        if (clue.InformantId is not { } informantId) return ServiceResult<IdentityDto>.Conflict("Clue.Anonymous");
        var informant = await db.Visible<Domain.Clues.Informant>(user).SingleAsync(i => i.Id == informantId, ct);
        db.InformantReveals.Add(new Domain.Clues.InformantReveal(informantId, clueId, time.GetUtcNow(), user.Id, user.Signature, why));
        await db.SaveChangesAsync(ct);
        var p = protection.CreateProtector(ClueIntakeService.IdentityPurpose);
        var aliasKey = clue.Kind == Domain.Clues.ClueKind.Complaint ? "Clue.ComplainantAlias" : "Clue.Alias";
        try
        {
            return ServiceResult<IdentityDto>.Ok(new IdentityDto(l[aliasKey, informant.Alias].Value, p.Unprotect(informant.NameCipher),
                informant.MobileCipher is { } m ? p.Unprotect(m) : null, informant.IdNumberCipher is { } n ? p.Unprotect(n) : null,
                    informant.NotifyBy));
        }
        // Its key is gone: deleted after the key-encryption key file was lost (docs/backup.md). Say so; nothing else can.
        catch (System.Security.Cryptography.CryptographicException)
        {
            return ServiceResult<IdentityDto>.Conflict("Clue.IdentityUnreadable");
        }
    }
}

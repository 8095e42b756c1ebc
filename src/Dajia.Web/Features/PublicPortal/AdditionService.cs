using Dajia.Web.Data;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Features.Clues;

namespace Dajia.Web.Features.PublicPortal;

/// <summary>Body of POST /api/public/reports/{code}/additions (JSON; or multipart with "text" and "photos").</summary>
public sealed record AdditionInput(string? Text);

/// <summary>
/// 补充材料: the person who reported adds information or photos to their report with its tracking code and key, while it is
/// still being handled. The addition is a line in the clue's history for staff; photos join the clue's photos.
/// </summary>
public sealed class AdditionService(AppDbContext db, Infrastructure.FileStore files, TimeProvider time, ClueIntakeService reports)
{
    public const string By = "public";

    public async Task<ServiceResult<PublicStatusDto>> AddAsync(
        string trackingCode, string? accessKey, string? text, IReadOnlyList<IFormFile> photos, CancellationToken ct)
    {
        var code = trackingCode.Trim().ToUpperInvariant();
        // The public's scope is the tracking code and its key, checked right below; a miss answers like an unknown code.
        var clue = await db.Unscoped<Clue>().Include(c => c.Events).FirstOrDefaultAsync(c => c.TrackingCode == code, ct);
        if (clue is null || !AccessKeyHash.Verify(accessKey, clue.AccessKeyHash).Matches) return ServiceResult<PublicStatusDto>.NotFound();
        if (!clue.IsOpen) return ServiceResult<PublicStatusDto>.Conflict("Clue.ClosedForAdditions");

        var errors = new List<FieldError>();
        var note = text?.Trim();
        CheckText(note, photos.Count > 0, errors);
        var cleaned = await PortalPhotos.CleanAsync(photos, 0, errors, ct);
        if (errors.Count > 0) return ServiceResult<PublicStatusDto>.Invalid(errors);

        foreach (var photo in cleaned)
        {
            var stored = await files.SaveImageAsync(photo, ct);
            db.Add(new ClueAttachment(clue.Id, stored.Sha256, stored.ContentType, stored.Size, stored.ThumbnailSha256));
        }
        clue.AddInformation(note, time.GetUtcNow(), By);
        var path = await db.Jurisdictions.Where(j => j.Id == clue.JurisdictionId).Select(j => j.Path).FirstAsync(ct);
        // Audited as the public, under the town that holds the clue, as the report itself was.
        AuditInterceptor.ActorOverride.Value = new AuditActor(null, By, path);
        try
        {
            using var turn = await SqliteWriteGate.EnterAsync(db, ct);
            if (!await db.TrySaveAsync(ct)) return ServiceResult<PublicStatusDto>.Stale();
        }
        finally
        {
            AuditInterceptor.ActorOverride.Value = null;
        }
        return ServiceResult<PublicStatusDto>.Ok((await reports.StatusAsync(code, accessKey, ct))!);
    }

    /// <summary>The text's own mistakes, also said by the page beside a photo it could not take, so all come at once.</summary>
    public static void CheckText(string? text, bool withPhotos, List<FieldError> errors)
    {
        var note = text?.Trim();
        if (note is { Length: > Clue.MaxAdditionLength }) errors.Add(new("text", "Validation.TooLong", Clue.MaxAdditionLength));
        else if (Infrastructure.Input.InputRules.VisibleLength(note) == 0 && !withPhotos)
            errors.Add(new("text", "Validation.Addition.Empty"));
    }
}

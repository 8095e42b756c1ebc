using Dajia.Web.Data;
using Dajia.Web.Domain;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Features.Calendar;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dajia.Web.Features.Clues;

/// <summary>Taking a clue in: from the public portal, or from staff recording a call, an inspection, a referral.</summary>
public sealed class ReportService(
    AppDbContext db, IDataProtectionProvider protection, DeadlineService deadlines, TimeProvider time, IStringLocalizer<SharedResource> l,
    Infrastructure.FileStore files)
{
    public const int MaxPhotos = 5;
    public const string IdentityPurpose = "Dajia.Informant.Identity";
    private const string AccessKeyPurpose = "Dajia.Clue.AccessKey";

    public async Task<ServiceResult<(Clue Clue, ReceiptDto Receipt)>> SubmitAsync(
        ReportInput input, string? idempotencyKey, ClueSource defaultSource, Guid? jurisdictionId, string by, CancellationToken ct = default,
        IReadOnlyList<IFormFile>? photos = null)
    {
        if (idempotencyKey is { Length: > 64 } || idempotencyKey?.Trim().Length == 0)
            return ServiceResult<(Clue, ReceiptDto)>.Invalid([new("Idempotency-Key", "Validation.Clue.IdempotencyKey")]);
        if (idempotencyKey is not null && await ReplayAsync(idempotencyKey, ct) is { } replay) return ServiceResult<(Clue, ReceiptDto)>.Ok(replay);

        var today = ChinaTime.Today(time);
        var (details, errors) = input.Parse(defaultSource, today);
        var town = jurisdictionId ?? input.JurisdictionId ?? await SingleTownAsync(ct);
        if (town is null || !await db.Jurisdictions.AnyAsync(j => j.Id == town, ct)) errors.Add(new("jurisdictionId", "Validation.Clue.Jurisdiction"));
        var cleaned = await CleanPhotosAsync(photos ?? [], errors, ct);
        if (errors.Count > 0) return ServiceResult<(Clue, ReceiptDto)>.Invalid(errors);
        var stored = new List<Infrastructure.StoredFile>();
        foreach (var photo in cleaned) stored.Add(await files.SaveAsync(photo, ct));

        // SQLite has one writer at a time; waiting in line here is cheaper than colliding on its lock and backing off.
        using var turn = await SqliteWriteGate.EnterAsync(db, ct);
        // Numbers come from atomic counters; what remains to race is a second submission with the same Idempotency-Key.
        for (var attempt = 1; ; attempt++)
        {
            // One transaction for the counters and the clue: one commit per report instead of three.
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var now = time.GetUtcNow();
            var informant = input.Anonymous == true ? null : await NewInformantAsync(town!.Value, input, ct);
            var clue = new Clue(town!.Value, await NextNumberAsync(town.Value, today.Year, ct), ClueCodes.TrackingCode(), details, informant?.Id, now, by);
            var key = ClueCodes.AccessKey();
            clue.SetAccess(ClueCodes.Hash(key), idempotencyKey is null ? null : protection.CreateProtector(AccessKeyPurpose).Protect(key), idempotencyKey);
            if (informant is not null) db.Informants.Add(informant);
            db.Clues.Add(clue);
            db.ClueAttachments.AddRange(stored.Select(f => new ClueAttachment(clue.Id, f.Sha256, f.ContentType, f.Size)));
            if (details.Kind == ClueKind.Complaint && await deadlines.RuleInForceAsync("complaint.accept", today, ct) is not null)
                await deadlines.AttachAsync("Clue", clue.Id, clue.JurisdictionId, "complaint.accept", now, ct);
            try
            {
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return ServiceResult<(Clue, ReceiptDto)>.Ok((clue, new ReceiptDto(clue.TrackingCode, key)));
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                // Two identical submissions raced and the other one won: answer with its receipt.
                if (idempotencyKey is not null && await ReplayAsync(idempotencyKey, ct) is { } winner) return ServiceResult<(Clue, ReceiptDto)>.Ok(winner);
            }
        }
    }

    /// <summary>Status for the public: plain words and dates, nothing internal, nothing personal.</summary>
    public async Task<PublicStatusDto?> StatusAsync(string trackingCode, string? accessKey, CancellationToken ct = default)
    {
        var code = trackingCode.Trim().ToUpperInvariant();
        var clue = await db.Clues.Include(c => c.Events).FirstOrDefaultAsync(c => c.TrackingCode == code, ct);
        if (clue is null || !ClueCodes.Matches(accessKey, clue.AccessKeyHash)) return null;
        var steps = clue.Events.OrderBy(e => e.Sequence).Select(e => PublicStep(e.Kind) is { } key ? new PublicStepDto(e.At, l[key]) : null)
            .OfType<PublicStepDto>().ToList();
        return new PublicStatusDto(clue.TrackingCode, clue.Status, l["ClueStatusPublic." + clue.Status], steps);
    }

    private static string? PublicStep(ClueEventKind kind) => kind switch
    {
        ClueEventKind.Received => "PublicStep.Received",
        ClueEventKind.Accepted => "PublicStep.Accepted",
        ClueEventKind.Rejected => "PublicStep.Rejected",
        ClueEventKind.MarkedDuplicate => "PublicStep.Duplicate",
        ClueEventKind.Assigned => "PublicStep.Assigned",
        ClueEventKind.Verified => "PublicStep.Verified",
        ClueEventKind.InformantNotified => "PublicStep.Notified",
        ClueEventKind.Closed => "PublicStep.Closed",
        _ => null, // reassignments, pull-backs and who took it are internal
    };

    /// <summary>Each photo must be a JPEG or PNG by its bytes, at most 10 MB, and parse cleanly; its location data is removed.</summary>
    private static async Task<List<byte[]>> CleanPhotosAsync(IReadOnlyList<IFormFile> photos, List<FieldError> errors, CancellationToken ct)
    {
        var cleaned = new List<byte[]>();
        if (photos.Count > MaxPhotos) errors.Add(new("photos", "Validation.Clue.TooManyPhotos", MaxPhotos));
        foreach (var (photo, i) in photos.Take(MaxPhotos).Select((p, i) => (p, i)))
        {
            if (Infrastructure.FileStore.CheckImage(photo) is { } problem) { errors.Add(new($"photos[{i}]", problem)); continue; }
            using var buffer = new MemoryStream();
            await photo.CopyToAsync(buffer, ct);
            if (Infrastructure.ImageSanitizer.Clean(buffer.ToArray()) is { } clean) cleaned.Add(clean);
            else errors.Add(new($"photos[{i}]", "Upload.NotImage"));
        }
        return cleaned;
    }

    private async Task<(Clue, ReceiptDto)?> ReplayAsync(string idempotencyKey, CancellationToken ct)
    {
        var clue = await db.Clues.FirstOrDefaultAsync(c => c.IdempotencyKey == idempotencyKey, ct);
        if (clue?.AccessKeyCipher is not { } cipher) return null;
        return (clue, new ReceiptDto(clue.TrackingCode, protection.CreateProtector(AccessKeyPurpose).Unprotect(cipher)));
    }

    private async Task<Guid?> SingleTownAsync(CancellationToken ct)
    {
        var towns = await db.Jurisdictions.Where(j => j.Level == JurisdictionLevel.Town).Select(j => j.Id).Take(2).ToListAsync(ct);
        return towns.Count == 1 ? towns[0] : null;
    }

    private async Task<Informant> NewInformantAsync(Guid town, ReportInput input, CancellationToken ct)
    {
        var protector = protection.CreateProtector(IdentityPurpose);
        var alias = (int)await Counters.NextAsync(db, $"informant:{town:N}", ct);
        string? Protect(string? v) => string.IsNullOrWhiteSpace(v) ? null : protector.Protect(v.Trim());
        return new Informant(town, alias, protector.Protect(input.InformantName!.Trim()), Protect(ContactFormats.NormalizePhone(input.InformantMobile)),
            Protect(input.InformantIdNumber is null ? null : Domain.Entities.CreditCode.Normalize(input.InformantIdNumber)), ContactFormats.NormalizeText(input.NotifyBy));
    }

    /// <summary>XS-2017-00042: the year's next number in the jurisdiction.</summary>
    private async Task<string> NextNumberAsync(Guid town, int year, CancellationToken ct) =>
        $"XS-{year}-{await Counters.NextAsync(db, $"clue:{town:N}:{year}", ct):00000}";
}

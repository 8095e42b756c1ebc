using Dajia.Web.Data;
using Dajia.Web.Domain.Clues;
using Microsoft.AspNetCore.DataProtection;

namespace Dajia.Web.Features.Clues;

/// <summary>Taking a clue in: from the public portal, or from staff recording a call, an inspection, a referral.</summary>
public sealed class ClueIntakeService(
    AppDbContext db, IDataProtectionProvider protection, TimeProvider time, IStringLocalizer<SharedResource> l,
        Infrastructure.FileStore files,
    Infrastructure.Auth.CurrentUser user, IntakeQueue queue, IntakeWriter writer,
    MarketEntities.EntityMatcher matcher)
{
    public const int MaxPhotos = 5;
    public const string IdentityPurpose = "Dajia.Informant.Identity";

    public async Task<ServiceResult<StoredIntake>> SubmitAsync(
        ClueIntakeInput input, string? idempotencyKey, ClueSource defaultSource, Guid? jurisdictionId, string by,
            CancellationToken ct = default,
        IReadOnlyList<IFormFile>? photos = null)
    {
        if (idempotencyKey is { Length: > 64 } || idempotencyKey?.Trim().Length == 0)
            return ServiceResult<StoredIntake>.Invalid([new("Idempotency-Key", "Validation.Clue.IdempotencyKey")]);
        var claim = idempotencyKey is null ? null : await IdempotencyClaim.ForAsync(idempotencyKey, input, photos ?? [], ct);
        // A retry is answered before anything is checked or stored again; the writer checks once more inside its turn.
        if (claim is not null && (await writer.EarlierAsync([claim.KeyHash])).GetValueOrDefault(claim.KeyHash) is { } earlier)
            return claim.SameRequest(earlier.RequestHash) ? ServiceResult<StoredIntake>.Ok(earlier.Report) : KeyReused();

        var (details, errors) = input.Parse(defaultSource, ChinaTime.Today(time));
        if (input.ReceivedAt is { } received
            && (received > time.GetUtcNow() || !Infrastructure.Input.InputRules.IsSaneDate(ChinaTime.DateOf(received))))
            errors.Add(new("receivedAt", "Validation.Clue.ReceivedAt"));
        var (town, path) = await ReceivingAsync(jurisdictionId, input.JurisdictionId, ct);
        if (town is null) errors.Add(new("jurisdictionId", "Validation.Clue.Jurisdiction"));
        else if (input.MarketEntityId is { } entity
            && !await EntityWithinAsync(entity, path!, ct)) errors.Add(new("marketEntityId", "Validation.Clue.Entity"));
        var cleaned = await CleanPhotosAsync(photos ?? [], errors, ct);
        if (errors.Count > 0) return ServiceResult<StoredIntake>.Invalid(errors);
        var stored = new List<Infrastructure.StoredFile>();
        foreach (var photo in cleaned) stored.Add(await files.SaveImageAsync(photo, ct));

        // A public sender is audited under the town that receives the report, so that town's office can read the entry.
        var actor = user.IsAuthenticated ? new AuditActor(user.Id, user.UserName, user.JurisdictionPath) : new AuditActor(null, by, path!);
        var accessKey = ClueCodes.AccessKey();
        var report = new PendingIntake(town!.Value, details, input.Anonymous == true ? null : Protect(input), stored, accessKey,
            AccessKeyHash.Hash(accessKey), claim, by, actor, input.ReceivedAt)
        {
            Match = await matcher.ProposeAsync(town.Value, details.MerchantName, details.Address, details.MarketEntityId, ct),
        };
        return await queue.StoreAsync(writer, report) is { } done ? ServiceResult<StoredIntake>.Ok(done) : KeyReused();
    }

    private static ServiceResult<StoredIntake> KeyReused() => ServiceResult<StoredIntake>.Conflict("Clue.IdempotencyKeyReused");

    /// <summary>Status for the public: plain words and dates, nothing internal, nothing personal.</summary>
    public async Task<PublicStatusDto?> StatusAsync(string trackingCode, string? accessKey, CancellationToken ct = default)
    {
        var code = trackingCode.Trim().ToUpperInvariant();
        // The public's scope is the tracking code and its key: checked right below, and a miss answers like an unknown code.
        var clue = await db.Unscoped<Clue>().Include(c => c.Events).FirstOrDefaultAsync(c => c.TrackingCode == code, ct);
        var (matches, outdated) = AccessKeyHash.Verify(accessKey, clue?.AccessKeyHash);
        if (clue is null || !matches) return null;
        if (outdated) await RehashAsync(clue, accessKey!, ct);
        var steps = clue.Events.OrderBy(e => e.Sequence)
            .Select(e => PublicStep(e.Kind) is { } key ? new PublicStepDto(e.At, StepText(e, Worded(key, clue.Kind))) : null)
            .OfType<PublicStepDto>().ToList();
        return new PublicStatusDto(clue.TrackingCode, clue.Status, l["ClueStatusPublic." + clue.Status], steps,
            PublicOutcomes.Of(clue, l), clue.Kind);
    }

    /// <summary>
    /// A key stored in an older form is stored again in the current one, now that it is known. Only that column: it is
    /// no change to the report, so no new version and no audit entry.
    /// </summary>
    private async Task RehashAsync(Clue clue, string accessKey, CancellationToken ct)
    {
        var (old, fresh) = (clue.AccessKeyHash, AccessKeyHash.Hash(accessKey));
        using var turn = await SqliteWriteGate.EnterAsync(db, ct);
        await db.Unscoped<Clue>().Where(c => c.Id == clue.Id && c.AccessKeyHash == old)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.AccessKeyHash, fresh), ct);
    }

    // The person who reported is owed the reason for not accepting (and where else to turn); the reject form says so.
    private string StepText(ClueEvent e, string key) =>
        e.Kind == ClueEventKind.Rejected && e.Note is { Length: > 0 } reason ? l["PublicStep.RejectedBecause", reason] : l[key];

    /// <summary>A complainant reads 您的投诉 where a reporter reads 您的举报.</summary>
    private static string Worded(string key, ClueKind kind) =>
        kind == ClueKind.Complaint && key == "PublicStep.Received" ? "PublicStep.ComplaintReceived" : key;

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
        ClueEventKind.InformationAdded => "PublicStep.InformationAdded",
        ClueEventKind.CaseOpened => "PublicStep.CaseOpened", // 已立案, as the informant is told: never the case's number
        _ => PublicOutcomes.Step(kind), // reassignments, pull-backs and who took it are internal
    };

    /// <summary>Each photo is decoded and encoded anew (see ImageSanitizer); one that is not a photo names its place in the list.</summary>
    private static async Task<List<Infrastructure.CleanImage>> CleanPhotosAsync(
        IReadOnlyList<IFormFile> photos, List<FieldError> errors, CancellationToken ct)
    {
        var cleaned = new List<Infrastructure.CleanImage>();
        if (photos.Count > MaxPhotos) errors.Add(new("photos", "Validation.Clue.TooManyPhotos", MaxPhotos));
        foreach (var (photo, i) in photos.Take(MaxPhotos).Select((p, i) => (p, i)))
        {
            var (image, problem) = await Infrastructure.FileStore.CleanAsync(photo, ct);
            if (image is null) errors.Add(new($"photos[{i}]", problem!));
            else cleaned.Add(image);
        }
        return cleaned;
    }

    /// <summary>
    /// Staff record into their own jurisdiction; the public reports to a town that takes reports (has an office) — the one
    /// they chose, or where only one town takes reports, that one. One query either way.
    /// </summary>
    private async Task<(Guid? Id, string? Path)> ReceivingAsync(Guid? staff, Guid? chosen, CancellationToken ct)
    {
        var q = staff is { } own ? db.Jurisdictions.Where(j => j.Id == own)
            : PublicPortal.ReceivingTowns.Of(db);
        if (staff is null && chosen is { } town) q = q.Where(j => j.Id == town);
        var found = await q.OrderBy(j => j.Path).Select(j => new { j.Id, j.Path }).Take(2).ToListAsync(ct);
        return found.Count == 1 ? (found[0].Id, found[0].Path) : (null, null);
    }

    /// <summary>A report may name a market entity of the receiving jurisdiction only (the public form offers those).</summary>
    private Task<bool> EntityWithinAsync(Guid entity, string path, CancellationToken ct) =>
        db.Unscoped<Domain.MarketEntities.MarketEntity>().Where(e => e.Id == entity)
            .Join(db.Jurisdictions, e => e.JurisdictionId, j => j.Id, (_, j) => j.Path).AnyAsync(p => p.StartsWith(path), ct);

    private PendingInformant Protect(ClueIntakeInput input)
    {
        var protector = protection.CreateProtector(IdentityPurpose);
        string? Protect(string? v) => string.IsNullOrWhiteSpace(v) ? null : protector.Protect(v.Trim());
        return new PendingInformant(protector.Protect(input.InformantName!.Trim()),
            Protect(ContactFormats.NormalizePhone(input.InformantMobile)),
            Protect(input.InformantIdNumber is null ? null : Domain.MarketEntities.CreditCode.Normalize(input.InformantIdNumber)),
                ContactFormats.NormalizeText(input.NotifyBy));
    }
}

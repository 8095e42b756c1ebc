using Dajia.Web.Data;
using Dajia.Web.Domain.Cases;
using Dajia.Web.Domain.MarketEntities;
using Dajia.Web.Domain.Operations;
using Dajia.Web.Infrastructure.Access;

namespace Dajia.Web.Features.Operations;

/// <summary>
/// Units record their own daily supervision and undercover visits; the office organises joint inspections and special
/// actions and invites units, who confirm. Whoever takes part records the entities checked.
/// </summary>
public sealed class OperationService(AppDbContext db, CurrentUser user, TimeProvider time)
{
    public IQueryable<Operation> Visible() =>
        db.Visible<Operation>(user).Include(o => o.Units).Include(o => o.Inspections).Include(o => o.Photos).AsSplitQuery();

    public async Task<OperationDto?> GetAsync(Guid id, CancellationToken ct = default) =>
        await Visible().FirstOrDefaultAsync(o => o.Id == id, ct) is { } o ? await ToDtoAsync(o, ct) : null;

    /// <summary>
    /// Newest first, one page. The page's names are looked up once for all its rows (a fixed number of queries
    /// whatever the page size; one lookup per row made a 50-row page cost over a hundred).
    /// </summary>
    public async Task<PagedList<OperationDto>> ListAsync(DateOnly? from, DateOnly? to, PageRequest paging, CancellationToken ct = default)
    {
        var q = db.Visible<Operation>(user);
        if (from is { } f) q = q.Where(o => o.StartsAt >= ChinaTime.StartOf(f));
        if (to is { } t) q = q.Where(o => o.StartsAt < ChinaTime.StartOf(t.AddDays(1)));
        var count = await q.CountForPageAsync(null, ct);
        var ids = await q.OrderByDescending(o => o.StartsAt).ThenByDescending(o => o.Id).Select(o => o.Id).PageOf(paging).ToListAsync(ct);
        var rows = await Visible().Where(o => ids.Contains(o.Id)).ToListAsync(ct);
        var ordered = ids.Select(id => rows.First(o => o.Id == id)).ToList();
        return (await ToDtosAsync(ordered, ct)).ToPage(paging, count);
    }

    public async Task<ServiceResult<OperationDto>> CreateAsync(OperationInput input, CancellationToken ct = default)
    {
        var (details, errors) = input.Parse();
        Guid? lead;
        if (details.Kind is OperationKind.JointInspection or OperationKind.SpecialAction)
        {
            if (!user.IsOffice) return ServiceResult<OperationDto>.Forbidden();
            lead = input.LeadUnitId ?? user.UnitId;
        }
        else if (user.IsLiaison && user.UnitId is { } own)
        {
            if (input.LeadUnitId is { } other && other != own) errors.Add(new("leadUnitId", "Validation.Operation.LeadOwnUnit"));
            lead = own;
        }
        else if (user.IsOffice) lead = input.LeadUnitId ?? user.UnitId;
        else return ServiceResult<OperationDto>.Forbidden();
        if (lead is null) errors.Add(new("leadUnitId", "Validation.Operation.LeadRequired"));
        var (jurisdictionId, refErrors) = await OperationReferences.CheckAsync(db, user, lead, input.InvitedUnitIds, details.KeyAreaId, ct);
        errors.AddRange(refErrors.Where(e => errors.All(x => x.Field != e.Field)));
        if (errors.Count > 0) return ServiceResult<OperationDto>.Invalid(errors);
        var number = await NextNumberAsync(jurisdictionId!.Value, details.StartsAt, ct);
        var operation = new Operation(jurisdictionId.Value, number, lead!.Value, details, user.Signature);
        foreach (var unit in input.InvitedUnitIds ?? []) operation.Invite(unit);
        db.Add(operation);
        await db.SaveChangesAsync(ct);
        return ServiceResult<OperationDto>.Ok(await ToDtoAsync(operation, ct));
    }

    /// <summary>An edit names its records again, so it passes the same reference check as creating.</summary>
    public async Task<ServiceResult<OperationDto>> UpdateAsync(Guid id, OperationInput input, Expected expected,
        CancellationToken ct = default)
    {
        var (details, errors) = input.Parse();
        var (_, refErrors) = await OperationReferences.CheckAsync(db, user, input.LeadUnitId, input.InvitedUnitIds, details.KeyAreaId, ct);
        errors.AddRange(refErrors);
        return await ChangeAsync(id, OperationAction.Edit, o =>
        {
            if (errors.Count > 0) return errors;
            if (details.Kind != o.Kind) return [new FieldError("kind", "Validation.Operation.KindFixed")];
            if (input.LeadUnitId is { } lead && lead != o.LeadUnitId)
                return [new FieldError("leadUnitId", "Validation.Operation.LeadFixed")];
            o.Update(details);
            foreach (var unit in input.InvitedUnitIds ?? []) o.Invite(unit);
            return [];
        }, ct, expected);
    }

    public Task<ServiceResult<OperationDto>> RespondAsync(Guid id, RespondInput input, CancellationToken ct = default,
        Expected expected = default)
    {
        var unitId = user.IsLiaison ? user.UnitId : input.UnitId ?? user.UnitId;
        return ChangeAsync(id, OperationAction.Respond, o =>
        {
            if (unitId is null || o.Units.All(u => u.UnitId != unitId))
                return [new FieldError("unitId", "Validation.Operation.RespondUnit")];
            if (!user.IsOffice && user.UnitId != unitId) throw new DomainException("Operation.NotYourUnit");
            o.Respond(unitId.Value, input.Confirm ?? true, ContactFormats.NormalizeText(input.Officers), time.GetUtcNow());
            return [];
        }, ct, expected);
    }

    public async Task<ServiceResult<OperationDto>> InspectAsync(Guid id, InspectionInput input, CancellationToken ct = default,
        Expected expected = default)
    {
        var entityOk = await OperationReferences.EntityVisibleAsync(db, user, input.MarketEntityId, ct);
        return await ChangeAsync(id, OperationAction.Inspect, o =>
        {
            var errors = new List<FieldError>();
            if (!entityOk) errors.Add(new("marketEntityId", "Validation.Operation.Entity"));
            var result = Shared.Input.Enum<InspectionResult>(input.Result, "result", errors, required: true) ?? default;
            if (input.Notes is { Length: > FieldLengths.Notes }) errors.Add(new("notes", "Validation.TooLong", FieldLengths.Notes));
            if (errors.Count > 0) return errors;
            o.Inspect(input.MarketEntityId!.Value, result, ContactFormats.NormalizeText(input.Notes), time.GetUtcNow(), user.Signature);
            return [];
        }, ct, expected);
    }

    /// <summary>The file is looked at only once the operation is found and the caller may add to it (else 404 / 403 first).</summary>
    public async Task<ServiceResult<OperationDto>> AddPhotoAsync(Guid id, IFormFile? file, Infrastructure.FileStore files,
        CancellationToken ct = default,
        Expected expected = default)
    {
        var r = await ChangeAsync(id, OperationAction.AddPhoto, _ => [], ct, expected);
        if (r.Outcome != Outcome.Ok) return r;
        var (image, problem) = await Infrastructure.FileStore.CleanAsync(file, ct);
        if (image is null) return ServiceResult<OperationDto>.Invalid([new("file", problem!)]);
        var stored = await files.SaveImageAsync(image, ct);
        // Stored as a JPEG whatever it came as, so the download name says so.
        var name = Path.ChangeExtension(Path.GetFileName(file!.FileName), ".jpg");
        return await ChangeAsync(id, OperationAction.AddPhoto, o =>
        {
            o.AddPhoto(stored.Sha256, stored.ContentType, stored.Size, name.Length > 200 ? name[^200..] : name, time.GetUtcNow(),
                user.Signature, stored.ThumbnailSha256);
            return [];
        }, ct);
    }

    /// <summary>The photo or its thumbnail (photos stored before thumbnails had none: themselves); null when not visible.</summary>
    public async Task<Infrastructure.FileRead?> OpenPhotoAsync(Guid id, Guid photoId, bool thumbnail, Infrastructure.FileStore files,
        CancellationToken ct = default)
    {
        var o = await Visible().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (o?.Photos.FirstOrDefault(p => p.Id == photoId) is not { } photo) return null;
        return await files.ReadAsync(thumbnail ? photo.ThumbnailSha256 ?? photo.Sha256 : photo.Sha256, photo.ContentType, ct) with
        {
            FileName = photo.FileName,
        };
    }

    /// <summary>
    /// An inspection id in the route that this action does not have is "not found", like an unknown action. An inspection
    /// a case was opened from stays (409 naming the case): the case keeps its link and its 现场笔录 reads it.
    /// </summary>
    public async Task<ServiceResult<OperationDto>> RemoveInspectionAsync(Guid id, Guid inspectionId, CancellationToken ct = default,
        Expected expected = default)
    {
        if (!await db.Set<Inspection>().AnyAsync(i => i.Id == inspectionId && i.OperationId == id, ct))
            return ServiceResult<OperationDto>.NotFound();
        var cases = await CaseNumbersAsync([inspectionId], ct);
        return await ChangeAsync(id, OperationAction.RemoveInspection, o =>
        {
            if (cases.TryGetValue(inspectionId, out var number)) throw new DomainException("Operation.InspectionHasCase", number);
            o.RemoveInspection(inspectionId);
            return [];
        }, ct, expected);
    }

    /// <summary>The numbers of the cases opened from these inspections, whether or not the caller sees the case.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> CaseNumbersAsync(IReadOnlyCollection<Guid> inspectionIds,
        CancellationToken ct = default) =>
        inspectionIds.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.Unscoped<EnforcementCase>().Where(c => c.InspectionId != null && inspectionIds.Contains(c.InspectionId.Value))
                .ToDictionaryAsync(c => c.InspectionId!.Value, c => c.Number, ct);

    /// <summary>Who may do what is <see cref="OperationPermissions"/>'s answer; a stale or lost save is a 409.</summary>
    private async Task<ServiceResult<OperationDto>> ChangeAsync(Guid id, OperationAction action,
        Func<Operation, IReadOnlyList<FieldError>> change,
        CancellationToken ct, Expected? expected = null)
    {
        var o = await Visible().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (o is null) return ServiceResult<OperationDto>.NotFound();
        if (!OperationPermissions.May(user, o, action)) return ServiceResult<OperationDto>.Forbidden();
        if (expected?.IsStale(o.Version) == true) return ServiceResult<OperationDto>.Stale();
        try
        {
            var errors = change(o);
            if (errors.Count > 0) return ServiceResult<OperationDto>.Invalid(errors);
        }
        catch (DomainException e)
        {
            return ServiceResult<OperationDto>.Conflict(e.MessageKey, e.Args);
        }
        if (!await db.TrySaveAsync(ct)) return ServiceResult<OperationDto>.Stale();
        return ServiceResult<OperationDto>.Ok(await ToDtoAsync(o, ct));
    }

    /// <summary>
    /// XD-2017-012 from the jurisdiction's counter for the year: one atomic step, so two actions created at the same
    /// moment never get the same number (reading the last number and adding one did).
    /// </summary>
    private async Task<string> NextNumberAsync(Guid jurisdictionId, DateTimeOffset startsAt, CancellationToken ct)
    {
        var year = ChinaTime.DateOf(startsAt).Year;
        var key = $"operation:{jurisdictionId:N}:{year}";
        var prefix = $"XD-{year}-";
        if (!await db.Counters.AnyAsync(c => c.Key == key, ct))
        {
            // Numbers given before the counter existed (demo data, older databases) are carried over once; if two
            // requests both get here, the first insert wins and the other does nothing.
            var last = await db.Unscoped<Operation>().Where(o => o.JurisdictionId == jurisdictionId && o.Number.StartsWith(prefix))
                .Select(o => o.Number).OrderByDescending(n => n.Length).ThenByDescending(n => n).FirstOrDefaultAsync(ct);
            long start = last is not null && long.TryParse(last[prefix.Length..], out var n) ? n : 0;
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO \"Counters\" (\"Key\", \"Value\") VALUES ({key}, {start}) ON CONFLICT (\"Key\") DO NOTHING", ct);
        }
        return $"{prefix}{await Counters.NextAsync(db, key, ct):000}";
    }

    public async Task<OperationDto> ToDtoAsync(Operation o, CancellationToken ct) => (await ToDtosAsync([o], ct))[0];

    /// <summary>Two lookups for any number of operations: the units' names and the inspected entities' names.</summary>
    private async Task<List<OperationDto>> ToDtosAsync(IReadOnlyList<Operation> list, CancellationToken ct)
    {
        var unitIds = list.SelectMany(o => o.Units.Select(u => u.UnitId).Append(o.LeadUnitId)).Distinct().ToList();
        var names = await db.VisibleUnits(user).Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var entityIds = list.SelectMany(o => o.Inspections.Select(i => i.MarketEntityId)).Distinct().ToList();
        var entities = entityIds.Count == 0 ? [] : await db.Visible<MarketEntity>(user).Where(e => entityIds.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => new EntityName(e.Name, e.StallNumber), ct);
        return list.Select(o => ToDto(o, names, entities)).ToList();
    }

    private sealed record EntityName(string Name, string? StallNumber);

    private OperationDto ToDto(Operation o, Dictionary<Guid, string> names, Dictionary<Guid, EntityName> entities)
    {
        var participants = o.Units
            .Select(u => new ParticipantDto(u.UnitId, names.GetValueOrDefault(u.UnitId, ""), u.Status, u.Officers, u.RespondedAt)).ToList();
        var inspections = o.Inspections.OrderBy(i => i.InspectedAt).Select(i => new InspectionDto(i.Id, i.MarketEntityId,
            entities.GetValueOrDefault(i.MarketEntityId)?.Name ?? "", entities.GetValueOrDefault(i.MarketEntityId)?.StallNumber,
            i.Result, i.Notes, i.InspectedAt)).ToList();
        var totals = new OperationTotals(o.Personnel, o.Vehicles, o.Inspections.Count,
            Enum.GetValues<InspectionResult>().ToDictionary(r => r, r => o.Inspections.Count(i => i.Result == r)));
        var photos = o.Photos.OrderBy(p => p.UploadedAt).Select(p => new PhotoDto(p.Id, p.FileName, p.Size, p.UploadedAt, p.UploadedBy,
            $"/api/operations/{o.Id}/photos/{p.Id}")).ToList();
        return new OperationDto(o.Id, o.Number, o.Kind, o.Title, o.StartsAt, o.KeyAreaId, o.LeadUnitId,
            names.GetValueOrDefault(o.LeadUnitId, ""), o.Personnel, o.Vehicles, o.Findings, o.RecordedBy, o.RandomDrawId,
            participants, inspections, totals, photos, o.Version, OperationPermissions.Allowed(user, o));
    }
}

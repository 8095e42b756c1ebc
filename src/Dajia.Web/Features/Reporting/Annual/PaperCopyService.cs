using Dajia.Web.Data;
using Dajia.Web.Domain.Reporting;
using Dajia.Web.Features.Shared;
using Dajia.Web.Infrastructure;

namespace Dajia.Web.Features.Reporting.Annual;

public sealed record PaperCopyDto(int Number, DateOnly SentOn, string FileName, string ContentType, long Size, DateTimeOffset AddedAt,
    string AddedBy, string Url);

/// <summary>A unit's stamped paper copy of a report: the current one first, the ones it replaced after.</summary>
public sealed record PaperCopiesDto(string Form, string Period, string Title, Guid UnitId, string UnitName, bool Submitted,
    PaperCopyDto? Current, IReadOnlyList<PaperCopyDto> History, IReadOnlyList<string> AllowedActions);

/// <summary>
/// 纸质盖章件: after a unit submitted a report, its liaison (or the office) records the day the stamped copy was faxed or
/// delivered, with its scan. Who sees the report sees the scan; a replacement keeps the older copies.
/// </summary>
public sealed class PaperCopyService(AppDbContext db, CurrentUser user, TimeProvider time, ReportService reports, AnnualFiles files)
{
    public static string UrlOf(string form, string period, Guid unitId) => $"/api/reports/{form}/{period}/units/{unitId}/paper-copy";

    public async Task<ServiceResult<PaperCopiesDto>> GetAsync(string form, string period, Guid unitId, CancellationToken ct)
    {
        var loaded = await reports.LoadAsync(form, period, unitId, ct);
        if (loaded.Outcome != Outcome.Ok) return loaded.As<PaperCopiesDto>();
        var u = loaded.Value!;
        var copies = u.Submission is null ? [] : await db.Set<ReportPaperCopy>().Where(c => c.SubmissionId == u.Submission.Id)
            .OrderByDescending(c => c.Number).AsNoTracking().ToListAsync(ct);
        var url = UrlOf(u.Ref.Form.Code, u.Ref.Period.ToString(), unitId);
        var dtos = copies.Select(c => new PaperCopyDto(c.Number, c.SentOn, c.FileName, c.ContentType, c.Size, c.AddedAt, c.AddedBy,
            $"{url}?number={c.Number}")).ToList();
        var submitted = u.Submission?.FirstSubmittedAt is not null;
        return ServiceResult<PaperCopiesDto>.Ok(new(u.Ref.Form.Code, u.Ref.Period.ToString(), u.Ref.Title, unitId, u.Unit.Name,
            submitted, dtos.FirstOrDefault(), dtos.Skip(1).ToList(), submitted && MayUpload(unitId) ? ["upload"] : []));
    }

    private bool MayUpload(Guid unitId) => user.IsOffice || user.IsLiaison && user.UnitId == unitId;

    public async Task<ServiceResult<PaperCopiesDto>> UploadAsync(string form, string period, Guid unitId, string? sentOn, IFormFile? file,
        CancellationToken ct)
    {
        var loaded = await reports.LoadAsync(form, period, unitId, ct);
        if (loaded.Outcome != Outcome.Ok) return loaded.As<PaperCopiesDto>();
        if (!MayUpload(unitId)) return ServiceResult<PaperCopiesDto>.Forbidden();
        if (loaded.Value!.Submission is not { FirstSubmittedAt: { } first } s)
            return ServiceResult<PaperCopiesDto>.Conflict("PaperCopy.NotSubmitted");
        var errors = new List<FieldError>();
        var on = Input.Date(sentOn, "sentOn", errors, required: true);
        if (on is { } d && (d > ChinaTime.Today(time) || d < ChinaTime.DateOf(first))) errors.Add(new("sentOn", "PaperCopy.SentOnRange"));
        var scan = await AnnualFiles.ScanAsync(file, errors, ct);
        if (errors.Count > 0) return ServiceResult<PaperCopiesDto>.Invalid(errors);
        var stored = await files.StoreAsync(scan!, ct);
        var number = await db.Set<ReportPaperCopy>().Where(c => c.SubmissionId == s.Id).MaxAsync(c => (int?)c.Number, ct) ?? 0;
        db.Add(new ReportPaperCopy(s.Id, number + 1, on!.Value, stored, time.GetUtcNow(), user.Signature));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two uploads at once took the same number: the second is told to reload, the first stands.
            db.ChangeTracker.Clear();
            return ServiceResult<PaperCopiesDto>.Stale();
        }
        db.ChangeTracker.Clear();
        return await GetAsync(form, period, unitId, ct);
    }

    /// <summary>The current scan, or the one numbered <paramref name="number"/>; null when not visible or none.</summary>
    public async Task<FileRead?> OpenAsync(string form, string period, Guid unitId, int? number, CancellationToken ct)
    {
        var loaded = await reports.LoadAsync(form, period, unitId, ct);
        if (loaded.Outcome != Outcome.Ok || loaded.Value!.Submission is not { } s) return null;
        var copies = db.Set<ReportPaperCopy>().Where(c => c.SubmissionId == s.Id);
        if (number is { } n) copies = copies.Where(c => c.Number == n);
        var copy = await copies.OrderByDescending(c => c.Number).FirstOrDefaultAsync(ct);
        return copy is null ? null : await files.ReadAsync(copy.Sha256, copy.ContentType, copy.FileName, ct);
    }
}

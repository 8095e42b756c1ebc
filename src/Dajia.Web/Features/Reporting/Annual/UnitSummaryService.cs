using System.Globalization;
using Dajia.Web.Data;
using Dajia.Web.Data.Reporting;
using Dajia.Web.Domain.Reporting;
using Dajia.Web.Infrastructure;
using Dajia.Web.Infrastructure.Access;

namespace Dajia.Web.Features.Reporting.Annual;

public sealed record SummaryFileDto(string FileName, string ContentType, long Size, string Url);

public sealed record SummaryVersionDto(int Number, string Text, SummaryFileDto? File, DateTimeOffset SubmittedAt, string SubmittedBy,
    string SubmittedByAccount);

/// <summary>A unit's annual written summary: the draft now, whether it was sent since its last change, each submission as sent.</summary>
public sealed record UnitSummaryDto(int Year, Guid UnitId, string UnitName, string Text, SummaryFileDto? File, bool Submitted,
    bool Pending, DateTimeOffset? FirstSubmittedAt, DateOnly? DueOn, bool Locked, string? LockReason, int Version,
    IReadOnlyList<SummaryVersionDto> Versions, IReadOnlyList<string> AllowedActions) : IVersionedDto;

public sealed record SummaryInput(string? Text);

/// <summary>
/// 年度工作总结 of a member unit, kept with its annual report: who sees the annual report sees it, its liaison (or the
/// office) writes and submits it, and it is locked when the annual report is (after the due date, unless allowed late).
/// </summary>
public sealed class UnitSummaryService(AppDbContext db, CurrentUser user, TimeProvider time, ReportService reports, AnnualFiles files,
    IStringLocalizer<SharedResource> l)
{
    public static string UrlOf(int year, Guid unitId) => $"/api/reports/{ReportFormSeed.Annual}/{year}/units/{unitId}/summary";

    private sealed record Loaded(UnitReport Report, UnitSummary? Summary);

    private async Task<ServiceResult<Loaded>> LoadAsync(int year, Guid unitId, CancellationToken ct)
    {
        var r = await reports.LoadAsync(ReportFormSeed.Annual, year.ToString(CultureInfo.InvariantCulture), unitId, ct);
        if (r.Outcome != Outcome.Ok) return r.As<Loaded>();
        var s = await db.Visible<UnitSummary>(user).Include(x => x.Versions)
            .FirstOrDefaultAsync(x => x.UnitId == unitId && x.Year == year, ct);
        return ServiceResult<Loaded>.Ok(new(r.Value!, s));
    }

    public async Task<ServiceResult<UnitSummaryDto>> GetAsync(int year, Guid unitId, CancellationToken ct) =>
        (await LoadAsync(year, unitId, ct)).Map(Dto);

    public async Task<ServiceResult<UnitSummaryDto>> SaveAsync(int year, Guid unitId, SummaryInput input, Expected expected,
        CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var text = (input.Text ?? "").Trim();
        Input.Fits(text, UnitSummary.MaxText, "text", errors);
        return await WriteAsync(year, unitId, expected, errors, s => s.SaveText(text), ct);
    }

    public async Task<ServiceResult<UnitSummaryDto>> AttachAsync(int year, Guid unitId, IFormFile? file, Expected expected,
        CancellationToken ct)
    {
        // Nothing is stored for a caller who may not write here, nor for a file that fails its checks.
        var loaded = await LoadAsync(year, unitId, ct);
        if (loaded.Outcome != Outcome.Ok) return loaded.As<UnitSummaryDto>();
        if (!MayEdit(unitId)) return ServiceResult<UnitSummaryDto>.Forbidden();
        var errors = new List<FieldError>();
        var checkedFile = await AnnualFiles.DocumentAsync(file, errors, ct);
        var stored = checkedFile is null ? null : await files.StoreAsync(checkedFile, ct);
        return await WriteAsync(year, unitId, expected, errors, s => s.Attach(stored!), ct);
    }

    public Task<ServiceResult<UnitSummaryDto>> SubmitAsync(int year, Guid unitId, Expected expected, CancellationToken ct) =>
        WriteAsync(year, unitId, expected, [], s => s.Submit(time.GetUtcNow(), user.AsSubmitter()), ct);

    /// <summary>The document attached now, or the one of submission <paramref name="number"/>.</summary>
    public async Task<FileRead?> OpenFileAsync(int year, Guid unitId, int? number, CancellationToken ct)
    {
        var loaded = await LoadAsync(year, unitId, ct);
        if (loaded.Outcome != Outcome.Ok || loaded.Value!.Summary is not { } s) return null;
        var (sha, type, name) = number is { } n
            ? s.Versions.FirstOrDefault(v => v.Number == n) is { FileSha256: { } vs } v ? (vs, v.FileContentType!, v.FileName!) : default
            : (s.FileSha256, s.FileContentType, s.FileName);
        return sha is null ? null : await files.ReadAsync(sha, type!, name!, ct);
    }

    private bool MayEdit(Guid unitId) => user.IsOffice || user.IsLiaison && user.UnitId == unitId;

    private async Task<ServiceResult<UnitSummaryDto>> WriteAsync(int year, Guid unitId, Expected expected, List<FieldError> errors,
        Action<UnitSummary> apply, CancellationToken ct)
    {
        var loaded = await LoadAsync(year, unitId, ct);
        if (loaded.Outcome != Outcome.Ok) return loaded.As<UnitSummaryDto>();
        var (report, s) = loaded.Value!;
        if (!MayEdit(unitId)) return ServiceResult<UnitSummaryDto>.Forbidden();
        if (ReportViews.LockReason(report, time.GetUtcNow()) is { } locked) return ServiceResult<UnitSummaryDto>.Conflict(locked);
        if (expected.IsStale(s is null ? 0 : s.Version + 1)) return ServiceResult<UnitSummaryDto>.Stale();
        if (errors.Count > 0) return ServiceResult<UnitSummaryDto>.Invalid(errors);
        if (s is null) db.Add(s = new UnitSummary(report.Unit.JurisdictionId, unitId, year));
        try
        {
            apply(s);
        }
        catch (DomainException e)
        {
            return ServiceResult<UnitSummaryDto>.Invalid("text", e.Message);
        }
        try
        {
            if (!await db.TrySaveAsync(ct)) return ServiceResult<UnitSummaryDto>.Stale();
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return ServiceResult<UnitSummaryDto>.Stale();
        }
        db.ChangeTracker.Clear();
        return await GetAsync(year, unitId, ct);
    }

    private UnitSummaryDto Dto(Loaded x)
    {
        var (report, s) = x;
        var url = UrlOf(report.Ref.Period.Year, report.Unit.Id);
        SummaryFileDto? File(string? sha, string? type, string? name, long? size, string link) =>
            sha is null ? null : new(name!, type!, size ?? 0, link);
        var locked = ReportViews.LockReason(report, time.GetUtcNow());
        var may = MayEdit(report.Unit.Id) && locked is null;
        var submitted = s?.Versions.Count > 0;
        return new UnitSummaryDto(report.Ref.Period.Year, report.Unit.Id, report.Unit.Name, s?.Text ?? "",
            File(s?.FileSha256, s?.FileContentType, s?.FileName, s?.FileSize, url + "/file"), submitted, s?.Pending ?? true,
            s?.FirstSubmittedAt, report.Duty?.DueOn, locked is not null, locked is null ? null : l[locked].Value,
            s is null ? 0 : s.Version + 1,
            (s?.Versions ?? []).OrderByDescending(v => v.Number).Select(v => new SummaryVersionDto(v.Number, v.Text,
                File(v.FileSha256, v.FileContentType, v.FileName, v.FileSize, $"{url}/file?number={v.Number}"), v.SubmittedAt,
                v.SubmittedByName, v.SubmittedByAccount)).ToList(),
            may ? s is { Pending: true } && (s.Text.Length > 0 || s.FileSha256 is not null) ? ["edit", "submit"] : ["edit"] : []);
    }
}

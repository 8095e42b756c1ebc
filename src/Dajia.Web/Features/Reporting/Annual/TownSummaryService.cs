using Dajia.Web.Data;
using Dajia.Web.Domain.Reporting;
using Dajia.Web.Infrastructure.Access;

namespace Dajia.Web.Features.Reporting.Annual;

public sealed record TownRevisionDto(int Number, DateTimeOffset SavedAt, string SavedBy);

/// <summary>
/// The town summary of a year: the text (the office's last save, or the draft while there is none), the freshly drafted
/// text beside it, the figures it was drafted from, and each unit's filing. <c>Recorded</c> false: the system holds nothing of
/// the year (no figures, no filings; the draft says so). <c>PreviousYear</c> / <c>NextYear</c>: the nearest years that have
/// something to sum up (null: none), for the page's links.
/// </summary>
public sealed record TownSummaryDto(int Year, string Title, string Text, bool Saved, string Draft, IReadOnlyList<FigureLine> Figures,
    IReadOnlyList<UnitFiling> Units, DateTimeOffset? SavedAt, string? SavedBy, int Version, IReadOnlyList<TownRevisionDto> Revisions,
    IReadOnlyList<string> AllowedActions, bool Recorded, int? PreviousYear, int? NextYear) : IVersionedDto;

/// <summary>
/// 镇年度打假工作总结: drafted from the year's records through the caller's scope; the office edits and saves it (each save
/// kept as a revision, audited) and exports it as a Word document; leaders read it.
/// </summary>
public sealed class TownSummaryService(AppDbContext db, CurrentUser user, TimeProvider time, TownFacts facts, SummaryYears years,
    IStringLocalizer<SharedResource> l)
{
    public const int MinYear = 2000;

    public async Task<ServiceResult<TownSummaryDto>> GetAsync(int year, CancellationToken ct)
    {
        if (!user.IsOffice && !user.IsLeader) return ServiceResult<TownSummaryDto>.Forbidden();
        if (year < MinYear || year > ChinaTime.Today(time).Year) return ServiceResult<TownSummaryDto>.NotFound();
        var y = await facts.YearAsync(year, ct);
        var s = await FindAsync(year, ct);
        var draft = TownSummaryText.Draft(y, l);
        var around = await years.AroundAsync(year, ct);
        return ServiceResult<TownSummaryDto>.Ok(new TownSummaryDto(year, TownSummaryText.Title(y, l), s?.Text ?? draft, s is not null,
            draft, TownSummaryText.Lines(y, l), y.Recorded ? y.Units : [], s?.SavedAt, s?.SavedBy, s is null ? 0 : s.Version + 1,
            (s?.Revisions ?? []).OrderByDescending(r => r.Number).Select(r => new TownRevisionDto(r.Number, r.SavedAt, r.SavedBy)).ToList(),
            user.IsOffice ? ["edit", "export"] : ["export"], y.Recorded, around.Previous, around.Next));
    }

    public async Task<ServiceResult<TownSummaryDto>> SaveAsync(int year, SummaryInput input, Expected expected, CancellationToken ct)
    {
        if (!user.IsOffice) return ServiceResult<TownSummaryDto>.Forbidden();
        if (year < MinYear || year > ChinaTime.Today(time).Year) return ServiceResult<TownSummaryDto>.NotFound();
        var text = (input.Text ?? "").Trim();
        var errors = new List<FieldError>();
        if (text.Length == 0) errors.Add(new("text", "TownSummary.Required"));
        else Input.Fits(text, TownSummary.MaxText, "text", errors);
        var s = await FindAsync(year, ct, tracked: true);
        if (expected.IsStale(s is null ? 0 : s.Version + 1)) return ServiceResult<TownSummaryDto>.Stale();
        if (errors.Count > 0) return ServiceResult<TownSummaryDto>.Invalid(errors);
        if (s is null) db.Add(s = new TownSummary(user.JurisdictionId, year));
        s.Save(text + "\n", time.GetUtcNow(), user.Signature);
        try
        {
            if (!await db.TrySaveAsync(ct)) return ServiceResult<TownSummaryDto>.Stale();
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return ServiceResult<TownSummaryDto>.Stale();
        }
        db.ChangeTracker.Clear();
        return await GetAsync(year, ct);
    }

    /// <summary>The summary as it reads now (saved, or the draft) as a Word document.</summary>
    public async Task<ServiceResult<(string FileName, byte[] Content)>> ExportAsync(int year, CancellationToken ct)
    {
        var found = await GetAsync(year, ct);
        if (found.Outcome != Outcome.Ok) return found.As<(string, byte[])>();
        var s = found.Value!;
        return ServiceResult<(string, byte[])>.Ok(($"{s.Title}.docx", SummaryDocx.Build(s.Title, s.Text)));
    }

    private async Task<TownSummary?> FindAsync(int year, CancellationToken ct, bool tracked = false)
    {
        var q = db.Visible<TownSummary>(user).Include(x => x.Revisions)
            .Where(x => x.JurisdictionId == user.JurisdictionId && x.Year == year);
        return await (tracked ? q : q.AsNoTracking()).FirstOrDefaultAsync(ct);
    }
}

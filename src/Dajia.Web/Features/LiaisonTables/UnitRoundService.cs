using Dajia.Web.Data;
using Dajia.Web.Domain.LiaisonTables;
using Dajia.Web.Domain.Rounds;

namespace Dajia.Web.Features.LiaisonTables;

public sealed record SubmittedVersion(RoundSubmission Submission, LiaisonTableContent Content);

/// <summary>One unit in one round: its status, every version it submitted (newest first), and its record today.</summary>
public sealed record UnitRound(int Year, UnitStatusRow Row, IReadOnlyList<SubmittedVersion> Versions, LiaisonTableContent Current);

/// <summary>What the office opens from a round's row: what the unit submitted, each time, and what changed since.</summary>
public sealed class UnitRoundService(AppDbContext db, CurrentUser user, LiaisonTableService tables)
{
    public async Task<ServiceResult<UnitRound>> GetAsync(int year, Guid unitId, CancellationToken ct = default)
    {
        var overview = await tables.OverviewAsync(year, ct);
        if (overview.Rows.FirstOrDefault(r => r.Unit.Id == unitId) is not { } row) return ServiceResult<UnitRound>.NotFound();
        var table = await db.Visible<LiaisonTable>(user).Include(t => t.Submissions)
            .FirstOrDefaultAsync(t => t.JurisdictionId == row.Unit.JurisdictionId && t.Year == year, ct);
        var kept = table?.VersionsOf(unitId).ToList() ?? [];
        var history = kept.Any(s => s.Content is null) ? await db.Liaisons.Where(l => l.UnitId == unitId).ToListAsync(ct) : [];
        var versions = kept.OrderByDescending(s => s.Number)
            .Select(s => new SubmittedVersion(s,
                LiaisonTableContent.FromJson(s.Content) ?? LiaisonTableContent.AsOf(row.Unit, history, s.SubmittedAt)))
            .ToList();
        return ServiceResult<UnitRound>.Ok(new UnitRound(year, row, versions, LiaisonTableContent.Of(row.Unit)));
    }
}

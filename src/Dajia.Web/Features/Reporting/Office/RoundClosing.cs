using Dajia.Web.Data;
using Dajia.Web.Domain.Jurisdictions;

namespace Dajia.Web.Features.Reporting.Office;

/// <summary>
/// The office ends a round (本期报送结束): from then on no unit saves, submits or is reviewed in it, until the office
/// opens it again. Closing a round no one has written to yet opens it first, so its form version is fixed as well.
/// </summary>
public sealed class RoundClosing(AppDbContext db, CurrentUser user, TimeProvider time, ReportRounds rounds, ReportMatrix matrix)
{
    public Task<ServiceResult<MatrixDto>> CloseAsync(string form, string period, CancellationToken ct) =>
        SetAsync(form, period, true, ct);

    public Task<ServiceResult<MatrixDto>> ReopenAsync(string form, string period, CancellationToken ct) =>
        SetAsync(form, period, false, ct);

    private async Task<ServiceResult<MatrixDto>> SetAsync(string form, string period, bool close, CancellationToken ct)
    {
        if (!user.IsOffice) return ServiceResult<MatrixDto>.Forbidden();
        var found = await rounds.FindAsync(form, period, user.JurisdictionId, ct);
        if (found.Outcome != Outcome.Ok) return found.As<MatrixDto>();
        var r = found.Value!;
        // Units report to their town's office; a city's or province's office has no round of its own to close.
        var town = await db.VisibleJurisdictions(user).AnyAsync(j => j.Id == user.JurisdictionId && j.Level == JurisdictionLevel.Town, ct);
        if (!town) return ServiceResult<MatrixDto>.Conflict("Report.Round.NotTown");
        if ((r.Round?.IsClosed ?? false) == close)
            return ServiceResult<MatrixDto>.Conflict(close ? "Report.Round.AlreadyClosed" : "Report.Round.AlreadyOpen");
        var round = rounds.Open(r, user.JurisdictionId);
        if (close) round.Close(time.GetUtcNow(), user.Signature);
        else round.Reopen();
        try
        {
            if (!await db.TrySaveAsync(ct)) return ServiceResult<MatrixDto>.Stale();
        }
        catch (DbUpdateException)
        {
            // Two first writes to one round at once: the other one opened it; reload and try again.
            db.ChangeTracker.Clear();
            return ServiceResult<MatrixDto>.Stale();
        }
        db.ChangeTracker.Clear();
        return await matrix.MatrixAsync(form, period, ct);
    }
}

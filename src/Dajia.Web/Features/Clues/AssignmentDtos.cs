using Dajia.Web.Data;
using Dajia.Web.Domain.Clues;

namespace Dajia.Web.Features.Clues;

public sealed record CoUnitDto(Guid Id, string Name);

/// <summary>An evidence file; <paramref name="IsImage"/> files have a thumbnail (<c>?size=thumb</c>), PDFs download.</summary>
public sealed record EvidenceDto(Guid Id, string Url, string FileName, bool IsImage, DateTimeOffset AddedAt, string AddedBy);

/// <summary>The assignment as the 交办单 states it, and the evidence the lead unit attached.</summary>
public sealed record AssignmentDto(
    string? Instructions, DateOnly? DueOn, DateTimeOffset? AssignedAt, IReadOnlyList<CoUnitDto> CoUnits,
    IReadOnlyList<EvidenceDto> Evidence);

public static class AssignmentDtos
{
    /// <summary>For a clue found in scope with its co-operating units loaded: two queries, whatever the counts.</summary>
    public static async Task<AssignmentDto> OfAsync(AppDbContext db, CurrentUser user, Clue c, CancellationToken ct)
    {
        var ids = c.CoUnits.Select(u => u.UnitId).ToList();
        var names = ids.Count == 0 ? []
            : await db.VisibleUnits(user).Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var files = await db.Set<ClueEvidence>().Where(e => e.ClueId == c.Id).OrderBy(e => e.AddedAt).ThenBy(e => e.Id).ToListAsync(ct);
        return new AssignmentDto(c.AssignmentInstructions, c.AssignmentDueOn, c.AssignedAt,
            ids.Select(id => new CoUnitDto(id, names.GetValueOrDefault(id) ?? "")).ToList(),
            files.Select(e => new EvidenceDto(e.Id, $"/api/clues/{c.Id}/evidence/{e.Id}", e.FileName,
                e.ContentType != ClueEvidenceFiles.PdfType, e.AddedAt, e.AddedBy)).ToList());
    }

    /// <summary>The evidence file or its thumbnail; a PDF carries its name so that it downloads rather than opens.</summary>
    public static async Task<Infrastructure.FileRead?> OpenAsync(AppDbContext db, IQueryable<Clue> visible, Guid id, Guid evidenceId,
        bool thumbnail, Infrastructure.FileStore files, CancellationToken ct)
    {
        if (!await visible.AnyAsync(c => c.Id == id, ct)) return null;
        var e = await db.Set<ClueEvidence>().FirstOrDefaultAsync(x => x.Id == evidenceId && x.ClueId == id, ct);
        if (e is null) return null;
        var read = await files.ReadAsync(thumbnail ? e.ThumbnailSha256 ?? e.Sha256 : e.Sha256, e.ContentType, ct);
        return e.ContentType == ClueEvidenceFiles.PdfType ? read with { FileName = e.FileName } : read;
    }
}

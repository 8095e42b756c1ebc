using Dajia.Web.Data;
using Dajia.Web.Domain.Cases;
using Dajia.Web.Features.Clues;
using Dajia.Web.Infrastructure.Access;

namespace Dajia.Web.Features.Cases.Transfer;

/// <summary>
/// The documents of a transfer step (移送书, 立案/不予立案通知书, 移交清单): photos or PDFs through the same checks as
/// clue evidence (type from the bytes, size, photos decoded and encoded anew), served only as downloads.
/// </summary>
public sealed class TransferFiles(AppDbContext db, CurrentUser user, FileStore files)
{
    public async Task<ServiceResult<PoliceTransfer>> AttachAsync(Guid caseId, int sequence, IReadOnlyList<IFormFile> uploads,
        Expected expected, CancellationToken ct)
    {
        var c = await db.Visible<EnforcementCase>(user).FirstOrDefaultAsync(x => x.Id == caseId, ct);
        var t = c is null ? null : await db.Visible<PoliceTransfer>(user).Include(x => x.Steps).ThenInclude(s => s.Documents)
            .FirstOrDefaultAsync(x => x.CaseId == caseId, ct);
        var step = t?.Steps.FirstOrDefault(s => s.Sequence == sequence);
        if (c is null || t is null || step is null) return ServiceResult<PoliceTransfer>.NotFound();
        if (!CaseDocsPermissions.May(user, c, CaseDocsAction.RecordTransferStep)) return ServiceResult<PoliceTransfer>.Forbidden();
        // A closed case whose transfer is over is a finished file: its documents are read, no longer added to.
        if (!c.IsOpen && t.IsOver) return ServiceResult<PoliceTransfer>.Conflict("Transfer.FilesClosed");
        if (expected.IsStale(t.Version)) return ServiceResult<PoliceTransfer>.Stale();
        var errors = new List<FieldError>();
        if (uploads.Count == 0) errors.Add(new("documents", "Validation.Transfer.NoFile"));
        else if (step.Documents.Count + uploads.Count > PoliceTransferStep.MaxFiles)
            errors.Add(new("documents", "Validation.Transfer.TooManyFiles", PoliceTransferStep.MaxFiles));
        if (errors.Count > 0) return ServiceResult<PoliceTransfer>.Invalid(errors);
        var checkedFiles = await ClueEvidenceFiles.CheckAsync(uploads, 0, errors, ct);
        if (errors.Count > 0) return ServiceResult<PoliceTransfer>.Invalid(
            errors.Select(e => e with { Field = e.Field.Replace("evidence", "documents", StringComparison.Ordinal), Args = Worded(e.Args) })
                .ToList());
        foreach (var f in checkedFiles)
        {
            var stored = f.Image is { } image ? await files.SaveImageAsync(image, ct)
                : await files.SaveAsync(f.Pdf!, ClueEvidenceFiles.PdfType, ct);
            step.Attach(stored.Sha256, stored.ContentType, stored.Size, f.FileName);
        }
        return await db.TrySaveAsync(ct) ? ServiceResult<PoliceTransfer>.Ok(t) : ServiceResult<PoliceTransfer>.Stale();
    }

    /// <summary>A refused type is said in the transfer's words (documents, not evidence).</summary>
    private static object[] Worded(object[] args) =>
        args.Select(a => a is LocalizedKey { Key: "Upload.NotEvidence" } ? new LocalizedKey("Upload.NotTransferDocument") : a).ToArray();

    public async Task<FileRead?> OpenAsync(Guid caseId, Guid documentId, CancellationToken ct)
    {
        var t = await db.Visible<PoliceTransfer>(user).Include(x => x.Steps).ThenInclude(s => s.Documents)
            .FirstOrDefaultAsync(x => x.CaseId == caseId, ct);
        var d = t?.Steps.SelectMany(s => s.Documents).FirstOrDefault(x => x.Id == documentId);
        if (d is null) return null;
        // Downloaded under its own name, never shown inline.
        return await files.ReadAsync(d.Sha256, d.ContentType, ct) is { } read ? read with { FileName = d.FileName } : null;
    }
}

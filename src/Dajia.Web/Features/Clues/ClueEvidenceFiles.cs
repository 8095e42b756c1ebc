using Dajia.Web.Data;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Infrastructure;

namespace Dajia.Web.Features.Clues;

/// <summary>An evidence upload that passed its checks: a photo decoded and encoded anew, or a PDF's bytes.</summary>
public sealed record CheckedEvidence(CleanImage? Image, byte[]? Pdf, string FileName);

/// <summary>
/// Evidence attached to a verification: photos through the same checks as a report's (type from the bytes, size,
/// decoded and encoded anew), or PDFs (the %PDF- signature, 10 MB) stored as sent and only ever served as a download.
/// </summary>
public sealed class ClueEvidenceFiles(AppDbContext db, FileStore files)
{
    public const int MaxPerUpload = 5;
    public const string PdfType = "application/pdf";

    public static async Task<List<CheckedEvidence>> CheckAsync(IReadOnlyList<IFormFile> uploads, int already, List<FieldError> errors,
        CancellationToken ct)
    {
        var ok = new List<CheckedEvidence>();
        if (uploads.Count > MaxPerUpload) errors.Add(new("evidence", "Validation.Clue.TooManyEvidence", MaxPerUpload));
        else if (already + uploads.Count > ClueEvidence.MaxPerClue)
            errors.Add(new("evidence", "Validation.Clue.EvidenceFull", ClueEvidence.MaxPerClue));
        foreach (var (file, i) in uploads.Take(MaxPerUpload).Select((f, i) => (f, i)))
        {
            var name = NameOf(file.FileName);
            var (isPdf, pdf) = await PdfAsync(file, ct);
            if (isPdf)
            {
                if (pdf is null) errors.Add(new($"evidence[{i}]", "Upload.Named", name, new LocalizedKey("Upload.EvidenceTooLarge")));
                else ok.Add(new(null, pdf, name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? name : name + ".pdf"));
                continue;
            }
            var (image, problem) = await FileStore.CleanAsync(file, ct);
            // Each refusal names its file: two bad files must not read as one message said twice.
            if (image is null)
                errors.Add(new($"evidence[{i}]", "Upload.Named", name,
                    new LocalizedKey(problem == "Upload.NotImage" ? "Upload.NotEvidence" : problem!)));
            else ok.Add(new(image, null, name));
        }
        return ok;
    }

    public async Task StoreAsync(Guid clueId, IReadOnlyList<CheckedEvidence> evidence, DateTimeOffset at, string by, CancellationToken ct)
    {
        foreach (var e in evidence)
        {
            var stored = e.Image is { } image ? await files.SaveImageAsync(image, ct) : await files.SaveAsync(e.Pdf!, PdfType, ct);
            db.Add(new ClueEvidence(clueId, stored.Sha256, stored.ContentType, stored.Size, stored.ThumbnailSha256, e.FileName, at, by));
        }
    }

    public static bool IsPdf(ReadOnlySpan<byte> head) => head.StartsWith("%PDF-"u8);

    /// <summary>Whether the file is a PDF, and its bytes when it is not too large.</summary>
    private static async Task<(bool IsPdf, byte[]? Bytes)> PdfAsync(IFormFile file, CancellationToken ct)
    {
        if (file.Length < 5 || !await HeadIsPdfAsync(file, ct)) return (false, null);
        if (file.Length > FileStore.MaxImageBytes) return (true, null);
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return (true, buffer.ToArray());
    }

    private static async Task<bool> HeadIsPdfAsync(IFormFile file, CancellationToken ct)
    {
        var head = new byte[5];
        await using var s = file.OpenReadStream();
        var read = await s.ReadAtLeastAsync(head, 5, throwOnEndOfStream: false, ct);
        return IsPdf(head.AsSpan(0, read));
    }

    /// <summary>The name without folders or control characters, shortened; what the download offers.</summary>
    private static string NameOf(string? uploaded)
    {
        var name = new string(Path.GetFileName(uploaded ?? "").Where(c => !char.IsControl(c) && c is not ('"' or '\\' or '/')).ToArray())
            .Trim();
        return name.Length == 0 ? "附件" : name.Length > 100 ? name[^100..] : name;
    }
}

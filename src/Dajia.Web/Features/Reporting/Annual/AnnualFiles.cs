using System.IO.Compression;
using Dajia.Web.Domain.Reporting;
using Dajia.Web.Infrastructure;

namespace Dajia.Web.Features.Reporting.Annual;

/// <summary>An upload that passed its checks: a photo decoded and encoded anew, or a document's bytes as sent.</summary>
public sealed record CheckedFile(CleanImage? Image, byte[]? Bytes, string ContentType, string FileName);

/// <summary>
/// The files of the annual reporting: a paper copy's scan (PDF, JPEG or PNG photo) and a written summary's document
/// (.docx or PDF). The type comes from the bytes, never from the name or what the browser claims; photos are decoded
/// and encoded anew (nothing of the original survives), documents are stored as sent and only ever served as a download.
/// </summary>
public sealed class AnnualFiles(FileStore files)
{
    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>A scan of the stamped copy, or null with an error on "file".</summary>
    public static async Task<CheckedFile?> ScanAsync(IFormFile? file, List<FieldError> errors, CancellationToken ct)
    {
        if (await BytesAsync(file, errors, ct) is not { } bytes) return null;
        if (bytes.AsSpan().StartsWith("%PDF-"u8)) return new(null, bytes, Pdf, NameOf(file!.FileName, ".pdf"));
        if (FileStore.ImageType(bytes) is "image/jpeg" or "image/png")
        {
            var (image, problem) = ImageSanitizer.Clean(bytes);
            if (image is not null) return new(image, null, CleanImage.ContentType, NameOf(file!.FileName, ".jpg"));
            errors.Add(new("file", problem == "Upload.NotImage" ? "Upload.NotScan" : problem!));
            return null;
        }
        errors.Add(new("file", "Upload.NotScan"));
        return null;
    }

    /// <summary>A written summary's document (.docx or PDF), or null with an error on "file".</summary>
    public static async Task<CheckedFile?> DocumentAsync(IFormFile? file, List<FieldError> errors, CancellationToken ct)
    {
        if (await BytesAsync(file, errors, ct) is not { } bytes) return null;
        if (bytes.AsSpan().StartsWith("%PDF-"u8)) return new(null, bytes, Pdf, NameOf(file!.FileName, ".pdf"));
        if (IsDocx(bytes)) return new(null, bytes, Docx, NameOf(file!.FileName, ".docx"));
        errors.Add(new("file", "Upload.NotSummaryDocument"));
        return null;
    }

    public async Task<StoredScan> StoreAsync(CheckedFile f, CancellationToken ct)
    {
        var stored = f.Image is { } image ? await files.SaveAsync(image.Full, CleanImage.ContentType, ct)
            : await files.SaveAsync(f.Bytes!, f.ContentType, ct);
        return new StoredScan(stored.Sha256, f.ContentType, stored.Size, f.FileName);
    }

    /// <summary>The stored file, named for the download so that a browser saves it rather than opening it in the page.</summary>
    public async Task<FileRead> ReadAsync(string sha256, string contentType, string fileName, CancellationToken ct) =>
        await files.ReadAsync(sha256, contentType, ct) with { FileName = fileName };

    private static async Task<byte[]?> BytesAsync(IFormFile? file, List<FieldError> errors, CancellationToken ct)
    {
        var problem = file is null ? "Upload.Missing" : file.Length == 0 ? "Upload.Empty"
            : file.Length > FileStore.MaxImageBytes ? "Upload.EvidenceTooLarge" : null;
        if (problem is not null)
        {
            errors.Add(new("file", problem));
            return null;
        }
        using var buffer = new MemoryStream((int)file!.Length);
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }

    /// <summary>A Word document is a zip archive with the main part word/document.xml; a renamed zip or .exe is not.</summary>
    private static bool IsDocx(byte[] bytes)
    {
        if (bytes.Length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) return false;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null && zip.GetEntry("[Content_Types].xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>The name without folders or control characters, shortened, with the extension of what it really is.</summary>
    private static string NameOf(string? uploaded, string extension)
    {
        var name = new string(Path.GetFileNameWithoutExtension((uploaded ?? "").Split('/', '\\')[^1])
            .Where(c => !char.IsControl(c) && c is not ('"' or '\\' or '/')).ToArray()).Trim();
        if (name.Length == 0) name = "扫描件";
        return (name.Length > 80 ? name[..80] : name) + extension;
    }
}

namespace Dajia.Web.Infrastructure;

public static class UploadLimits
{
    public const long MaxXlsxBytes = 5 * 1024 * 1024;

    /// <summary>A whole market's register: 100,000 rows is about 6 MB.</summary>
    public const long MaxEntityXlsxBytes = 20 * 1024 * 1024;

    /// <summary>Above the per-file limits so the app itself can say "too large" in words, not the server in a 413.</summary>
    public const long MaxRequestBytes = 32 * 1024 * 1024;

    /// <summary>Null when the upload looks like an .xlsx we may open; otherwise the message key saying why not.</summary>
    public static string? CheckXlsx(IFormFile? file, long maxBytes = MaxXlsxBytes)
    {
        if (file is null) return "Upload.Missing";
        if (file.Length == 0) return "Upload.Empty";
        if (file.Length > maxBytes) return maxBytes == MaxXlsxBytes ? "Upload.TooLarge" : "Upload.TooLarge20";
        if (!file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)) return "Upload.NotXlsx";
        Span<byte> magic = stackalloc byte[4];
        using var s = file.OpenReadStream();
        // An .xlsx is a zip archive: "PK\x03\x04".
        if (s.ReadAtLeast(magic, 4, throwOnEndOfStream: false) < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4)
            return "Upload.NotXlsx";
        return null;
    }
}

using Dajia.Web.Domain.LiaisonTables;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace Dajia.Web.Infrastructure;

public static class UploadLimits
{
    public const long MaxXlsxBytes = 5 * 1024 * 1024;

    /// <summary>A whole market's register: 100,000 rows is about 6 MB.</summary>
    public const long MaxEntityXlsxBytes = 20 * 1024 * 1024;

    /// <summary>附件1 lists a town's member units (dozens, two rows each); ClosedXML holds the whole sheet in memory.</summary>
    public static readonly XlsxLimits LiaisonTable = new(10 * 1024 * 1024, 5_000);

    /// <summary>The entity register: 100,000 entities and the header row; MiniExcel streams it.</summary>
    public static readonly XlsxLimits EntityRegister = new(200 * 1024 * 1024, 100_000, HeaderRows: 1);

    /// <summary>
    /// One request: room for the largest form the app offers — a public report with five photos of 10 MB each — plus its
    /// text fields, so every per-file limit is said in words by the app, not by the server. Kestrel, the form reader and
    /// <see cref="UseRequestSizeLimit"/> all use this one number.
    /// </summary>
    public const long MaxRequestBytes = 5 * FileStore.MaxImageBytes + 2 * 1024 * 1024;

    public const int MaxRequestMegabytes = (int)(MaxRequestBytes / 1024 / 1024);

    /// <summary>
    /// A request that declares a larger body is answered 413 before anything reads it: a Chinese page, or a
    /// ProblemDetails under /api (the status code pages word it). A body without a declared length that grows past the
    /// limit is stopped by Kestrel while it is read, and the exception handler words that the same way.
    /// </summary>
    public static IApplicationBuilder UseRequestSizeLimit(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        // The error page that words the 413 runs through here again with the same request headers.
        if (ctx.Request.ContentLength is not { } length || length <= MaxRequestBytes
            || ctx.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            await next(ctx);
            return;
        }
        // A browser still sending its photos sees a reset connection, not the answer, unless the body is read first.
        // Up to a few times the limit (a person who chose too many photos) it is read and dropped; beyond, it is not.
        if (length <= 4 * MaxRequestBytes && ctx.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = null;
            await ctx.Request.Body.CopyToAsync(Stream.Null, ctx.RequestAborted);
        }
        else ctx.Response.Headers.Connection = "close";
        ctx.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
    });

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

using SkiaSharp;

namespace Dajia.Web.Infrastructure;

/// <summary>A photo as it is stored: a fresh JPEG of the decoded pixels, and a small one for lists.</summary>
public sealed record CleanImage(byte[] Full, byte[] Thumbnail, int Width, int Height)
{
    public const string ContentType = "image/jpeg";
}

/// <summary>
/// Decodes an uploaded photo and encodes its pixels anew, so nothing of the original file survives: EXIF (GPS, time,
/// camera), XMP, IPTC, comments, PNG text chunks and bytes hidden after the end marker. EXIF orientation is applied
/// first, so the stored photo stands the right way up without it. The size the header declares is checked before a
/// single pixel is decoded, so a small file declaring a huge image cannot exhaust memory.
/// </summary>
public static class ImageSanitizer
{
    /// <summary>Decoding allocates 4 bytes a pixel: 40 megapixels is 160 MB, and more than any phone camera makes.</summary>
    public const long MaxPixels = 40_000_000;
    public const int MaxSide = 2560;
    public const int ThumbnailSide = 320;
    public const int Quality = 85;

    /// <summary>The clean image, or the message key saying why the upload is not one.</summary>
    public static (CleanImage? Image, string? Problem) Clean(byte[] upload)
    {
        var kind = FileStore.ImageType(upload);
        if (kind is null) return (null, IsHeif(upload) ? "Upload.Heic" : "Upload.NotImage");
        using var data = SKData.CreateCopy(upload);
        using var codec = SKCodec.Create(data);
        if (codec is null) return (null, "Upload.NotImage");
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width <= 0 || height <= 0) return (null, "Upload.NotImage");
        if ((long)width * height > MaxPixels) return (null, "Upload.TooManyPixels");

        using var decoded = Decode(codec);
        if (decoded is null) return (null, "Upload.NotImage");
        using var full = Draw(decoded, codec.EncodedOrigin, MaxSide);
        using var thumb = Draw(full, SKEncodedOrigin.TopLeft, ThumbnailSide);
        return (new CleanImage(Jpeg(full), Jpeg(thumb), full.Width, full.Height), null);
    }

    /// <summary>HEIC/HEIF (what iPhones send): an ISO media file whose brand says so. Skia on Linux does not decode it.</summary>
    public static bool IsHeif(ReadOnlySpan<byte> head) =>
        head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8) && head[8..12] is var brand
        && (brand.SequenceEqual("heic"u8) || brand.SequenceEqual("heix"u8) || brand.SequenceEqual("mif1"u8)
            || brand.SequenceEqual("msf1"u8) || brand.SequenceEqual("hevc"u8) || brand.SequenceEqual("avif"u8));

    /// <summary>JPEG can decode at 1/2, 1/4, 1/8 scale: a 48-megapixel photo need not be decoded whole to store 2560 px.</summary>
    private static SKBitmap? Decode(SKCodec codec)
    {
        var longSide = Math.Max(codec.Info.Width, codec.Info.Height);
        var size = longSide > MaxSide ? codec.GetScaledDimensions((float)MaxSide / longSide) : codec.Info.Size;
        if (Math.Max(size.Width, size.Height) < MaxSide && longSide > MaxSide) size = codec.Info.Size;
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result is SKCodecResult.Success or SKCodecResult.IncompleteInput) return bitmap;
        bitmap.Dispose();
        return null;
    }

    /// <summary>Turns the pixels the right way up, scales them to fit, and lays them on white (JPEG has no transparency).</summary>
    private static SKBitmap Draw(SKBitmap source, SKEncodedOrigin origin, int maxSide)
    {
        var turned = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom
            or SKEncodedOrigin.LeftBottom;
        var (w, h) = turned ? (source.Height, source.Width) : (source.Width, source.Height);
        var scale = Math.Min(1.0, (double)maxSide / Math.Max(w, h));
        var (outW, outH) = (Math.Max(1, (int)Math.Round(w * scale)), Math.Max(1, (int)Math.Round(h * scale)));
        var target = new SKBitmap(new SKImageInfo(outW, outH, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb()));
        using var canvas = new SKCanvas(target);
        canvas.Clear(SKColors.White);
        canvas.Scale((float)outW / w, (float)outH / h);
        canvas.Concat(Orientation(origin, source.Width, source.Height));
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        return target;
    }

    /// <summary>Maps the stored pixels (w × h) to how EXIF says they are to be seen.</summary>
    private static SKMatrix Orientation(SKEncodedOrigin origin, float w, float h) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
        _ => SKMatrix.Identity,
    };

    private static byte[] Jpeg(SKBitmap bitmap)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var encoded = image.Encode(SKEncodedImageFormat.Jpeg, Quality);
        return encoded.ToArray();
    }
}

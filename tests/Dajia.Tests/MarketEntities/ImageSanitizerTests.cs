using Dajia.Web.Infrastructure;
using SkiaSharp;

namespace Dajia.Tests.MarketEntities;

/// <summary>Photos are decoded and encoded anew: real images made here with SkiaSharp, with what phones and attackers add.</summary>
public sealed class ImageSanitizerTests
{
    /// <summary>A real PNG carrying <paramref name="text"/> in a tEXt chunk (for tests elsewhere that need one).</summary>
    public static byte[] Png(string text) => TestImages.PngWithText(text);

    /// <summary>A real JPEG carrying <paramref name="text"/> in a comment segment.</summary>
    public static byte[] Jpeg(string text)
    {
        var jpeg = TestImages.Encode(80, 60, SKEncodedImageFormat.Jpeg);
        var payload = System.Text.Encoding.ASCII.GetBytes(text);
        var length = (ushort)(payload.Length + 2);
        return [.. jpeg[..2], 0xFF, 0xFE, (byte)(length >> 8), (byte)length, .. payload, .. jpeg[2..]];
    }

    [Fact]
    public void A_phone_photo_is_turned_upright_and_keeps_no_gps_comment_or_trailing_bytes()
    {
        var upload = TestImages.HostileJpeg(400, 200);
        Assert.True(TestImages.Contains(upload, TestImages.GpsSecret) && TestImages.Contains(upload, TestImages.CommentSecret));
        using (var original = SKCodec.Create(SKData.CreateCopy(upload))) Assert.Equal(SKEncodedOrigin.RightTop, original.EncodedOrigin);

        var (clean, problem) = ImageSanitizer.Clean(upload);
        Assert.Null(problem);
        foreach (var secret in new[] { TestImages.GpsSecret, TestImages.CommentSecret, TestImages.TrailingSecret, "Exif" })
            Assert.False(TestImages.Contains(clean!.Full, secret), secret);
        Assert.Equal([0xFF, 0xD9], clean!.Full[^2..]); // nothing after the end marker
        using var codec = SKCodec.Create(SKData.CreateCopy(clean.Full));
        Assert.Equal(SKEncodedImageFormat.Jpeg, codec.EncodedFormat);
        Assert.Equal(SKEncodedOrigin.TopLeft, codec.EncodedOrigin);
        // 400 × 200 turned a quarter clockwise: 200 × 400, the left (red) half now on top.
        Assert.Equal((200, 400), (codec.Info.Width, codec.Info.Height));
        using var pixels = SKBitmap.Decode(clean.Full);
        AssertColor(SKColors.Red, pixels.GetPixel(100, 60));
        AssertColor(SKColors.Blue, pixels.GetPixel(100, 340));
        using var thumb = SKBitmap.Decode(clean.Thumbnail);
        Assert.Equal((160, 320), (thumb.Width, thumb.Height));
    }

    [Fact]
    public void A_large_photo_is_stored_at_most_2560_px_long_and_its_thumbnail_320()
    {
        var (clean, _) = ImageSanitizer.Clean(TestImages.Encode(3000, 1200, SKEncodedImageFormat.Jpeg));
        Assert.Equal((2560, 1024), (clean!.Width, clean.Height));
        using var full = SKBitmap.Decode(clean.Full);
        Assert.Equal((2560, 1024), (full.Width, full.Height));
        using var thumb = SKBitmap.Decode(clean.Thumbnail);
        Assert.Equal((320, 128), (thumb.Width, thumb.Height));
    }

    [Fact]
    public void Png_and_webp_become_jpeg_and_png_text_is_gone()
    {
        var png = TestImages.PngWithText("GPS 22.53N 113.30E");
        Assert.True(TestImages.Contains(png, "GPS 22.53N"));
        var (fromPng, _) = ImageSanitizer.Clean(png);
        Assert.False(TestImages.Contains(fromPng!.Full, "GPS"));
        var (fromWebp, problem) = ImageSanitizer.Clean(TestImages.Encode(300, 200, SKEncodedImageFormat.Webp));
        Assert.Null(problem);
        foreach (var image in new[] { fromPng.Full, fromWebp!.Full })
        {
            using var codec = SKCodec.Create(SKData.CreateCopy(image));
            Assert.Equal(SKEncodedImageFormat.Jpeg, codec.EncodedFormat);
        }
    }

    [Fact]
    public void A_small_file_declaring_40000_by_40000_pixels_is_refused_before_it_is_decoded()
    {
        var bomb = TestImages.PngDeclaring(40_000, 40_000);
        Assert.True(bomb.Length < 100_000);
        Assert.Equal((null, "Upload.TooManyPixels"), ImageSanitizer.Clean(bomb));
        // Just under the cap still decodes: the limit is the pixels, not the side.
        Assert.Null(ImageSanitizer.Clean(TestImages.PngDeclaring(9_000, 1_000)).Problem);
    }

    [Fact]
    public void A_renamed_executable_a_broken_image_and_heic_are_refused_with_their_reason()
    {
        Assert.Equal((null, "Upload.NotImage"), ImageSanitizer.Clean(TestImages.Exe()));
        Assert.Equal((null, "Upload.NotImage"), ImageSanitizer.Clean([0xFF, 0xD8, 0xFF, 0xE1, 0xFF, 0xFF, 1]));
        Assert.Equal((null, "Upload.Heic"), ImageSanitizer.Clean(TestImages.Heic()));
        Assert.Null(FileStore.ImageType("GIF89a.."u8));
    }

    private static void AssertColor(SKColor expected, SKColor actual) =>
        Assert.True(Math.Abs(expected.Red - actual.Red) < 40 && Math.Abs(expected.Green - actual.Green) < 40
            && Math.Abs(expected.Blue - actual.Blue) < 40, $"expected {expected}, found {actual}");
}

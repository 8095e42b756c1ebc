using System.Buffers.Binary;
using System.Text;
using Dajia.Web.Infrastructure;

namespace Dajia.Tests.Entities;

public sealed class ImageSanitizerTests
{
    public static byte[] Png(string textChunk)
    {
        static byte[] Chunk(string type, byte[] data)
        {
            var c = new byte[12 + data.Length];
            BinaryPrimitives.WriteUInt32BigEndian(c, (uint)data.Length);
            Encoding.ASCII.GetBytes(type).CopyTo(c, 4);
            data.CopyTo(c, 8);
            return c; // the CRC is not checked by the sanitizer; zeros keep the test small
        }
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Chunk("IHDR", new byte[13]), .. Chunk("tEXt", Encoding.Latin1.GetBytes(textChunk)),
            .. Chunk("IDAT", [1, 2, 3]), .. Chunk("IEND", [])];
    }

    public static byte[] Jpeg(string exif)
    {
        var app1 = Encoding.ASCII.GetBytes("Exif\0\0" + exif);
        var len = (ushort)(app1.Length + 2);
        return [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x4A, 0x46, 0xFF, 0xE1, (byte)(len >> 8), (byte)len, .. app1, 0xFF, 0xDA, 0x00, 0x02, 9, 9, 9, 0xFF, 0xD9];
    }

    [Fact]
    public void Location_text_is_removed_from_png_and_jpeg_and_the_image_data_stays()
    {
        var png = ImageSanitizer.Clean(Png("GPS 22.53N 113.30E"))!;
        Assert.DoesNotContain("GPS", Encoding.Latin1.GetString(png));
        Assert.Contains("IDAT", Encoding.Latin1.GetString(png));
        var jpeg = ImageSanitizer.Clean(Jpeg("GPS 22.53N 113.30E"))!;
        Assert.DoesNotContain("GPS", Encoding.Latin1.GetString(jpeg));
        Assert.Equal([9, 9, 9, 0xFF, 0xD9], jpeg[^5..]);
        Assert.Equal([0xFF, 0xD8, 0xFF, 0xE0], jpeg[..4]);
    }

    [Fact]
    public void A_renamed_executable_or_a_broken_image_is_refused()
    {
        Assert.Null(ImageSanitizer.Clean("MZ\u0090\0 this program cannot be run"u8.ToArray()));
        Assert.Null(ImageSanitizer.Clean([0xFF, 0xD8, 0xFF, 0xE1, 0xFF, 0xFF, 1]));
        Assert.Null(FileStore.ImageType("GIF89a.."u8));
    }
}

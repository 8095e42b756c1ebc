using System.Buffers.Binary;

namespace Dajia.Web.Infrastructure;

/// <summary>
/// Removes what a photo says about where and when it was taken before it is stored: JPEG APP1 (EXIF with GPS, XMP)
/// and APP13 (IPTC) segments; PNG eXIf, tEXt, iTXt, zTXt and tIME chunks. Pixels are untouched. A file that does not
/// parse as the type its first bytes claim is refused rather than stored half-cleaned.
/// </summary>
public static class ImageSanitizer
{
    private static readonly HashSet<string> PngDropped = ["eXIf", "tEXt", "iTXt", "zTXt", "tIME"];

    public static byte[]? Clean(byte[] image) => FileStore.ImageType(image) switch
    {
        "image/jpeg" => Jpeg(image),
        "image/png" => Png(image),
        _ => null,
    };

    private static byte[]? Jpeg(byte[] src)
    {
        using var output = new MemoryStream(src.Length);
        output.Write(src, 0, 2); // SOI
        var i = 2;
        while (i + 4 <= src.Length)
        {
            if (src[i] != 0xFF) return null;
            var marker = src[i + 1];
            if (marker == 0xDA) // start of scan: the rest is image data
            {
                output.Write(src, i, src.Length - i);
                return output.ToArray();
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(src.AsSpan(i + 2, 2));
            if (length < 2 || i + 2 + length > src.Length) return null;
            if (marker is not (0xE1 or 0xED)) output.Write(src, i, 2 + length);
            i += 2 + length;
        }
        return null;
    }

    private static byte[]? Png(byte[] src)
    {
        using var output = new MemoryStream(src.Length);
        output.Write(src, 0, 8);
        var i = 8;
        while (i + 12 <= src.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(src.AsSpan(i, 4));
            if (length < 0 || i + 12 + length > src.Length) return null;
            var type = System.Text.Encoding.ASCII.GetString(src, i + 4, 4);
            if (!PngDropped.Contains(type)) output.Write(src, i, 12 + length);
            i += 12 + length;
            if (type == "IEND") return output.ToArray();
        }
        return null;
    }
}

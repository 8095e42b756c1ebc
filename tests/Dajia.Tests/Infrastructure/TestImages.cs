using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace Dajia.Tests.Infrastructure;

/// <summary>Real images made in the test with SkiaSharp, and the hostile extras phones and attackers add to them.</summary>
public static class TestImages
{
    public const string GpsSecret = "GPS-SECRET-22.53N-113.30E";
    public const string CommentSecret = "COMMENT-SECRET";
    public const string TrailingSecret = "TRAILING-SECRET";

    /// <summary>Left half red, right half blue: after a turn, which half is where says which way it turned.</summary>
    public static byte[] Encode(int width, int height, SKEncodedImageFormat format, int quality = 90)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Blue);
            using var red = new SKPaint { Color = SKColors.Red };
            canvas.DrawRect(0, 0, width / 2f, height, red);
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, quality);
        return data.ToArray();
    }

    /// <summary>A phone photo as sent: EXIF with GPS and orientation 6 (turn 90° clockwise), a comment, bytes after the end.</summary>
    public static byte[] HostileJpeg(int width = 400, int height = 200)
    {
        var jpeg = Encode(width, height, SKEncodedImageFormat.Jpeg);
        var exif = Segment(0xE1, [.. "Exif\0\0"u8, .. Tiff(orientation: 6, GpsSecret)]);
        var comment = Segment(0xFE, Encoding.ASCII.GetBytes(CommentSecret));
        return [.. jpeg[..2], .. exif, .. comment, .. jpeg[2..], .. Encoding.ASCII.GetBytes(TrailingSecret)];
    }

    /// <summary>A PNG with a tEXt chunk (what some apps write the place into).</summary>
    public static byte[] PngWithText(string text, int width = 64, int height = 48)
    {
        var png = Encode(width, height, SKEncodedImageFormat.Png);
        const int afterHeader = 8 + 25; // signature, then IHDR (length, type, 13 bytes, CRC)
        return [.. png[..afterHeader], .. Chunk("tEXt", Encoding.Latin1.GetBytes("Comment\0" + text)), .. png[afterHeader..]];
    }

    /// <summary>A small, valid PNG whose header declares width × height; decoding it would take width × height × 4 bytes.</summary>
    public static byte[] PngDeclaring(int width, int height)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // RGB
        using var packed = new MemoryStream();
        using (var z = new ZLibStream(packed, CompressionLevel.SmallestSize)) z.Write(new byte[(width * 3 + 1) * 16]);
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        return [.. signature, .. Chunk("IHDR", header), .. Chunk("IDAT", packed.ToArray()), .. Chunk("IEND", [])];
    }

    /// <summary>An iPhone HEIC's first bytes: an ISO media "ftyp" box with the heic brand.</summary>
    public static byte[] Heic() => [0, 0, 0, 0x18, .. "ftypheic"u8, 0, 0, 0, 0, .. "mif1heic"u8, .. new byte[64]];

    public static byte[] Exe() => [.. "MZ\u0090\0"u8, .. new byte[60], .. "This program cannot be run in DOS mode"u8];

    public static bool Contains(byte[] haystack, string needle) => haystack.AsSpan().IndexOf(Encoding.ASCII.GetBytes(needle)) >= 0;

    private static byte[] Segment(byte marker, byte[] payload)
    {
        var length = (ushort)(payload.Length + 2);
        return [0xFF, marker, (byte)(length >> 8), (byte)length, .. payload];
    }

    /// <summary>Big-endian TIFF: IFD0 with Orientation and a GPS IFD pointer; the GPS IFD with a latitude ref and a text tag.</summary>
    private static byte[] Tiff(ushort orientation, string gpsText)
    {
        var text = Encoding.ASCII.GetBytes(gpsText + "\0");
        const int ifd0 = 8, gps = ifd0 + 2 + 2 * 12 + 4, data = gps + 2 + 2 * 12 + 4;
        var t = new byte[data + text.Length];
        "MM\0*"u8.CopyTo(t);
        BinaryPrimitives.WriteInt32BigEndian(t.AsSpan(4), ifd0);
        void Entry(int at, ushort tag, ushort type, int count, int value, bool shortValue = false)
        {
            BinaryPrimitives.WriteUInt16BigEndian(t.AsSpan(at), tag);
            BinaryPrimitives.WriteUInt16BigEndian(t.AsSpan(at + 2), type);
            BinaryPrimitives.WriteInt32BigEndian(t.AsSpan(at + 4), count);
            if (shortValue) BinaryPrimitives.WriteUInt16BigEndian(t.AsSpan(at + 8), (ushort)value);
            else BinaryPrimitives.WriteInt32BigEndian(t.AsSpan(at + 8), value);
        }
        BinaryPrimitives.WriteUInt16BigEndian(t.AsSpan(ifd0), 2);
        Entry(ifd0 + 2, 0x0112, 3, 1, orientation, shortValue: true);
        Entry(ifd0 + 14, 0x8825, 4, 1, gps);
        BinaryPrimitives.WriteUInt16BigEndian(t.AsSpan(gps), 2);
        Entry(gps + 2, 0x0001, 2, 2, 0);
        t[gps + 2 + 8] = (byte)'N';
        Entry(gps + 14, 0x0012, 2, text.Length, data);
        text.CopyTo(t, data);
        return t;
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var c = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(c, (uint)data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(c, 4);
        data.CopyTo(c, 8);
        BinaryPrimitives.WriteUInt32BigEndian(c.AsSpan(8 + data.Length), Crc32(c.AsSpan(4, 4 + data.Length)));
        return c;
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}

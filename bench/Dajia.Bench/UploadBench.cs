using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Dajia.Web.Domain.LiaisonTables;
using Dajia.Web.Infrastructure;
using SkiaSharp;

/// <summary>
/// What refusing hostile uploads costs: a 附件1 zip bomb (a few MB that unpack to gigabytes) through XlsxGuard, and a
/// small PNG declaring 40000 × 40000 pixels and a 12-megapixel phone photo through ImageSanitizer. Prints time and memory.
/// </summary>
internal static class UploadBench
{
    public static void Run(int unpackedMegabytes)
    {
        var sw = Stopwatch.StartNew();
        var bomb = Bomb(unpackedMegabytes);
        Console.WriteLine($"zip bomb: {bomb.Length / 1024.0 / 1024:F1} MB packed, {unpackedMegabytes:N0} MB of sheet XML unpacked " +
            $"(made in {sw.Elapsed.TotalSeconds:F1} s)");
        Measure("refuse the bomb as a 附件1", () => XlsxGuard.Check(new MemoryStream(bomb), UploadLimits.LiaisonTable)?.MessageKey);
        Measure("refuse the bomb as an entity register", () => XlsxGuard.Check(new MemoryStream(bomb), UploadLimits.EntityRegister)?.MessageKey);

        var png = PngDeclaring40000();
        Measure($"refuse a {png.Length / 1024} KB PNG declaring 40000×40000", () => ImageSanitizer.Clean(png).Problem);
        var photo = Photo(4000, 3000);
        Measure($"clean a 4000×3000 JPEG ({photo.Length / 1024} KB)",
            () => ImageSanitizer.Clean(photo) is { Image: { } i } ? $"{i.Width}×{i.Height}, {i.Full.Length / 1024} KB" : "refused");
    }

    private static void Measure(string what, Func<string?> work)
    {
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        using var process = Process.GetCurrentProcess();
        var sw = Stopwatch.StartNew();
        var answer = work();
        var took = sw.Elapsed;
        process.Refresh();
        var managed = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / 1024;
        Console.WriteLine($"{what}: {answer ?? "accepted"} in {took.TotalMilliseconds:F0} ms, {managed:F1} MB allocated, " +
            $"peak working set {process.PeakWorkingSet64 / 1024 / 1024} MB");
    }

    /// <summary>One sheet of the same long cell, over and over: deflate packs it about a thousandfold.</summary>
    private static byte[] Bomb(int unpackedMegabytes)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal);
            using var sheet = new StreamWriter(entry.Open(), new UTF8Encoding(false));
            sheet.Write("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            sheet.Write("<sheetData>");
            var row = $"<row><c t=\"inlineStr\"><is><t>{new string('A', 8000)}</t></is></c></row>";
            for (long written = 0; written < unpackedMegabytes * 1024L * 1024; written += row.Length) sheet.Write(row);
            sheet.Write("</sheetData></worksheet>");
        }
        return output.ToArray();
    }

    private static byte[] PngDeclaring40000()
    {
        var ihdr = new byte[] { 0, 0, 0x9C, 0x40, 0, 0, 0x9C, 0x40, 8, 2, 0, 0, 0 };
        using var packed = new MemoryStream();
        using (var z = new ZLibStream(packed, CompressionLevel.SmallestSize)) z.Write(new byte[40_000 * 3 * 16]);
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        return [.. signature, .. Chunk("IHDR", ihdr), .. Chunk("IDAT", packed.ToArray()), .. Chunk("IEND", [])];
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var c = new byte[12 + data.Length];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(c, (uint)data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(c, 4);
        data.CopyTo(c, 8);
        var crc = 0xFFFFFFFFu;
        foreach (var b in c.AsSpan(4, 4 + data.Length))
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(c.AsSpan(8 + data.Length), ~crc);
        return c;
    }

    private static byte[] Photo(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var shader = SKShader.CreateLinearGradient(new(0, 0), new(width, height), [SKColors.Red, SKColors.Blue],
                SKShaderTileMode.Clamp);
            using var paint = new SKPaint { Shader = shader };
            canvas.DrawRect(0, 0, width, height, paint);
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 92);
        return data.ToArray();
    }
}

using System.IO.Compression;
using System.Xml;

namespace Dajia.Web.Infrastructure;

/// <summary>How much an .xlsx of one kind may hold once unpacked; rows are counted after the header rows.</summary>
public sealed record XlsxLimits(long MaxUnpackedBytes, int MaxRows, int HeaderRows = 0)
{
    public const int MaxEntries = 500;

    /// <summary>An unpacked part may be at most this many times its packed size (sheet XML packs about 10–20×).</summary>
    public const int MaxRatio = 200;

    public int MaxUnpackedMegabytes => (int)(MaxUnpackedBytes / 1024 / 1024);
}

/// <summary>
/// Looks inside an .xlsx before a spreadsheet library opens it. A zip bomb — a few MB that unpack to gigabytes of
/// repeated cells — is refused by its declared sizes and packing ratio, then by actually unpacking with a byte budget
/// (declared sizes can lie), and the rows of every worksheet are counted with a streaming reader. Memory stays at a
/// few buffers whatever the file claims; time is bounded by the unpacked budget.
/// </summary>
public static class XlsxGuard
{
    /// <summary>Null when the workbook may be opened; otherwise the import error saying why not. The stream is rewound.</summary>
    public static Features.Shared.ImportError? Check(Stream xlsx, XlsxLimits limits)
    {
        try
        {
            return Inspect(xlsx, limits) switch
            {
                null => null,
                "Import.TooManyRows" => new(0, "", "Import.TooManyRows", limits.MaxRows),
                var key => new(0, "", key, limits.MaxUnpackedMegabytes),
            };
        }
        // A damaged archive fails in many ways inside ZipArchive (even an ArgumentOutOfRangeException); all mean "cannot read".
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new(0, "", "Import.Unreadable");
        }
        finally
        {
            xlsx.Position = 0;
        }
    }

    private static string? Inspect(Stream xlsx, XlsxLimits limits)
    {
        using var zip = new ZipArchive(xlsx, ZipArchiveMode.Read, leaveOpen: true);
        if (zip.Entries.Count > XlsxLimits.MaxEntries) return "Import.TooBig";
        long declared = 0;
        foreach (var e in zip.Entries)
        {
            declared += e.Length;
            if (declared > limits.MaxUnpackedBytes || e.Length > 1024 * 1024 && e.Length > (long)XlsxLimits.MaxRatio * e.CompressedLength)
                return "Import.TooBig";
        }
        long budget = limits.MaxUnpackedBytes;
        foreach (var e in zip.Entries)
        {
            using var s = new BudgetStream(e.Open(), budget);
            if (IsWorksheet(e.FullName))
            {
                int rows;
                try
                {
                    rows = CountRows(s, limits.MaxRows + limits.HeaderRows);
                }
                catch (XmlException) when (s.OverBudget)
                {
                    return "Import.TooBig";
                }
                if (rows > limits.MaxRows + limits.HeaderRows) return "Import.TooManyRows";
            }
            s.ReadToEnd();
            if (s.OverBudget) return "Import.TooBig";
            budget -= s.Taken;
        }
        return null;
    }

    private static bool IsWorksheet(string name) =>
        name.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Counts row elements, stopping one past the limit.</summary>
    private static int CountRows(Stream sheet, int max)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = false };
        using var reader = XmlReader.Create(sheet, settings);
        var rows = 0;
        while (rows <= max && reader.Read())
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "row") rows++;
        return rows;
    }

    /// <summary>Reads at most <c>budget</c> bytes and then reports itself over budget instead of reading on.</summary>
    private sealed class BudgetStream(Stream inner, long budget) : Stream
    {
        public long Taken { get; private set; }
        public bool OverBudget { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (OverBudget) return 0;
            var n = inner.Read(buffer, offset, (int)Math.Min(count, budget - Taken + 1));
            Taken += n;
            if (Taken > budget) { OverBudget = true; return 0; }
            return n;
        }

        public void ReadToEnd()
        {
            var buffer = new byte[81920];
            while (Read(buffer, 0, buffer.Length) > 0) { }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Taken; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

using System.Text;

namespace Dajia.Web.Data.Demo;

/// <summary>
/// A one-page A4 PDF of a few lines of Chinese, for the documents the demo's steps carry (移送书, 立案告知书, 移交清单).
/// It names the reader's own Song face (STSong-Light, UniGB-UCS2-H) rather than embedding one, as PDF allows.
/// </summary>
public static class DemoPdf
{
    public static byte[] Of(string title, params string[] lines)
    {
        var text = new StringBuilder("BT /F1 20 Tf 72 760 Td ").Append(Hex(title)).Append(" Tj /F1 12 Tf");
        foreach (var line in lines) text.Append(" 0 -28 Td ").Append(Hex(line)).Append(" Tj");
        var content = text.Append(" ET").ToString();
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 7 0 R >>",
            "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [5 0 R] >>",
            "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 6 0 R >>",
            "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 "
                + "/Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) pdf.Append($"{o:0000000000} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        // Everything outside the hex strings is ASCII, so character offsets are byte offsets.
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    private static string Hex(string s) => "<" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(s)) + ">";
}

using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using ClosedXML.Excel;

namespace Dajia.Tests.Infrastructure;

public static class Workbooks
{
    public static byte[] Edit(byte[] xlsx, Action<IXLWorksheet> edit)
    {
        using var book = new XLWorkbook(new MemoryStream(xlsx));
        edit(book.Worksheets.First());
        using var output = new MemoryStream();
        book.SaveAs(output);
        return output.ToArray();
    }

    public static MultipartFormDataContent Upload(byte[] bytes, string fileName = "联络员表.xlsx")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    /// <summary>
    /// A minimal .xlsx whose one sheet holds <paramref name="rows"/> rows of <paramref name="cell"/> (deflated): with a
    /// long repeated cell, a zip bomb of a few MB that unpacks to hundreds; with short distinct cells, just many rows.
    /// </summary>
    public static byte[] Sheet(int rows, Func<int, string> cell)
    {
        const string head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
        const string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        const string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        const string pkg = "http://schemas.openxmlformats.org/package/2006";
        const string office = "application/vnd.openxmlformats-officedocument.spreadsheetml";
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            StreamWriter Part(string name) => new(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
            void Write(string name, string xml)
            {
                using var w = Part(name);
                w.Write(head + xml);
            }
            Write("[Content_Types].xml", $"<Types xmlns=\"{pkg}/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + $"<Override PartName=\"/xl/workbook.xml\" ContentType=\"{office}.sheet.main+xml\"/>"
                + $"<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"{office}.worksheet+xml\"/></Types>");
            Write("_rels/.rels", $"<Relationships xmlns=\"{pkg}/relationships\">"
                + $"<Relationship Id=\"rId1\" Type=\"{rel}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Write("xl/workbook.xml", $"<workbook xmlns=\"{main}\" xmlns:r=\"{rel}\"><sheets>"
                + "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Write("xl/_rels/workbook.xml.rels", $"<Relationships xmlns=\"{pkg}/relationships\">"
                + $"<Relationship Id=\"rId1\" Type=\"{rel}/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            using var sheet = Part("xl/worksheets/sheet1.xml");
            sheet.Write($"{head}<worksheet xmlns=\"{main}\"><sheetData>");
            for (var r = 1; r <= rows; r++) sheet.Write(
                $"<row r=\"{r}\"><c r=\"A{r}\" t=\"inlineStr\"><is><t>{cell(r)}</t></is></c></row>");
            sheet.Write("</sheetData></worksheet>");
        }
        return output.ToArray();
    }
}

using System.Net.Http.Headers;
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
}

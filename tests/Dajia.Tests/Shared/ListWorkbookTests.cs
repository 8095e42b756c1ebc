using ClosedXML.Excel;
using Dajia.Web.Features.Shared.Xlsx;

namespace Dajia.Tests.Shared;

public sealed class ListWorkbookTests
{
    private sealed record Row(string Code, DateOnly On, DateTimeOffset At, int Count, decimal Amount, string? Note);

    [Fact]
    public void A_list_has_its_title_header_and_real_dates_and_numbers()
    {
        var rows = new[]
        {
            new Row("007", new DateOnly(2017, 9, 28), new DateTimeOffset(2017, 9, 28, 1, 30, 0, TimeSpan.Zero), 12, 3.5m, null),
            new Row("A-1", new DateOnly(2017, 10, 1), new DateTimeOffset(2017, 9, 30, 16, 0, 0, TimeSpan.Zero), 0, 0m, "备注"),
        };
        List<ListColumn<Row>> columns =
        [
            new("编号", r => r.Code), new("日期", r => r.On, 12), new("时间", r => r.At, 17), new("户次", r => r.Count),
            new("金额", r => r.Amount), new("备注", r => r.Note, 30),
        ];
        var bytes = ListWorkbook.Build("检查记录（2017-10-01）", columns, rows);
        using var book = new XLWorkbook(new MemoryStream(bytes));
        var ws = book.Worksheets.First();
        Assert.Equal("检查记录（2017-10-01）", ws.Cell(1, 1).GetString());
        Assert.Equal(["编号", "日期", "时间", "户次", "金额", "备注"], Enumerable.Range(1, 6).Select(c => ws.Cell(2, c).GetString()));
        Assert.Equal(XLDataType.Text, ws.Cell(3, 1).DataType);
        Assert.Equal("007", ws.Cell(3, 1).GetString());
        Assert.Equal(XLDataType.DateTime, ws.Cell(3, 2).DataType);
        Assert.Equal(new DateTime(2017, 9, 28), ws.Cell(3, 2).GetDateTime());
        // An instant is written as the China time of day: 01:30 UTC is 09:30 in Beijing, 16:00 UTC the next day.
        Assert.Equal(new DateTime(2017, 9, 28, 9, 30, 0), ws.Cell(3, 3).GetDateTime());
        Assert.Equal(new DateTime(2017, 10, 1, 0, 0, 0), ws.Cell(4, 3).GetDateTime());
        Assert.Equal(XLDataType.Number, ws.Cell(3, 4).DataType);
        Assert.Equal(12d, ws.Cell(3, 4).GetDouble());
        Assert.Equal(3.5d, ws.Cell(3, 5).GetDouble());
        Assert.True(ws.Cell(3, 6).IsEmpty());
        Assert.Equal(30, ws.Column(6).Width, 1);
        Assert.Equal("检查记录-2017-10-01.xlsx", ListWorkbook.FileName("检查记录", new DateOnly(2017, 10, 1)));
    }
}

using ClosedXML.Excel;
using Dajia.Web.Domain;
using Dajia.Web.Domain.Units;
using Dajia.Web.Features.LiaisonTables;

namespace Dajia.Tests.Domain;

public sealed class LiaisonTableWorkbookTests
{
    private static List<Unit> Units()
    {
        var t = new DateTimeOffset(2017, 9, 12, 2, 0, 0, TimeSpan.Zero);
        var a = Unit.Create(Guid.Empty,
            new UnitDetails("市场监管分局", null, "scjg", UnitKind.Member, new LeaderInCharge("刘建国", "副镇长", "13500000001"), null, 1, true));
        a.SetLiaison(LiaisonRole.Primary, new("陈志强", Gender.Male, "综合股", "0760-87112000", "13800000002", "0760-87113000", "a@example.com"),
            t, "x");
        a.SetLiaison(LiaisonRole.Deputy, new("李晓燕", Gender.Female, null, null, "13800000003", null, null), t, "x");
        var b = Unit.Create(Guid.Empty, new UnitDetails("派出所", null, "ga", UnitKind.Member, LeaderInCharge.None, null, 2, true));
        return [a, b];
    }

    [Fact]
    public void Export_then_import_gives_back_every_liaison_and_the_deputy()
    {
        var bytes = LiaisonTableWorkbook.Build("大涌镇打假办成员单位联络员表", Units(), new DateOnly(2017, 9, 18));
        var (rows, errors) = LiaisonTableImport.Read(new MemoryStream(bytes));
        Assert.Empty(errors);
        Assert.Equal(2, rows.Count); // 派出所 has no liaison yet: its row is skipped, not an error
        Assert.Equal(new LiaisonDetails("陈志强", Gender.Male, "综合股", "0760-87112000", "13800000002", "0760-87113000", "a@example.com"),
            rows[0].Liaison);
        Assert.Equal(new LeaderInCharge("刘建国", "副镇长", "13500000001"), rows[0].Leader);
        Assert.Equal(LiaisonRole.Deputy, rows[1].Role);
        Assert.Equal("李晓燕", rows[1].Liaison.Name);
    }

    [Fact]
    public void The_layout_has_the_merged_title_two_header_rows_and_the_date_line()
    {
        var bytes = LiaisonTableWorkbook.Build("大涌镇打假办成员单位联络员表", Units(), new DateOnly(2017, 9, 18));
        using var book = new XLWorkbook(new MemoryStream(bytes));
        var ws = book.Worksheets.First();
        var merged = ws.MergedRanges.Select(r => r.RangeAddress.ToString()).ToList();
        Assert.Contains("A1:M1", merged);
        Assert.Contains("C2:E2", merged);
        Assert.Contains("A2:A3", merged);
        Assert.Equal(["序号", "单位名称", "分管领导", "", "", "联络员姓名", "性别", "科室/职务", "办公电话", "手机", "传真", "电子邮箱", "备注"],
            Enumerable.Range(1, 13).Select(c => ws.Cell(2, c).GetString()));
        Assert.Equal("B角", ws.Cell(5, 13).GetString());
        Assert.Equal("未报送", ws.Cell(6, 13).GetString());
        Assert.Equal("填报日期：2017年9月18日", ws.Cell(8, 1).GetString());
        Assert.Equal(XLDataType.Text, ws.Cell(4, 10).DataType);
    }

    [Fact]
    public void A_phone_typed_as_a_number_reads_back_as_its_digits()
    {
        var bytes = LiaisonTableWorkbook.Build("t", Units(), new DateOnly(2017, 9, 18));
        bytes = Workbooks.Edit(bytes, ws => ws.Cell(4, 10).Value = 13912345678d);
        var (rows, errors) = LiaisonTableImport.Read(new MemoryStream(bytes));
        Assert.Empty(errors);
        Assert.Equal("13912345678", rows[0].Liaison.Mobile);
    }

    [Fact]
    public void Bad_rows_are_reported_with_row_and_column_and_nothing_is_returned_for_them()
    {
        var bytes = Workbooks.Edit(LiaisonTableWorkbook.Build("t", Units(), new DateOnly(2017, 9, 18)), ws =>
        {
            ws.Cell(4, 10).SetValue("138");
            ws.Cell(4, 7).Value = "X";
            ws.Cell(5, 12).Value = "bad-mail";
        });
        var (rows, errors) = LiaisonTableImport.Read(new MemoryStream(bytes));
        Assert.Empty(rows);
        Assert.Equal([(4, "性别"), (4, "手机"), (5, "电子邮箱")], errors.Select(e => (e.Row, e.Column)));
    }

    [Fact]
    public void Garbage_is_unreadable_not_an_exception()
    {
        var (_, errors) = LiaisonTableImport.Read(new MemoryStream("PK\u0003\u0004garbage"u8.ToArray()));
        Assert.Equal("Import.Unreadable", errors.Single().MessageKey);
    }
}

using Dajia.Web.Features.Shared.Xlsx;

namespace Dajia.Web.Features.LiaisonTables;

/// <summary>
/// The 附件1 layout, shared by export and import: a merged title on row 1, a two-row header (分管领导 spans
/// 姓名/职务/手机), data from row 4, then a 填报日期 line. Column letters are fixed so a filled copy reads back.
/// </summary>
public static class LiaisonTableLayout
{
    public const string LeaderGroup = "分管领导";

    public static readonly OfficialLayout Sheet = new("联络员表",
    [
        new("序号", 6), new("单位名称", 28), new("姓名", 10, LeaderGroup), new("职务", 14, LeaderGroup),
        new("手机", 14, LeaderGroup, Text: true), new("联络员姓名", 12, Text: true), new("性别", 6, Text: true),
        new("科室/职务", 18, Text: true), new("办公电话", 16, Text: true), new("手机", 14, Text: true), new("传真", 16, Text: true),
        new("电子邮箱", 24), new("备注", 10),
    ]);

    public const int TitleRow = OfficialLayout.TitleRow;
    public const int HeaderRow = OfficialLayout.HeaderRow;
    public const int SubHeaderRow = 3;
    public const int FirstDataRow = 4;

    public const int No = 1, UnitName = 2, LeaderName = 3, LeaderTitle = 4, LeaderMobile = 5, Name = 6, Sex = 7,
        Title = 8, OfficePhone = 9, Mobile = 10, Fax = 11, Email = 12, Remarks = 13;

    public const string DeputyMark = "B角";
    public const string DatePrefix = "填报日期";

    /// <summary>What the header rows show in a column (the import checks a filled copy against these).</summary>
    public static string HeaderOf(int column) => Sheet.TopHeaderOf(column);

    public static string SubHeaderOf(int column) => Sheet.Columns[column - 1].Header;

    /// <summary>Column label used in row-level import errors ("第 5 行 分管领导手机：…").</summary>
    public static string LabelOf(int column) => Sheet.LabelOf(column);

    public static string TitleFor(string jurisdictionName) => $"{jurisdictionName}打假办成员单位联络员表";

    public static string TitleFor(string jurisdictionName, int year) => $"{jurisdictionName}打假办{year}年度成员单位联络员表";

    /// <summary>A round's file carries its year; the register's carries the day it was taken.</summary>
    public static string FileNameFor(int year) => $"联络员表-{year}年度.xlsx";

    public static string FileNameFor(DateOnly today) => $"联络员表-{today:yyyy-MM-dd}.xlsx";
}

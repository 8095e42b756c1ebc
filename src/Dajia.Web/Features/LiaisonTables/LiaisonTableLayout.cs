namespace Dajia.Web.Features.LiaisonTables;

/// <summary>
/// The 附件1 layout, shared by export and import: a merged title on row 1, a two-row header (分管领导 spans
/// 姓名/职务/手机), data from row 4, then a 填报日期 line. Column letters are fixed so a filled copy reads back.
/// </summary>
public static class LiaisonTableLayout
{
    public const int TitleRow = 1;
    public const int HeaderRow = 2;
    public const int SubHeaderRow = 3;
    public const int FirstDataRow = 4;
    public const int ColumnCount = 13;

    public const int No = 1, UnitName = 2, LeaderName = 3, LeaderTitle = 4, LeaderMobile = 5, Name = 6, Sex = 7,
        Title = 8, OfficePhone = 9, Mobile = 10, Fax = 11, Email = 12, Remarks = 13;

    public const string DeputyMark = "B角";
    public const string DatePrefix = "填报日期";

    /// <summary>Top header labels; 分管领导 covers three columns and has its own second row.</summary>
    public static readonly IReadOnlyDictionary<int, string> Headers = new Dictionary<int, string>
    {
        [No] = "序号", [UnitName] = "单位名称", [LeaderName] = "分管领导", [Name] = "联络员姓名", [Sex] = "性别",
        [Title] = "科室/职务", [OfficePhone] = "办公电话", [Mobile] = "手机", [Fax] = "传真", [Email] = "电子邮箱", [Remarks] = "备注",
    };

    public static readonly IReadOnlyDictionary<int, string> LeaderHeaders = new Dictionary<int, string>
    {
        [LeaderName] = "姓名", [LeaderTitle] = "职务", [LeaderMobile] = "手机",
    };

    /// <summary>Column label used in row-level import errors ("第 5 行 手机：…").</summary>
    public static string LabelOf(int column) =>
        LeaderHeaders.TryGetValue(column, out var sub) ? "分管领导" + sub : Headers.GetValueOrDefault(column, "");

    public static string TitleFor(string jurisdictionName) => $"{jurisdictionName}打假办成员单位联络员表";
}

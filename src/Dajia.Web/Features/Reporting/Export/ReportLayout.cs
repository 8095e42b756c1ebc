namespace Dajia.Web.Features.Reporting.Export;

/// <summary>
/// The official layout of 附件2 and the annual form, shared by the Excel sheet and the print view. The words are the
/// form's own (an official form is Chinese whatever the reader's language), so they are constants here, not resources.
/// </summary>
public static class ReportLayout
{
    public const int TitleRow = 1;
    public const int UnitRow = 2;
    public const int AreaRow = 3;
    public const int PeopleRow = 4;
    public const int MarkRow = 5;
    public const int HeaderRow = 6;
    public const int FirstLineRow = 7;
    public const int Columns = 5;

    public const string FilingUnit = "填报单位（盖章）：";
    public const string ReportPeriod = "报告期：";
    public const string KeyAreas = "重点区域：";
    public const string FiledBy = "填报人：";
    public const string Phone = "联系电话：";
    public const string ReviewedBy = "审核人：";
    public const string FiledOn = "填报日期：";
    public const string Head = "单位负责人（签字）：";
    public const string Seal = "（单位盖章）";
    public const string Total = "合计";

    public static readonly string[] Headers = ["序号", "类别", "项目", "单位", "数量／金额"];

    /// <summary>Column widths in characters: a 宋体 A4 portrait page at fit-to-width.</summary>
    public static readonly double[] Widths = [6, 10, 30, 10, 18];

    public const string TitleFont = "宋体";
    public const string BodyFont = "宋体";
    public const string LineFont = "仿宋";
}

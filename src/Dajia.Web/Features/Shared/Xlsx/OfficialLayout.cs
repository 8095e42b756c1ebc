namespace Dajia.Web.Features.Shared.Xlsx;

/// <summary>
/// A column of an official form. Columns that share a <see cref="Group"/> sit under one merged group header on the
/// header row and show their own <see cref="Header"/> on the row below (分管领导 over 姓名 / 职务 / 手机). A
/// <see cref="Text"/> column is formatted as text so a phone number keeps its leading 0 and is never shown as 1.3E+10.
/// </summary>
public sealed record OfficialColumn(string Header, double Width, string? Group = null, bool Text = false);

/// <summary>
/// The fixed layout of a form the office files on paper (附件1, later the quarterly 报表): a merged title on row 1,
/// a one- or two-row header, data rows, then a footer line (填报日期 / 填报单位（盖章）). The positions are fixed so
/// a filled copy reads back; the importer reads the same constants.
/// </summary>
public sealed record OfficialLayout(string SheetName, IReadOnlyList<OfficialColumn> Columns)
{
    public const int TitleRow = 1;
    public const int HeaderRow = 2;

    public bool HasGroups => Columns.Any(c => c.Group is not null);

    public int SubHeaderRow => HasGroups ? HeaderRow + 1 : HeaderRow;

    public int FirstDataRow => SubHeaderRow + 1;

    public int ColumnCount => Columns.Count;

    /// <summary>The column's label in a row-level import error: the group and the column (分管领导手机).</summary>
    public string LabelOf(int column) =>
        column < 1 || column > Columns.Count ? "" : (Columns[column - 1].Group ?? "") + Columns[column - 1].Header;

    /// <summary>What the header row shows in a column: the group's name over its first column, else the column's header.</summary>
    public string TopHeaderOf(int column) => Columns[column - 1].Group is { } g
        ? column > 1 && Columns[column - 2].Group == g ? "" : g
        : Columns[column - 1].Header;
}

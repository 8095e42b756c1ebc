using Dajia.Web.Features.Shared.Xlsx;

namespace Dajia.Web.Features.Admin;

/// <summary>The audit log as a list workbook: what the page shows, one entry a row, times as real China times.</summary>
public static class AuditWorkbook
{
    public static byte[] Build(string title, IReadOnlyList<AuditDto> entries, IStringLocalizer l) =>
        ListWorkbook.Build(title, Columns(l), entries, l["Nav.Audit"]);

    /// <summary>One line a field: "名称：旧值 → 新值", or just the value when the record was added or deleted.</summary>
    public static string Changes(AuditDto a) => string.Join("\n", a.Fields.Select(f => f.Before is null || f.After is null
        ? $"{f.Name}：{f.After ?? f.Before}"
        : $"{f.Name}：{f.Before} → {f.After}"));

    private static List<ListColumn<AuditDto>> Columns(IStringLocalizer l) =>
    [
        new(l["Audit.At"], a => a.At, 18), new(l["Audit.User"], a => a.Who, 24), new(l["Audit.Action"], a => a.ActionName, 8),
        new(l["Audit.EntityType"], a => a.TypeName, 14), new(l["Audit.Record"], a => a.RecordName, 24),
        new(l["Audit.Changes"], Changes, 80),
    ];
}

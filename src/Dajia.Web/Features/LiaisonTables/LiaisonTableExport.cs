using Dajia.Web.Domain.Calendar;

namespace Dajia.Web.Features.LiaisonTables;

public sealed record ExportFile(byte[] Bytes, string FileName);

/// <summary>
/// 附件1 as a file: a year's round as submitted (each unit's kept table and day, whoever the liaison is now), or,
/// without a year, the register as it is today (also the blank the office sends out to be filled in).
/// </summary>
public sealed class LiaisonTableExport(LiaisonTableService tables, TimeProvider time)
{
    public async Task<ExportFile> RoundAsync(int year, CancellationToken ct = default)
    {
        var o = await tables.OverviewAsync(year, ct);
        var lines = o.Rows.Select(r => new TableLine(r.Submitted?.UnitName ?? r.Unit.Name, r.Submitted,
            r.Submission is { } s ? ChinaTime.DateOf(s.SubmittedAt) : null)).ToList();
        var filledOn = lines.Max(l => l.SubmittedOn);
        var title = LiaisonTableLayout.TitleFor(await tables.JurisdictionNameAsync(ct), year);
        return new(LiaisonTableWorkbook.Build(title, lines, filledOn), LiaisonTableLayout.FileNameFor(year));
    }

    public async Task<ExportFile> RegisterAsync(CancellationToken ct = default)
    {
        var today = ChinaTime.Today(time);
        var bytes = LiaisonTableWorkbook.Build(
            LiaisonTableLayout.TitleFor(await tables.JurisdictionNameAsync(ct)), await tables.MemberUnitsAsync(ct), today);
        return new(bytes, LiaisonTableLayout.FileNameFor(today));
    }
}

using Dajia.Web.Data;
using Dajia.Web.Domain.MarketEntities;
using Dajia.Web.Features.Shared.Xlsx;
using MiniExcelLibs;

namespace Dajia.Web.Features.MarketEntities;

/// <summary>What an applied register import changed.</summary>
public sealed record MarketEntityImportApplied(int Created, int Updated);

/// <summary>
/// The entity register as .xlsx: the shared list layout (a title row, then the header row), read back with MiniExcel
/// so a whole market (100,000 rows) imports in seconds. A file with its header on the first row (an older export or a
/// hand-made one) reads too. Import is all or nothing: every row is checked before anything is written.
/// </summary>
public sealed class MarketEntityWorkbook(AppDbContext db, MarketEntityService entities, CurrentUser user, TimeProvider time)
{
    public const string Subject = "经营主体名录";

    public string FileName => ListWorkbook.FileName(Subject, ChinaTime.Today(time));

    public async Task<byte[]> ExportAsync(CancellationToken ct = default)
    {
        var areas = await db.Visible<KeyArea>(user).ToDictionaryAsync(k => k.Id, k => k.Name, ct);
        var rows = await entities.Visible().OrderBy(e => e.KeyAreaId).ThenBy(e => e.StallNumber).ThenBy(e => e.Name).ToListAsync(ct);
        var title = $"{Subject}（{ChinaTime.Today(time):yyyy-MM-dd}，共 {rows.Count} 户）";
        return ListWorkbook.Build(title, MarketEntityLabels.ListColumns(areas), rows, "经营主体");
    }

    public async Task<ServiceResult<ImportResult<MarketEntityImportApplied>>> ImportAsync(Stream xlsx, CancellationToken ct = default)
    {
        if (!user.IsOffice) return ServiceResult<ImportResult<MarketEntityImportApplied>>.Forbidden();
        if (Infrastructure.XlsxGuard.Check(xlsx, Infrastructure.UploadLimits.EntityRegister) is { } refused) return Rejected(refused);
        var (rows, headerRow, problem) = await ReadAsync(xlsx, ct);
        if (problem is not null) return Rejected(problem);

        var areas = (await db.Visible<KeyArea>(user).Where(k => k.JurisdictionId == user.JurisdictionId).ToListAsync(ct))
            .ToDictionary(k => k.Name, k => k.Id);
        var existing = (await entities.Visible()
            .Where(e => e.JurisdictionId == user.JurisdictionId && e.CreditCode != null).ToListAsync(ct))
            .ToDictionary(e => e.CreditCode!);
        var errors = new List<ImportError>();
        var parsed = new List<(MarketEntityDetails Details, string? OperatorId)>();
        var seen = new HashSet<string>();
        var today = ChinaTime.Today(time);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var excelRow = i + headerRow + 1;
            string? Cell(string name) => row.TryGetValue(name, out var v) ? Text(v) : null;
            if (MarketEntityLabels.Columns.All(c => string.IsNullOrWhiteSpace(Cell(c)))) continue;
            var areaName = Cell("重点区域");
            Guid? areaId = null;
            if (areaName is not null)
            {
                if (areas.TryGetValue(areaName, out var id)) areaId = id;
                else errors.Add(new(excelRow, "重点区域", "Validation.MarketEntity.KeyArea"));
            }
            var idCell = Cell("经营者身份证号");
            var input = new MarketEntityInput(Cell("名称"), Cell("统一社会信用代码"), MarketEntityLabels.ToName(MarketEntityLabels.Kinds, Cell("类型")),
                MarketEntityLabels.ToName(MarketEntityLabels.Categories, Cell("类别")), areaId, Cell("摊位号"), Cell("地址"), Cell("经营者姓名"),
                idCell is not null && idCell.Contains('*') ? null : idCell, Cell("联系电话"),
                MarketEntityLabels.ToName(MarketEntityLabels.Risks, Cell("风险等级")),
                    MarketEntityLabels.ToName(MarketEntityLabels.Statuses, Cell("状态")));
            var (details, rowErrors, _, operatorId) = input.Parse(today);
            errors.AddRange(rowErrors.Select(e => new ImportError(excelRow, ColumnOf(e.Field), e.MessageKey, e.Args)));
            if (details.CreditCode is { } code && !seen.Add(code)) errors.Add(new(excelRow, "统一社会信用代码", "Import.DuplicateCode"));
            parsed.Add((details, operatorId));
        }
        if (errors.Count > 0) return ServiceResult<ImportResult<MarketEntityImportApplied>>.Ok(
            ImportResult<MarketEntityImportApplied>.Rejected(errors));
        if (parsed.Count == 0) return Rejected(ImportError.File("Import.Empty"));

        var (created, updated) = (0, 0);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var (details, operatorId) in parsed)
        {
            var protectedId = operatorId is null ? null : entities.Protect(operatorId);
            if (details.CreditCode is { } code && existing.TryGetValue(code, out var entity))
            {
                entity.Update(details, protectedId);
                updated++;
            }
            else
            {
                db.Add(new MarketEntity(user.JurisdictionId, details, protectedId));
                created++;
            }
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return ServiceResult<ImportResult<MarketEntityImportApplied>>.Ok(
            ImportResult<MarketEntityImportApplied>.Done(new(created, updated)));
    }

    private static ServiceResult<ImportResult<MarketEntityImportApplied>> Rejected(ImportError error) =>
        ServiceResult<ImportResult<MarketEntityImportApplied>>.Ok(ImportResult<MarketEntityImportApplied>.Rejected(error));

    /// <summary>The rows under the header, which is on row 2 (our export, under its title) or row 1; or why there are none.</summary>
    private static async Task<(List<IDictionary<string, object?>> Rows, int HeaderRow, ImportError? Problem)> ReadAsync(
        Stream xlsx, CancellationToken ct)
    {
        try
        {
            var empty = false;
            foreach (var headerRow in new[] { ListWorkbook.HeaderRow, 1 })
            {
                xlsx.Position = 0;
                var rows = (await xlsx.QueryAsync(useHeaderRow: true, startCell: $"A{headerRow}", cancellationToken: ct))
                    .Cast<IDictionary<string, object?>>().ToList();
                if (rows.Count > 0 && MarketEntityLabels.Columns.Take(3).All(rows[0].ContainsKey)) return (rows, headerRow, null);
                empty |= rows.Count == 0;
            }
            return ([], 0, ImportError.File(empty ? "Import.Empty" : "Import.NotEntityTable"));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A corrupt or foreign file fails in many ways inside the reader; all of them mean "cannot read".
            return ([], 0, ImportError.File("Import.Unreadable"));
        }
    }

    private static string? Text(object? v) => v switch
    {
        null => null,
        double d => d.ToString("0.############", System.Globalization.CultureInfo.InvariantCulture),
        _ => v.ToString()?.Trim() is { Length: > 0 } s ? s : null,
    };

    private static string ColumnOf(string field) => field switch
    {
        "name" => "名称",
        "creditCode" => "统一社会信用代码",
        "kind" => "类型",
        "category" => "类别",
        "keyAreaId" => "重点区域",
        "stallNumber" => "摊位号",
        "address" => "地址",
        "operatorName" => "经营者姓名",
        "operatorIdNumber" => "经营者身份证号",
        "contactPhone" => "联系电话",
        "risk" => "风险等级",
        "status" => "状态",
        _ => field,
    };
}

using Dajia.Web.Data;
using Dajia.Web.Domain;
using Dajia.Web.Domain.MarketEntities;
using Dajia.Web.Features.LiaisonTables;
using Dajia.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Dajia.Web.Features.MarketEntities;

public sealed record MarketEntityImportResult(int Created, int Updated, IReadOnlyList<ImportError> Errors);

/// <summary>
/// The entity register as .xlsx, one header row. Streamed with MiniExcel so a whole market (100,000 rows) reads in
/// seconds. Import is all or nothing: every row is checked before anything is written.
/// </summary>
public sealed class MarketEntityWorkbook(AppDbContext db, MarketEntityService entities, CurrentUser user, TimeProvider time)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<byte[]> ExportAsync(CancellationToken ct = default)
    {
        var areas = await db.Visible<KeyArea>(user).ToDictionaryAsync(k => k.Id, k => k.Name, ct);
        var rows = await entities.Visible().OrderBy(e => e.KeyAreaId).ThenBy(e => e.StallNumber).ThenBy(e => e.Name).ToListAsync(ct);
        var sheet = rows.Select(e => new Dictionary<string, object?>
        {
            ["名称"] = e.Name, ["统一社会信用代码"] = e.CreditCode, ["类型"] = MarketEntityLabels.Kinds[e.Kind],
            ["类别"] = MarketEntityLabels.Categories[e.Category], ["重点区域"] = e.KeyAreaId is { } k ? areas.GetValueOrDefault(k) : null,
            ["摊位号"] = e.StallNumber, ["地址"] = e.Address, ["经营者姓名"] = e.OperatorName, ["经营者身份证号"] = e.OperatorIdMasked,
            ["联系电话"] = e.ContactPhone, ["风险等级"] = MarketEntityLabels.Risks[e.Risk], ["状态"] = MarketEntityLabels.Statuses[e.Status],
        }).ToList();
        if (sheet.Count == 0) sheet.Add(MarketEntityLabels.Columns.ToDictionary(c => c, _ => (object?)null));
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, sheetName: "经营主体", cancellationToken: ct);
        return stream.ToArray();
    }

    public async Task<ServiceResult<MarketEntityImportResult>> ImportAsync(Stream xlsx, CancellationToken ct = default)
    {
        if (!user.IsOffice) return ServiceResult<MarketEntityImportResult>.Forbidden();
        if (Infrastructure.XlsxGuard.Check(xlsx, Infrastructure.UploadLimits.EntityRegister) is { } refused)
            return ServiceResult<MarketEntityImportResult>.Ok(new(0, 0, [refused]));
        List<IDictionary<string, object?>> rows;
        try
        {
            rows = (await xlsx.QueryAsync(useHeaderRow: true, cancellationToken: ct)).Cast<IDictionary<string, object?>>().ToList();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A corrupt or foreign file fails in many ways inside the reader; all of them mean "cannot read".
            return ServiceResult<MarketEntityImportResult>.Ok(new(0, 0, [new ImportError(0, "", "Import.Unreadable")]));
        }
        if (rows.Count == 0 || !MarketEntityLabels.Columns.Take(3).All(rows[0].ContainsKey))
            return ServiceResult<MarketEntityImportResult>.Ok(new(0, 0, [new ImportError(0, "", rows.Count == 0 ? "Import.Empty" : "Import.NotEntityTable")]));

        var areas = (await db.Visible<KeyArea>(user).Where(k => k.JurisdictionId == user.JurisdictionId).ToListAsync(ct)).ToDictionary(k => k.Name, k => k.Id);
        var existing = (await entities.Visible().Where(e => e.JurisdictionId == user.JurisdictionId && e.CreditCode != null).ToListAsync(ct))
            .ToDictionary(e => e.CreditCode!);
        var errors = new List<ImportError>();
        var parsed = new List<(MarketEntityDetails Details, string? OperatorId)>();
        var seen = new HashSet<string>();
        var today = ChinaTime.Today(time);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var excelRow = i + 2;
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
                MarketEntityLabels.ToName(MarketEntityLabels.Risks, Cell("风险等级")), MarketEntityLabels.ToName(MarketEntityLabels.Statuses, Cell("状态")));
            var (details, rowErrors, _, operatorId) = input.Parse(today);
            errors.AddRange(rowErrors.Select(e => new ImportError(excelRow, ColumnOf(e.Field), e.MessageKey, e.Args)));
            if (details.CreditCode is { } code && !seen.Add(code)) errors.Add(new(excelRow, "统一社会信用代码", "Import.DuplicateCode"));
            parsed.Add((details, operatorId));
        }
        if (errors.Count > 0) return ServiceResult<MarketEntityImportResult>.Ok(new(0, 0, errors));
        if (parsed.Count == 0) return ServiceResult<MarketEntityImportResult>.Ok(new(0, 0, [new ImportError(0, "", "Import.Empty")]));

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
        return ServiceResult<MarketEntityImportResult>.Ok(new(created, updated, []));
    }

    private static string? Text(object? v) => v switch
    {
        null => null,
        double d => d.ToString("0.############", System.Globalization.CultureInfo.InvariantCulture),
        _ => v.ToString()?.Trim() is { Length: > 0 } s ? s : null,
    };

    private static string ColumnOf(string field) => field switch
    {
        "name" => "名称", "creditCode" => "统一社会信用代码", "kind" => "类型", "category" => "类别", "keyAreaId" => "重点区域",
        "stallNumber" => "摊位号", "address" => "地址", "operatorName" => "经营者姓名", "operatorIdNumber" => "经营者身份证号",
        "contactPhone" => "联系电话", "risk" => "风险等级", "status" => "状态", _ => field,
    };
}

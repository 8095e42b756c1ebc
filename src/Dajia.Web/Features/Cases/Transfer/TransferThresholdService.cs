using Dajia.Web.Data;
using Dajia.Web.Domain.Cases;

namespace Dajia.Web.Features.Cases.Transfer;

public sealed record TransferThresholdDto(
    Guid Id, string Code, CriminalOffence Offence, string Name, int SalesFactor, int GoodsFactor, decimal Amount, string LegalBasis,
    DateOnly EffectiveFrom, DateOnly? EffectiveTo)
{
    public static TransferThresholdDto From(TransferThreshold t) => new(
        t.Id, t.Code, t.Offence, t.Name, t.SalesFactor, t.GoodsFactor, t.Amount, t.LegalBasis, t.EffectiveFrom, t.EffectiveTo);
}

/// <summary><c>crossed</c> is the first standard met (null: no transfer is due); <c>inForce</c> all that applied on the day.</summary>
public sealed record TransferVerdictDto(
    bool MustTransfer, TransferThresholdDto? Crossed, IReadOnlyList<TransferThresholdDto> InForce)
{
    public static TransferVerdictDto From(TransferVerdict v) => new(
        v.MustTransfer, v.Crossed is null ? null : TransferThresholdDto.From(v.Crossed),
        v.InForce.Select(TransferThresholdDto.From).ToList());
}

/// <summary>The 立案追诉标准 table and its one evaluator: cases, the check endpoint and the demo all ask here.</summary>
public sealed class TransferThresholdService(AppDbContext db)
{
    // Legal standards of the whole country, not a town's records: there is nothing to scope.
    public async Task<IReadOnlyList<TransferThreshold>> AllAsync(CancellationToken ct) =>
        await db.TransferThresholds.AsNoTracking().ToListAsync(ct);

    public async Task<TransferVerdict> EvaluateAsync(
        CriminalOffence? offence, decimal caseValue, decimal goodsValue, DateOnly on, CancellationToken ct) =>
        TransferVerdict.Of(await AllAsync(ct), offence, caseValue, goodsValue, on);

    public async Task<ServiceResult<IReadOnlyList<TransferThreshold>>> ListAsync(string? on, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var day = Input.Date(on, "on", errors);
        if (errors.Count > 0) return ServiceResult<IReadOnlyList<TransferThreshold>>.Invalid(errors);
        var rows = (await AllAsync(ct)).Where(t => day is null || t.AppliesOn(day.Value))
            .OrderBy(t => t.Offence).ThenBy(t => t.Code, StringComparer.Ordinal).ThenBy(t => t.EffectiveFrom).ToList();
        return ServiceResult<IReadOnlyList<TransferThreshold>>.Ok(rows);
    }

    public async Task<ServiceResult<TransferVerdict>> CheckAsync(
        string? offence, string? caseValue, string? goodsValue, string? on, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var o = Input.Enum<CriminalOffence>(offence, "offence", errors, required: true);
        var sales = MoneyInput.Parse(caseValue, "caseValue", errors) ?? 0;
        var goods = MoneyInput.Parse(goodsValue, "goodsValue", errors) ?? 0;
        var day = Input.Date(on, "on", errors, required: true);
        if (errors.Count > 0) return ServiceResult<TransferVerdict>.Invalid(errors);
        return ServiceResult<TransferVerdict>.Ok(await EvaluateAsync(o, sales, goods, day!.Value, ct));
    }
}

using System.Globalization;
using Dajia.Web.Data.Cases;
using Dajia.Web.Domain.Cases;
using Dajia.Web.Features.Cases.Transfer;

namespace Dajia.Web.Features.Cases.Standards;

/// <summary>A 罚款上限 version as the API gives it, with the rule said in words.</summary>
public sealed record FineLimitDto(
    string Code, ViolationType Type, decimal Multiple, decimal MultipleFrom, decimal Otherwise, decimal Floor, string Rule,
    string LegalBasis, DateOnly EffectiveFrom, DateOnly? EffectiveTo);

/// <summary>
/// The standards a case is measured by, as officers and administrators read them: the 立案追诉标准 (a table) and the
/// 罚款上限 (<see cref="FineLimitSeed"/>), each version with its effective days. National law: nothing to scope.
/// </summary>
public sealed class CaseStandards(TransferThresholdService thresholds, IStringLocalizer<SharedResource> l)
{
    public async Task<ServiceResult<IReadOnlyList<TransferThreshold>>> ThresholdsAsync(string? on, CancellationToken ct) =>
        await thresholds.ListAsync(on, ct);

    public ServiceResult<IReadOnlyList<FineLimitDto>> FineLimits(string? on)
    {
        var errors = new List<FieldError>();
        var day = Input.Date(on, "on", errors);
        if (errors.Count > 0) return ServiceResult<IReadOnlyList<FineLimitDto>>.Invalid(errors);
        var rows = FineLimitSeed.Limits().Where(r => day is null || r.AppliesOn(day.Value))
            .OrderBy(r => r.Type).ThenBy(r => r.From).Select(Dto).ToList();
        return ServiceResult<IReadOnlyList<FineLimitDto>>.Ok(rows);
    }

    private FineLimitDto Dto(FineLimit r) => new(r.Code, r.Type, r.Multiple, r.MultipleFrom, r.Otherwise, r.Floor, Describe(r),
        r.LegalBasis, r.From, r.To);

    /// <summary>The maximum in words: the same cases as <see cref="FineLimit.MaxFor"/>.</summary>
    public string Describe(FineLimit r)
    {
        // 产品质量法 says 三倍, 等值, 百分之三十: a share below one reads as a percentage, one as 等值.
        var times = r.Multiple switch
        {
            < 1 => l["Standards.Percent", (r.Multiple * 100).ToString("0.##", CultureInfo.InvariantCulture)].Value,
            1 => l["Standards.Equal"].Value,
            _ => l["Standards.Multiple", r.Multiple.ToString("0.##", CultureInfo.InvariantCulture)].Value,
        };
        if (r.Floor > 0 && r.Floor >= r.Otherwise) return l["Standards.Fine.Higher", times, Yuan(r.Floor)];
        var rule = r.MultipleFrom > 0 ? l["Standards.Fine.From", Yuan(r.MultipleFrom), times, Yuan(r.Otherwise)]
            : r.Otherwise > 0 ? l["Standards.Fine.OrElse", times, Yuan(r.Otherwise)]
            : l["Standards.Fine.Times", times];
        return r.Floor > 0 ? l["Standards.Fine.Floor", rule.Value, Yuan(r.Floor)] : rule.Value;
    }

    /// <summary>A 立案追诉标准's condition in words: 案值 ≥ 5万, or 3 × 案值 + 货值 ≥ 15万.</summary>
    public string Describe(TransferThreshold t)
    {
        var parts = new List<string>();
        string Term(int factor, string what) => factor == 1 ? l[what] : l["Standards.Times", factor, l[what]];
        if (t.SalesFactor > 0) parts.Add(Term(t.SalesFactor, "Standards.CaseValue"));
        if (t.GoodsFactor > 0) parts.Add(Term(t.GoodsFactor, "Standards.GoodsValue"));
        return l["Standards.AtLeast", string.Join(" ＋ ", parts), Yuan(t.Amount)];
    }

    private static string Yuan(decimal v) => v.ToString("#,##0.##", CultureInfo.InvariantCulture);
}

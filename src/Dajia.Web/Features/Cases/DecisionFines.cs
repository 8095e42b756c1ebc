using Dajia.Web.Data.Cases;
using Dajia.Web.Domain.Cases;

namespace Dajia.Web.Features.Cases;

/// <summary>
/// A decision's fine against the statutory maximum of the case's violation type (<c>FineLimitSeed</c>): above it → 400
/// on <c>fine</c> stating the maximum and its article, so a 100亿 fine on a 500-yuan case is a typing error caught.
/// </summary>
public static class DecisionFines
{
    public static FineCap? CapOf(EnforcementCase c, DateOnly decidedOn) =>
        FineLimits.CapOf(FineLimitSeed.Limits(), c.ViolationType, c.CaseValue, c.GoodsValue, c.OpenedOn, decidedOn);

    public static FieldError? Check(EnforcementCase c, CaseDecision d, DateOnly decidedOn) =>
        d.Penalties.HasFlag(Penalties.Fine) ? FineLimits.Check(CapOf(c, decidedOn), d.Fine) : null;
}

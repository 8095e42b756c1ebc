using Dajia.Web.Data.Cases;
using Dajia.Web.Domain.Cases;

namespace Dajia.Web.Features.Cases;

/// <summary>
/// A decision's fine against the statutory maximum of the case's violation type (<c>FineLimitSeed</c>): above it → 400
/// on <c>fine</c> stating the maximum and its article, so a 100亿 fine on a 500-yuan case is a typing error caught.
/// </summary>
public static class DecisionFines
{
    public static FineCap? CapOf(EnforcementCase c, DateOnly decidedOn) => CapOf(c.ViolationType, c.CaseValue, c.GoodsValue,
        c.OpenedOn, decidedOn);

    /// <summary>The same cap from a case's figures, for the forms that show it before anything is submitted.</summary>
    public static FineCap? CapOf(ViolationType type, decimal caseValue, decimal goodsValue, DateOnly openedOn, DateOnly decidedOn) =>
        FineLimits.CapOf(FineLimitSeed.Limits(), type, caseValue, goodsValue, openedOn, decidedOn);

    /// <summary>
    /// The rule's citation without the article's words: "《中华人民共和国商标法》（…）第六十条第二款". A basis that cites no
    /// statute (the sanity bound of 其他) is given whole, so it is never mistaken for a statutory maximum.
    /// </summary>
    public static string Citation(FineLimit rule) =>
        rule.LegalBasis.IndexOf('：') is > 0 and var i && rule.LegalBasis[..i].Contains('《') ? rule.LegalBasis[..i] : rule.LegalBasis;

    public static FieldError? Check(EnforcementCase c, CaseDecision d, DateOnly decidedOn) =>
        d.Penalties.HasFlag(Penalties.Fine) ? FineLimits.Check(CapOf(c, decidedOn), d.Fine) : null;
}

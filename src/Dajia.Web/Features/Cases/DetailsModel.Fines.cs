using System.Globalization;

namespace Dajia.Web.Features.Cases;

/// <summary>
/// The statutory maximum fine beside the decision's and the notice's fine box, before anything is submitted: the same
/// cap the steps check (<see cref="DecisionFines"/>), for a decision made today on the case's figures as they stand.
/// </summary>
public sealed partial class DetailsModel
{
    /// <summary>"罚款上限：250,000.00元（《中华人民共和国商标法》…第六十条第二款）"; null when no rule covers the case.</summary>
    public string? FineCapText(DateOnly today)
    {
        var c = Case;
        if (DecisionFines.CapOf(c.ViolationType, c.CaseValue, c.GoodsValue, c.OpenedOn, today) is not { } cap) return null;
        var basis = DecisionFines.Citation(cap.Rule);
        return cap.Max == 0 ? l["Cases.FineCapNone", basis]
            : l["Cases.FineCap", cap.Max.ToString("#,##0.00", CultureInfo.InvariantCulture), basis];
    }
}

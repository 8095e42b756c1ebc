using Dajia.Web.Domain.Calendar;

namespace Dajia.Web.Features.Campaigns;

/// <summary>
/// Where each of the plan's dates is acted on. 附件1: the office's round overview, or the liaison's own form. The
/// quarterly 报表 and the annual summary are drawn from the period's enforcement totals until the 报表 area exists.
/// </summary>
public static class PlanDueLinks
{
    public static string For(DueDto due, int year, CurrentUser user)
    {
        if (due.RuleCode == RuleCodes.LiaisonTable)
            return user.IsLiaison && user.UnitId is { } unit ? $"/Units/{unit}/Liaison" : $"/LiaisonTables?year={year}";
        if (due.RuleCode == RuleCodes.QuarterlyReport && due.Period.Length == 7 && due.Period[6] is >= '1' and <= '4')
        {
            var quarter = due.Period[6] - '0';
            var from = new DateOnly(year, quarter * 3 - 2, 1);
            return Period(from, from.AddMonths(3).AddDays(-1));
        }
        return Period(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
    }

    private static string Period(DateOnly from, DateOnly to) => $"/Operations?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}";
}

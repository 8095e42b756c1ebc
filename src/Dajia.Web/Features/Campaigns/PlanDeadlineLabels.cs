namespace Dajia.Web.Features.Campaigns;

/// <summary>
/// How the plan page and the home page name one of the plan's dates (<see cref="DueDto.Kind"/>): the four quarterly
/// 报表 share one text that carries the quarter's number.
/// </summary>
public static class PlanDeadlineLabels
{
    public static string Of(string kind, IStringLocalizer l) =>
        l["PlanDeadline." + (kind.StartsWith("Quarter", StringComparison.Ordinal) ? "Quarter" : kind), kind.Length > 7 ? kind[7..] : ""];
}

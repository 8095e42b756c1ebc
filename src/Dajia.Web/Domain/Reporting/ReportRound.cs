using System.Linq.Expressions;
using Dajia.Web.Domain.Access;
using Dajia.Web.Domain.Rounds;

namespace Dajia.Web.Domain.Reporting;

/// <summary>
/// One period of one form in one town (附件2 for 2017Q3): the form version it was opened with, and whether the office
/// closed it. Due dates are not kept here: each unit's duty is a <see cref="Calendar.Deadline"/> of the form's rule
/// (subject the year's plan, period "2017-Q3"), so the plan, the deadlines page and the round agree. Open, closed and the
/// closed guard are the shared <see cref="Round"/>'s; a report round closes only by the office's hand.
/// </summary>
public sealed class ReportRound : Round, IScoped<ReportRound>
{
    public static Expression<Func<ReportRound, bool>> SharedWith(Guid unitId) => _ => true;

    private ReportRound() { }

    public ReportRound(Guid jurisdictionId, Guid formId, Guid formVersionId, string period)
    {
        (JurisdictionId, FormId, FormVersionId, Period) = (jurisdictionId, formId, formVersionId, period);
    }

    public Guid JurisdictionId { get; private set; }
    public Guid FormId { get; private set; }

    /// <summary>Fixed when the round opens: a later version of the form does not change this period.</summary>
    public Guid FormVersionId { get; private set; }

    /// <summary>"2017Q3" or "2017".</summary>
    public string Period { get; private set; } = "";

    public bool IsClosed => ClosedByOffice;

    protected override RoundRefusal ClosedRefusal => new("Report.Locked.Closed");
}

using System.Linq.Expressions;
using Dajia.Web.Domain.Access;
using Dajia.Web.Domain.Calendar;

namespace Dajia.Web.Domain.Campaigns;

/// <summary>
/// 工作方案: the year's plan — goals, key areas, stages, and the dates of the plan's duties as settings. The duties
/// themselves (each member unit's 附件1, quarterly reports, annual summary) are <see cref="Deadline"/> rows made from
/// <see cref="Duties"/>.
/// </summary>
public sealed class Campaign : AggregateRoot, IScoped<Campaign>
{
    public static Expression<Func<Campaign, bool>> SharedWith(Guid unitId) => _ => true;

    private readonly List<CampaignStage> _stages = [];

    private Campaign() { }

    public Campaign(Guid jurisdictionId, CampaignDetails details)
    {
        JurisdictionId = jurisdictionId;
        Update(details);
    }

    public Guid JurisdictionId { get; private set; }
    public int Year { get; private set; }
    public string Title { get; private set; } = "";
    public string? DocumentNumber { get; private set; }
    public DateOnly? IssuedOn { get; private set; }
    public string Goals { get; private set; } = "";
    public string Tasks { get; private set; } = "";
    public string FullText { get; private set; } = "";
    public Guid? KeyAreaId { get; private set; }
    public DateOnly? LiaisonTableDueOn { get; private set; }

    /// <summary>Quarterly reports are due before this day of each month listed (2017: before the 25th of 3, 6, 9, 12).</summary>
    public int QuarterlyReportDueDay { get; private set; }
    public string QuarterlyReportMonths { get; private set; } = "";
    public DateOnly? AnnualSummaryDueOn { get; private set; }

    /// <summary>
    /// Whether a report due on a rest day (2017-12-10, a Sunday) is due on the next working day instead. The plan
    /// decides: "12月10日前" read literally stays on the Sunday.
    /// </summary>
    public bool ReportDueMovesToWorkingDay { get; private set; }
    public string? ContactName { get; private set; }
    public string? ContactPhone { get; private set; }
    public string? ContactFax { get; private set; }
    public string? ContactEmail { get; private set; }
    public bool Published { get; private set; }
    public IReadOnlyList<CampaignStage> Stages => _stages;

    public IReadOnlyList<int> ReportMonths =>
        QuarterlyReportMonths.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();

    public void Update(CampaignDetails d)
    {
        Year = d.Year;
        Title = d.Title;
        DocumentNumber = d.DocumentNumber;
        IssuedOn = d.IssuedOn;
        Goals = d.Goals;
        Tasks = d.Tasks;
        FullText = d.FullText;
        KeyAreaId = d.KeyAreaId;
        LiaisonTableDueOn = d.LiaisonTableDueOn;
        QuarterlyReportDueDay = d.QuarterlyReportDueDay;
        QuarterlyReportMonths = string.Join(',', d.QuarterlyReportMonths.Distinct().Order());
        AnnualSummaryDueOn = d.AnnualSummaryDueOn;
        ContactName = d.ContactName;
        ContactPhone = d.ContactPhone;
        ContactFax = d.ContactFax;
        ContactEmail = d.ContactEmail;
        ReportDueMovesToWorkingDay = d.ReportDueMovesToWorkingDay;
    }

    /// <summary>The 附件1 date set from the liaison-table page: the plan and the round keep one date.</summary>
    public void SetLiaisonTableDueOn(DateOnly dueOn) => LiaisonTableDueOn = dueOn;

    public void SetStages(IEnumerable<(string Name, DateOnly From, DateOnly To, string? Expectations)> stages)
    {
        _stages.Clear();
        var order = 1;
        foreach (var s in stages.OrderBy(s => s.From))
            _stages.Add(new CampaignStage(Id, order++, s.Name, s.From, s.To, s.Expectations));
    }

    public void Publish(bool published) => Published = published;

    /// <summary>
    /// The plan's dated duties: 附件1, each quarterly report, the annual summary. Every member unit answers for each;
    /// 附件1 belongs to the year's liaison-table round, so its subject is the round, not the plan.
    /// </summary>
    public IEnumerable<PlanDuty> Duties(WorkCalendar? calendar = null)
    {
        DateOnly Report(DateOnly due) => ReportDueMovesToWorkingDay && calendar is not null ? calendar.OnOrAfter(due) : due;
        if (LiaisonTableDueOn is { } l) yield return new PlanDuty(RuleCodes.LiaisonTable, $"{Year}", l, null);
        foreach (var m in ReportMonths)
        {
            if (QuarterlyReportDueDay <= 0) continue;
            // "25号前" is read as "by the 25th", the date the office itself writes on its reminders.
            var due = new DateOnly(Year, m, Math.Min(QuarterlyReportDueDay, DateTime.DaysInMonth(Year, m)));
            var quarter = (m + 2) / 3;
            yield return new PlanDuty(RuleCodes.QuarterlyReport, $"{Year}-Q{quarter}", Report(due), quarter);
        }
        if (AnnualSummaryDueOn is { } a) yield return new PlanDuty(RuleCodes.AnnualSummary, $"{Year}", Report(a), null);
    }

    /// <summary>Next year's plan to start from: same texts, every date moved one year on, not yet published.</summary>
    public Campaign CopyToNextYear(string title)
    {
        static DateOnly? Next(DateOnly? d) => d?.AddYears(1);
        var details = new CampaignDetails(Year + 1, title, null, null, Goals, Tasks, FullText, KeyAreaId,
            Next(LiaisonTableDueOn), QuarterlyReportDueDay, ReportMonths, Next(AnnualSummaryDueOn),
            ContactName, ContactPhone, ContactFax, ContactEmail, ReportDueMovesToWorkingDay);
        var copy = new Campaign(JurisdictionId, details);
        copy.SetStages(_stages.Select(s => (s.Name, s.From.AddYears(1), s.To.AddYears(1), s.Expectations)));
        return copy;
    }
}

public sealed class CampaignStage : Entity
{
    private CampaignStage() { }

    internal CampaignStage(Guid campaignId, int order, string name, DateOnly from, DateOnly to, string? expectations)
    {
        CampaignId = campaignId;
        Order = order;
        Name = name;
        From = from;
        To = to;
        Expectations = expectations;
    }

    public Guid CampaignId { get; private set; }
    public int Order { get; private set; }
    public string Name { get; private set; } = "";
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public string? Expectations { get; private set; }

    /// <summary>Share of the stage's days gone by on <paramref name="today"/>, 0–100.</summary>
    public int ProgressOn(DateOnly today) =>
        today < From ? 0
        : today > To ? 100
        : (int)Math.Round(100.0 * (today.DayNumber - From.DayNumber + 1) / (To.DayNumber - From.DayNumber + 1));
}

public sealed record CampaignDetails(
    int Year, string Title, string? DocumentNumber, DateOnly? IssuedOn, string Goals, string Tasks, string FullText, Guid? KeyAreaId,
    DateOnly? LiaisonTableDueOn, int QuarterlyReportDueDay, IReadOnlyList<int> QuarterlyReportMonths,
    DateOnly? AnnualSummaryDueOn, string? ContactName, string? ContactPhone, string? ContactFax, string? ContactEmail,
    bool ReportDueMovesToWorkingDay = false)
{
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (Year is < 2000 or > 2099) errors.Add(new("year", "Validation.Calendar.YearRange"));
        if (Title.Length is 0 or > 100) errors.Add(new("title", "Validation.Campaign.Title"));
        if (DocumentNumber is { Length: > FieldLengths.Name })
            errors.Add(new("documentNumber", "Validation.TooLong", FieldLengths.Name));
        if (FullText.Length > 50_000) errors.Add(new("fullText", "Validation.Campaign.FullText"));
        if (QuarterlyReportDueDay is < 0 or > 31) errors.Add(new("quarterlyReportDueDay", "Validation.Campaign.DueDay"));
        if (QuarterlyReportMonths.Any(m => m is < 1 or > 12)) errors.Add(new("quarterlyReportMonths", "Validation.Campaign.Months"));
        if (ContactPhone is { } p && !ContactFormats.IsLandline(p) && !ContactFormats.IsMobile(p))
            errors.Add(new("contactPhone", "Validation.Phone"));
        if (ContactFax is { } f && !ContactFormats.IsLandline(f)) errors.Add(new("contactFax", "Validation.Landline"));
        if (ContactEmail is { } e && !ContactFormats.IsEmail(e)) errors.Add(new("contactEmail", "Validation.Email"));
        return errors;
    }
}

/// <summary>One dated duty of a plan: which rule, which occurrence ("2017-Q3"), due when.</summary>
public sealed record PlanDuty(string RuleCode, string Period, DateOnly Due, int? Quarter)
{
    /// <summary>The name clients have always had for it: LiaisonTable, Quarter3, AnnualSummary.</summary>
    public string Kind => RuleCode switch
    {
        RuleCodes.LiaisonTable => "LiaisonTable",
        RuleCodes.QuarterlyReport => $"Quarter{Quarter}",
        _ => "AnnualSummary",
    };
}

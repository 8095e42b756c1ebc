using Dajia.Web.Domain.Campaigns;

namespace Dajia.Web.Features.Campaigns;

public sealed record StageDto(string Name, DateOnly From, DateOnly To, string? Expectations, int Progress);

/// <summary>One of the plan's dates: Kind is the name clients know (LiaisonTable, Quarter3, AnnualSummary).</summary>
public sealed record DueDto(string Kind, DateOnly Due, int WorkingDaysLeft, string RuleCode, string Period);

public sealed record PublishedTown(Guid Id, string Name, string Path);

public sealed record CampaignDto(
    Guid Id, int Year, string Title, string? DocumentNumber, DateOnly? IssuedOn, string Goals, string Tasks, string FullText,
    Guid? KeyAreaId, string? KeyAreaName, DateOnly? LiaisonTableDueOn, int QuarterlyReportDueDay,
    IReadOnlyList<int> QuarterlyReportMonths, DateOnly? AnnualSummaryDueOn, string? ContactName, string? ContactPhone,
    string? ContactFax, string? ContactEmail, bool Published, IReadOnlyList<StageDto> Stages, string? CurrentStage,
    IReadOnlyList<DueDto> Upcoming, Guid JurisdictionId, string Town);

public sealed record StageInput(string? Name, DateOnly? From, DateOnly? To, string? Expectations);

public sealed record CampaignInput(
    int? Year, string? Title, string? DocumentNumber, DateOnly? IssuedOn, string? Goals, string? Tasks, string? FullText, Guid? KeyAreaId,
    DateOnly? LiaisonTableDueOn, int? QuarterlyReportDueDay, IReadOnlyList<int>? QuarterlyReportMonths, DateOnly? AnnualSummaryDueOn,
    string? ContactName, string? ContactPhone, string? ContactFax, string? ContactEmail, IReadOnlyList<StageInput>? Stages,
    bool? ReportDueMovesToWorkingDay = null)
{
    public (CampaignDetails Details, List<(string, DateOnly, DateOnly, string?)> Stages, List<FieldError> Errors) Parse()
    {
        var d = new CampaignDetails(Year ?? 0, Title?.Trim() ?? "", ContactFormats.NormalizeText(DocumentNumber), IssuedOn,
            Goals?.Trim() ?? "", Tasks?.Trim() ?? "", FullText?.Trim() ?? "", KeyAreaId, LiaisonTableDueOn, QuarterlyReportDueDay ?? 25,
            QuarterlyReportMonths ?? [3, 6, 9, 12], AnnualSummaryDueOn, ContactFormats.NormalizeText(ContactName),
            ContactFormats.NormalizePhone(ContactPhone), ContactFormats.NormalizePhone(ContactFax),
                ContactFormats.NormalizeEmail(ContactEmail), ReportDueMovesToWorkingDay ?? false);
        var errors = d.Validate().ToList();
        var stages = new List<(string, DateOnly, DateOnly, string?)>();
        foreach (var (s, i) in (Stages ?? []).Select((s, i) => (s, i)))
        {
            if (string.IsNullOrWhiteSpace(s.Name)
                || s.Name.Trim().Length > 64) errors.Add(new($"stages[{i}].name", "Validation.Campaign.StageName"));
            else if (s.From is null || s.To is null || s.To < s.From) errors.Add(new($"stages[{i}].to", "Validation.Campaign.StageDates"));
            else stages.Add((s.Name.Trim(), s.From.Value, s.To.Value, ContactFormats.NormalizeText(s.Expectations)));
        }
        return (d, stages, errors);
    }
}

namespace Dajia.Web.Features.Reporting.Annual;

/// <summary>The paper copy, the units' written summaries and the town summary: their services and endpoints.</summary>
public static class AnnualSetup
{
    public static IServiceCollection AddReportAnnual(this IServiceCollection services) => services
        .AddScoped<AnnualFiles>().AddScoped<PaperCopyService>().AddScoped<UnitSummaryService>().AddScoped<TownFacts>()
        .AddScoped<SummaryYears>().AddScoped<TownSummaryService>();

    public static RouteGroupBuilder MapReportAnnual(this RouteGroupBuilder g) => g.MapPaperCopy().MapAnnualSummaries().MapTownSummary();
}

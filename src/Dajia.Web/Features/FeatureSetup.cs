using Dajia.Web.Data;
using Dajia.Web.Features.Account;
using Dajia.Web.Features.Admin;
using Dajia.Web.Features.Calendar;
using Dajia.Web.Features.LiaisonTables;
using Dajia.Web.Features.PublicPortal;
using Dajia.Web.Features.Units;

namespace Dajia.Web.Features;

public static class FeatureSetup
{
    public static IServiceCollection AddDajiaFeatures(this IServiceCollection services)
    {
        services.AddScoped<UnitService>();
        services.AddScoped<LiaisonService>();
        services.AddScoped<LiaisonTableService>();
        services.AddScoped<LiaisonTableImporter>();
        services.AddScoped<LiaisonRounds>();
        services.AddScoped<LiaisonTableExport>();
        services.AddScoped<UnitRoundService>();
        services.AddScoped<Shared.PeopleNames>();
        services.AddScoped<UserService>();
        services.AddScoped<JurisdictionService>();
        services.AddScoped<AuditService>();
        services.AddScoped<AuditDescriber>();
        services.AddScoped<AuditRecords>();
        services.AddSingleton<CalendarStore>();
        services.AddScoped<MarketEntities.MarketEntityService>();
        services.AddScoped<MarketEntities.MarketEntityWorkbook>();
        services.AddScoped<MarketEntities.KeyAreaService>();
        services.AddScoped<MarketEntities.EntityMatcher>();
        services.AddScoped<MarketEntities.EntitySearch>();
        services.AddScoped<Clues.ClueMatchService>();
        services.AddScoped<Campaigns.CampaignService>();
        services.AddScoped<Deadlines.DeadlineEffects>();
        services.AddScoped<Deadlines.PlanDeadlines>();
        services.AddScoped<Operations.OperationService>();
        services.AddSingleton<FileStore>();
        services.AddSingleton<HealthCheck>();
        services.AddHostedService<FileStoreJanitor>();
        services.AddSingleton<WarmUp>();
        services.AddHostedService(sp => sp.GetRequiredService<WarmUp>());
        services.AddScoped<Operations.OperationTotalsService>();
        services.AddScoped<RandomDraws.RandomDrawService>();
        services.AddScoped<RandomDraws.OfficerService>();
        services.AddScoped<Clues.ClueIntakeService>();
        services.AddScoped<Clues.IntakeWriter>();
        services.AddSingleton<Clues.IntakeQueue>();
        services.AddScoped<Clues.ClueService>();
        services.AddScoped<Clues.ClueWorkflow>();
        services.AddScoped<Clues.AssignmentTerms>();
        services.AddScoped<Clues.ClueEvidenceFiles>();
        services.AddScoped<Clues.ClueIdentityService>();
        services.AddScoped<Clues.ClueInsightService>();
        services.AddScoped<Cases.CaseService>();
        services.AddScoped<Cases.CaseForm>();
        services.AddScoped<Cases.CaseOrigins>();
        services.AddScoped<Cases.CaseViews>();
        services.AddScoped<Cases.CaseWorkflow>();
        services.AddScoped<Cases.CaseListService>();
        services.AddScoped<Cases.CaseTasks>();
        services.AddScoped<Cases.CaseTextSearch>();
        services.AddSingleton<Cases.CasePartySearch>();
        services.AddDajiaRateLimits();
        services.AddPublicPortal();
        services.AddScoped<CalendarService>();
        services.AddScoped<DeadlineService>();
        services.AddScoped<DeadlineRuleService>();
        services.AddScoped<Data.Demo.DemoSeeder>();
        Cases.CaseDocsSetup.AddCaseDocs(services);
        Reporting.ReportingSetup.AddReporting(services);
        services.ConfigureHttpJsonOptions(o =>
        {
            // Names only: an enum sent as 99 would be stored as a value that means nothing.
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(allowIntegerValues: false));
            Infrastructure.Input.InputJson.Add(o.SerializerOptions);
        });
        return services;
    }

    public static WebApplication MapDajiaApis(this WebApplication app)
    {
        var api = app.MapGroup("/api").RequireAuthorization().AddEndpointFilter(Infrastructure.Access.ETags.Filter);
        api.MapAuthApi();
        api.MapUnitsApi();
        api.MapLiaisonTablesApi();
        api.MapUsersApi();
        api.MapJurisdictionsApi();
        api.MapAuditApi();
        api.MapCalendarApi();
        Cases.CaseDocsSetup.MapCaseDocsApis(api);
        api.MapDeadlinesApi();
        MarketEntities.MarketEntitiesApi.MapMarketEntitiesApi(api);
        Campaigns.CampaignsApi.MapCampaignsApi(api);
        Operations.OperationsApi.MapOperationsApi(api);
        RandomDraws.RandomDrawsApi.MapRandomDrawsApi(api);
        Clues.CluesApi.MapCluesApi(api);
        Clues.ClueMatchApi.MapClueMatchApi(api);
        Cases.CasesApi.MapCasesApi(api);
        Reporting.ReportsApi.MapReportsApi(api);
        app.MapPortalFallback();

        app.MapGet("/healthz", (HealthCheck h, AppDbContext db, DatabaseInfo info, CancellationToken ct) => h.AnswerAsync(db, info, ct))
            .AllowAnonymous().WithTags("Health");
        // A plain link switches the language, so it works without JavaScript.
        app.MapGet("/culture/{culture}", (string culture, string? returnUrl, HttpContext ctx) =>
        {
            Localization.SetCultureCookie(ctx.Response, culture == "en" ? "en" : "zh-CN");
            return Results.LocalRedirect(IsLocalUrl(returnUrl) ? returnUrl! : "/");
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>Url.IsLocalUrl's rule: "/x" but not "//host" or "/\\host", which browsers read as another site.</summary>
    public static bool IsLocalUrl(string? url) =>
        url is { Length: > 0 } u && u[0] == '/' && (u.Length == 1 || u[1] is not ('/' or '\\')) && !u.Any(char.IsControl);
}

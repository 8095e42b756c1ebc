using Dajia.Web.Features.Cases.Documents;
using Dajia.Web.Features.Cases.Exhibits;
using Dajia.Web.Features.Cases.Standards;
using Dajia.Web.Features.Cases.Transfer;

namespace Dajia.Web.Features.Cases;

/// <summary>The case's exhibits, transfer to police, publication summary and printed documents (issue #13, items 3–5, 7).</summary>
public static class CaseDocsSetup
{
    public static IServiceCollection AddCaseDocs(this IServiceCollection services)
    {
        services.AddScoped<TransferThresholdService>();
        services.AddScoped<CaseStandards>();
        services.AddScoped<DocumentPrefixService>();
        services.AddScoped<DocumentNumberer>();
        services.AddScoped<ExhibitService>();
        services.AddScoped<TransferService>();
        services.AddScoped<TransferFiles>();
        services.AddScoped<CaseDocumentService>();
        services.AddScoped<PublicationSummaryService>();
        services.AddScoped<Print.CasePrintService>();
        services.AddScoped<Print.CasePartyIdentity>();
        services.AddScoped<CaseDocsPage>();
        return services;
    }

    public static RouteGroupBuilder MapCaseDocsApis(this RouteGroupBuilder api)
    {
        api.MapTransferThresholdsApi();
        api.MapCaseStandardsApi();
        api.MapDocumentPrefixApi();
        api.MapExhibitsApi();
        api.MapTransferApi();
        api.MapCaseDocumentsApi();
        return api;
    }
}

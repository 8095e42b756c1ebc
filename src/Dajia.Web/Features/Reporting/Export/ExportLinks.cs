namespace Dajia.Web.Features.Reporting.Export;

/// <summary>What the export partials link to: a round (form and period) and, for a unit's copy, the unit.</summary>
public sealed record ExportLinks(string Form, string Period, Guid? UnitId = null)
{
    public string Base => $"/Reports/{Uri.EscapeDataString(Form)}/{Uri.EscapeDataString(Period)}";

    public string ApiBase => $"/api/reports/{Uri.EscapeDataString(Form)}/{Uri.EscapeDataString(Period)}";
}

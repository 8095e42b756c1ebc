using Dajia.Web.Features.Shared.Xlsx;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dajia.Web.Features.Reporting.Export;

/// <summary>The official Excel copies of a round: the town's (total and every unit) and one unit's own.</summary>
public static class ReportExportApi
{
    public static RouteGroupBuilder MapReportExport(this RouteGroupBuilder g)
    {
        g.MapGet("/{form}/{period}/export.xlsx", (string form, string period, ReportExport e, IStringLocalizer<SharedResource> l,
                CancellationToken ct) => File(e.TownAsync(form, period, ct), l))
            .RequireAuthorization(Policies.OfficeOrLeader).WithSummary("导出全镇报表（.xlsx：全镇合计与各单位各一页）")
            .Produces(200, contentType: ListWorkbook.ContentType);
        g.MapGet("/{form}/{period}/units/{unitId:guid}/export.xlsx", (string form, string period, Guid unitId, ReportExport e,
                IStringLocalizer<SharedResource> l, CancellationToken ct) => File(e.UnitAsync(form, period, unitId, ct), l))
            .WithSummary("导出某单位本期报表（.xlsx；未通过审核的标明草稿或状态）").Produces(200, contentType: ListWorkbook.ContentType);
        return g;
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> File(
        Task<ServiceResult<ReportBook>> book, IStringLocalizer l)
    {
        var r = await book;
        if (r.Outcome == Outcome.Invalid) return Problems.Validation(r.Errors!, l);
        if (r.Outcome != Outcome.Ok) return Problems.For(r, l);
        return TypedResults.File(ReportWorkbook.Build(r.Value!), ListWorkbook.ContentType, r.Value!.FileName);
    }
}

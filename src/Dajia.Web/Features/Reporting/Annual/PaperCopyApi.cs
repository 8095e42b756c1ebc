using Dajia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dajia.Web.Features.Reporting.Annual;

/// <summary>纸质盖章件 of a unit's report: its scan and the day it was faxed or delivered.</summary>
public static class PaperCopyApi
{
    private const string Unit = "/{form}/{period}/units/{unitId:guid}";

    public static RouteGroupBuilder MapPaperCopy(this RouteGroupBuilder g)
    {
        g.MapGet(Unit + "/paper-copies", async (string form, string period, Guid unitId, PaperCopyService s,
                IStringLocalizer<SharedResource> l, CancellationToken ct) => (await s.GetAsync(form, period, unitId, ct)).ToOk(l))
            .WithSummary("纸质盖章件：当前一份与被替换的历史");
        g.MapGet(Unit + "/paper-copy", async (string form, string period, Guid unitId, int? number, PaperCopyService s,
                IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                ApiResults.File(await s.OpenAsync(form, period, unitId, number, ct), l))
            .WithSummary("下载纸质盖章件扫描件（当前一份；number= 为历史中的某一份）");
        g.MapPost(Unit + "/paper-copy", Upload).RequireAuthorization(Policies.OfficeOrLiaison).DisableAntiforgery()
            .WithSummary("登记纸质盖章件：sentOn 传真或送达日期，file 扫描件（PDF、JPG 或 PNG，10 MB 以内）；须在报表提交之后");
        return g;
    }

    private static async Task<Results<Ok<PaperCopiesDto>, ValidationProblem, ProblemHttpResult>> Upload(string form, string period,
        Guid unitId, HttpRequest request, PaperCopyService s, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        // A body that is not a form has no file: the service still says first whether the report is the caller's.
        var f = request.HasFormContentType ? await request.ReadFormAsync(ct) : null;
        return (await s.UploadAsync(form, period, unitId, f?["sentOn"].ToString(), f?.Files.GetFile("file"), ct)).ToOk(l);
    }
}

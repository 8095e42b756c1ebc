using Dajia.Web.Data.Reporting;
using Dajia.Web.Infrastructure;
using Dajia.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dajia.Web.Features.Reporting.Annual;

/// <summary>年度工作总结 of a unit, and the office's town summary of the year (drafted from the records, edited, exported).</summary>
public static class AnnualSummaryApi
{
    private const string Unit = "/" + ReportFormSeed.Annual + "/{year:int}/units/{unitId:guid}/summary";

    public static RouteGroupBuilder MapAnnualSummaries(this RouteGroupBuilder g)
    {
        g.MapGet(Unit, async (int year, Guid unitId, UnitSummaryService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                (await s.GetAsync(year, unitId, ct)).ToOk(l))
            .WithSummary("某单位年度工作总结（草稿与每次提交的原样）");
        g.MapPut(Unit, async (int year, Guid unitId, SummaryInput body, Expected expected, UnitSummaryService s,
                IStringLocalizer<SharedResource> l, CancellationToken ct) => (await s.SaveAsync(year, unitId, body, expected, ct)).ToOk(l))
            .RequireAuthorization(Policies.OfficeOrLiaison).WithSummary("保存总结正文（If-Match；“# ”标题、“## ”小标题、“- ”列表）");
        g.MapPost(Unit + "/file", async Task<Results<Ok<UnitSummaryDto>, ValidationProblem, ProblemHttpResult>> (int year, Guid unitId,
                HttpRequest request, Expected expected, UnitSummaryService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            {
                var f = request.HasFormContentType ? await request.ReadFormAsync(ct) : null;
                return (await s.AttachAsync(year, unitId, f?.Files.GetFile("file"), expected, ct)).ToOk(l);
            })
            .RequireAuthorization(Policies.OfficeOrLiaison).DisableAntiforgery().WithSummary("上传总结文档（.docx 或 PDF，10 MB 以内）");
        g.MapGet(Unit + "/file", async (int year, Guid unitId, int? number, UnitSummaryService s, IStringLocalizer<SharedResource> l,
                CancellationToken ct) => ApiResults.File(await s.OpenFileAsync(year, unitId, number, ct), l))
            .WithSummary("下载总结文档（number= 为某次提交时的文档）");
        g.MapPost(Unit + "/submit", async (int year, Guid unitId, Expected expected, UnitSummaryService s,
                IStringLocalizer<SharedResource> l, CancellationToken ct) => (await s.SubmitAsync(year, unitId, expected, ct)).ToOk(l))
            .RequireAuthorization(Policies.OfficeOrLiaison).WithSummary("提交总结（按原样保存：时间、提交人、正文与文档）");
        return g;
    }
}

/// <summary>镇年度打假工作总结: the office's summary of a year.</summary>
public static class TownSummaryApi
{
    public static RouteGroupBuilder MapTownSummary(this RouteGroupBuilder g)
    {
        g.MapGet("/summary/{year:int}", async (int year, TownSummaryService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                (await s.GetAsync(year, ct)).ToOk(l))
            .RequireAuthorization(Policies.OfficeOrLeader).WithSummary("镇年度打假工作总结：已保存的正文（未保存时为自动起草稿）、起草依据的数字、各单位报送情况");
        g.MapPut("/summary/{year:int}", async (int year, SummaryInput body, Expected expected, TownSummaryService s,
                IStringLocalizer<SharedResource> l, CancellationToken ct) => (await s.SaveAsync(year, body, expected, ct)).ToOk(l))
            .RequireAuthorization(Policies.Office).WithSummary("保存总结正文（If-Match；每次保存留存修订）");
        g.MapGet("/summary/{year:int}/export.docx", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (int year,
                TownSummaryService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            {
                var r = await s.ExportAsync(year, ct);
                return r.Outcome == Outcome.Ok ? TypedResults.File(r.Value.Content, AnnualFiles.Docx, r.Value.FileName)
                    : Problems.For(r, l);
            })
            .RequireAuthorization(Policies.OfficeOrLeader).WithSummary("导出总结（Word，A4，仿宋正文）");
        return g;
    }
}

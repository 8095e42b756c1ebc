using Dajia.Web.Data;
using Dajia.Web.Features.Reporting.Annual;
using Dajia.Web.Features.Reporting.Export;
using Dajia.Web.Features.Reporting.Forms;
using Dajia.Web.Features.Reporting.Office;
using Dajia.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dajia.Web.Features.Reporting;

public static class ReportingSetup
{
    public static IServiceCollection AddReporting(this IServiceCollection services) => services
        .AddScoped<ReportRounds>().AddScoped<ReportPrefill>().AddScoped<ReportViews>().AddScoped<ReportService>()
        .AddScoped<ReportMatrix>()
        .AddScoped<Pages.ReportList>()
        .AddScoped<ReportExport>()
        .AddScoped<FormVersions>()
        .AddReportOffice()
        .AddReportAnnual();
}

/// <summary>报表 (附件2 and the annual form): forms, each unit's report in a period, the office's review, matrix and total.</summary>
public static class ReportsApi
{
    private const string Unit = "/{form}/{period}/units/{unitId:guid}";

    public static RouteGroupBuilder MapReportsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/reports").WithTags("Reports");
        g.MapGet("/forms", Forms).WithSummary("报表格式（各版本的指标与校验规则）");
        g.MapGet("/{form}/{period}/submissions", (string form, string period, ReportMatrix m, IStringLocalizer<SharedResource> l,
                CancellationToken ct) => Answer(m.MatrixAsync(form, period, ct), l))
            .RequireAuthorization(Policies.OfficeOrLeader).WithSummary("各单位报送情况（未开始、草稿、按时、逾期、退回、通过）与报送率、及时率");
        g.MapGet("/{form}/{period}/total", (string form, string period, ReportMatrix m, IStringLocalizer<SharedResource> l,
                CancellationToken ct) => Answer(m.TotalAsync(form, period, ct), l))
            .RequireAuthorization(Policies.OfficeOrLeader).WithSummary("全镇合计（已通过的报表之和，逐单位可查）");
        g.MapGet(Unit, (string form, string period, Guid unitId, ReportService s, IStringLocalizer<SharedResource> l,
                CancellationToken ct) => Answer(s.GetAsync(form, period, unitId, ct), l))
            .WithSummary("某单位本期报表（未保存时为系统预填数）");
        g.MapPut(Unit, (string form, string period, Guid unitId, ReportDraftInput body, Expected expected, ReportService s,
                IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                Answer(s.SaveDraftAsync(form, period, unitId, body, expected, ct), l))
            .RequireAuthorization(Policies.OfficeOrLiaison).WithSummary("保存草稿（If-Match 为读取时的版本）");
        g.MapPost(Unit + "/submit", (string form, string period, Guid unitId, Expected expected, ReportService s,
                IStringLocalizer<SharedResource> l, CancellationToken ct) => Answer(s.SubmitAsync(form, period, unitId, expected, ct), l))
            .RequireAuthorization(Policies.OfficeOrLiaison).WithSummary("提交报表（按原样保存：时间、提交人、数字）");
        g.MapPost(Unit + "/return", (string form, string period, Guid unitId, ReturnInput body, Expected expected, ReportService s,
                IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                Answer(s.ReturnAsync(form, period, unitId, body, expected, ct), l))
            .RequireAuthorization(Policies.Office).WithSummary("退回报表（须说明理由）");
        g.MapPost(Unit + "/accept", (string form, string period, Guid unitId, Expected expected, ReportService s,
                IStringLocalizer<SharedResource> l, CancellationToken ct) => Answer(s.AcceptAsync(form, period, unitId, expected, ct), l))
            .RequireAuthorization(Policies.Office).WithSummary("审核通过");
        g.MapPost(Unit + "/allow-late", (string form, string period, Guid unitId, AllowLateInput body, ReportService s,
                IStringLocalizer<SharedResource> l, CancellationToken ct) => Answer(s.AllowLateAsync(form, period, unitId, body, ct), l))
            .RequireAuthorization(Policies.Office).WithSummary("允许逾期补报至某日");
        g.MapGet(Unit + "/sources/{indicator}", (string form, string period, Guid unitId, string indicator, ReportService s,
                IStringLocalizer<SharedResource> l, CancellationToken ct) => Answer(s.SourcesAsync(form, period, unitId, indicator, ct), l))
            .WithSummary("预填数的来源记录");
        g.MapReportOffice();
        g.MapReportExport();
        g.MapFormVersions();
        g.MapReportAnnual();
        return api;
    }

    private static async Task<Results<Ok<T>, ValidationProblem, ProblemHttpResult>> Answer<T>(Task<ServiceResult<T>> r,
        IStringLocalizer<SharedResource> l) => (await r).ToOk(l);

    private static async Task<Ok<ItemsDto<FormDto>>> Forms(FormVersions s, CancellationToken ct) =>
        TypedResults.Ok(new ItemsDto<FormDto>(await s.ListAsync(ct)));
}

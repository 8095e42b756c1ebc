using Dajia.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dajia.Web.Features.Reporting.Office;

public static class ReportOfficeSetup
{
    public static IServiceCollection AddReportOffice(this IServiceCollection services) => services
        .AddScoped<RoundClosing>().AddScoped<YearMatrix>().AddScoped<ReportRanking>();
}

/// <summary>The office's views of 报表: ending and reopening a round, the year's matrix, and the ranking (通报).</summary>
public static class ReportOfficeApi
{
    public static RouteGroupBuilder MapReportOffice(this RouteGroupBuilder g)
    {
        g.MapPost("/{form}/{period}/close", (string form, string period, RoundClosing s, IStringLocalizer<SharedResource> l,
                CancellationToken ct) => Answer(s.CloseAsync(form, period, ct), l))
            .RequireAuthorization(Policies.Office).WithSummary("结束本期报送（报表只读；已结束为 409）");
        g.MapPost("/{form}/{period}/reopen", (string form, string period, RoundClosing s, IStringLocalizer<SharedResource> l,
                CancellationToken ct) => Answer(s.ReopenAsync(form, period, ct), l))
            .RequireAuthorization(Policies.Office).WithSummary("重新开放本期报送（未结束为 409）");
        g.MapGet("/{form}/year/{year}", (string form, string year, YearMatrix s, IStringLocalizer<SharedResource> l,
                CancellationToken ct) => Answer(s.GetAsync(form, year, ct), l))
            .RequireAuthorization(Policies.OfficeOrLeader).WithSummary("全年报送情况（单位 × 报告期，各期报送率与及时率）");
        g.MapGet("/{form}/{period}/ranking", (string form, string period, ReportRanking s, IStringLocalizer<SharedResource> l,
                CancellationToken ct) => Answer(s.GetAsync(form, period, ct), l))
            .RequireAuthorization(Policies.OfficeOrLeader).WithSummary("报送情况排名与通报文字");
        return g;
    }

    private static async Task<Results<Ok<T>, ValidationProblem, ProblemHttpResult>> Answer<T>(Task<ServiceResult<T>> r,
        IStringLocalizer<SharedResource> l) => (await r).ToOk(l);
}

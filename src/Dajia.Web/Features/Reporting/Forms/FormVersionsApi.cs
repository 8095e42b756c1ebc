using Microsoft.AspNetCore.Http.HttpResults;

namespace Dajia.Web.Features.Reporting.Forms;

/// <summary>A form's versions: read by everyone signed in, next year's version made by an office administrator.</summary>
public static class FormVersionsApi
{
    public static RouteGroupBuilder MapFormVersions(this RouteGroupBuilder g)
    {
        g.MapGet("/forms/{code}/versions", async (string code, FormVersions s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                (await s.GetAsync(code, ct)).ToOk(l))
            .WithSummary("报表格式的各版本（自某年起施行）");
        g.MapPost("/forms/{code}/versions", async (string code, FormVersionInput body, FormVersions s, IStringLocalizer<SharedResource> l,
                CancellationToken ct) =>
                (await s.AddAsync(code, body, ct)).ToCreated(v => $"/api/reports/forms/{Uri.EscapeDataString(code)}/versions", l))
            .RequireAuthorization(Policies.Admin).WithSummary("新增报表格式版本（如下一年度：修改项目名称、增减指标）");
        return g;
    }
}

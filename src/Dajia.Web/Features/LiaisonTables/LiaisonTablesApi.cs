using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.LiaisonTables;
using Dajia.Web.Domain.Units;
using Dajia.Web.Features.Units;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Dajia.Web.Features.LiaisonTables;

public sealed record UnitStatusDto(
    Guid UnitId, string Code, string Name, string Jurisdiction, string? LiaisonName, string? LiaisonMobile,
    LiaisonTableStatus? Status, DateTimeOffset? SubmittedAt, string? SubmittedBy, SubmissionChannel? Channel);

public sealed record OverviewDto(
    int Year, DateOnly? DueOn, IReadOnlyDictionary<LiaisonTableStatus, int> Counts, IReadOnlyList<UnitStatusDto> Units)
{
    public static OverviewDto From(TableOverview o) => new(o.Year, o.DueOn,
        Enum.GetValues<LiaisonTableStatus>().ToDictionary(s => s, o.Count),
        o.Rows.Select(r => new UnitStatusDto(r.Unit.Id, r.Unit.Code, r.Unit.Name, r.Unit.Jurisdiction?.Name ?? "",
            r.Unit.Current(LiaisonRole.Primary)?.Name, r.Unit.Current(LiaisonRole.Primary)?.Mobile, r.Status,
            r.Submission?.SubmittedAt, r.Submission?.SubmittedBy, r.Submission?.Channel)).ToList());
}

public sealed record DueOnInput(DateOnly? DueOn);


public static class LiaisonTablesApi
{
    public static RouteGroupBuilder MapLiaisonTablesApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/liaison-tables").WithTags("LiaisonTables");
        g.MapGet("/", (LiaisonTableService s, CancellationToken ct) => Overview(null, s, ct)).WithSummary("最新年度联络员表报送情况");
        g.MapGet("/{year:int}", (int year, LiaisonTableService s, CancellationToken ct) => Overview(year, s, ct));
        g.MapPut("/{year:int}", SetDueOn).RequireAuthorization(Policies.Office).WithSummary("设置报送截止日期（打假办）");

        var units = api.MapGroup("/units").WithTags("LiaisonTables");
        units.MapGet("/liaison-table.xlsx", Export).WithSummary("导出附件1（.xlsx）")
            .Produces(200, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        // A file upload is form data, which browsers can send cross-site: only bearer callers may use this endpoint,
        // so the antiforgery check (cookie callers) is not needed. The page has its own antiforgery-checked form.
        units.MapPost("/liaison-table", Import).RequireAuthorization(Policies.Office).WithSummary("导入附件1（.xlsx，全部有效才导入；带 year 时同时登记各单位已报送）")
            .DisableAntiforgery()
            .RequireAuthorization(p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireAuthenticatedUser());
        return api;
    }

    private static async Task<Ok<OverviewDto>> Overview(int? year, LiaisonTableService s, CancellationToken ct) =>
        TypedResults.Ok(OverviewDto.From(await s.OverviewAsync(year, ct)));

    private static async Task<Results<Ok<OverviewDto>, ValidationProblem, ProblemHttpResult>> SetDueOn(
        int year, DueOnInput body, LiaisonTableService s, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var r = await s.SetDueOnAsync(year, body.DueOn, ct);
        if (r.Outcome != Outcome.Ok) return r.As<OverviewDto>().ToOk(l);
        return TypedResults.Ok(OverviewDto.From(await s.OverviewAsync(year, ct)));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(
        int? year, LiaisonTableService s, Infrastructure.Auth.CurrentUser user, TimeProvider time, IStringLocalizer<SharedResource> l,
        CancellationToken ct)
    {
        if (!user.IsOffice && !user.IsLeader) return Problems.Forbidden(l);
        var bytes = LiaisonTableWorkbook.Build(
            LiaisonTableLayout.TitleFor(await s.JurisdictionNameAsync(ct)), await s.MemberUnitsAsync(ct), ChinaTime.Today(time));
        return TypedResults.File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            $"联络员表-{ChinaTime.Today(time):yyyyMMdd}.xlsx");
    }

    private static async Task<Results<Ok<LiaisonImportApplied>, ValidationProblem, ProblemHttpResult>> Import(
        IFormFile? file, int? year, LiaisonTableImporter importer, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (UploadLimits.CheckXlsx(file) is { } problem)
            return Problems.Validation([new FieldError("file", problem)], l);
        await using var stream = file!.OpenReadStream();
        var r = await importer.ImportAsync(stream, year, ct);
        if (r.Outcome != Outcome.Ok) return Problems.For(r.Outcome, r.ConflictKey, l, r.ConflictArgs);
        if (r.Value!.Applied is not { } applied) return ImportErrors.Problem(r.Value.Errors, l);
        return TypedResults.Ok(applied);
    }
}

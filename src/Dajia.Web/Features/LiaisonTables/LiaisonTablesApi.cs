using Dajia.Web.Domain.LiaisonTables;
using Dajia.Web.Domain.Rounds;
using Dajia.Web.Domain.Units;
using Dajia.Web.Features.Units;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Dajia.Web.Features.LiaisonTables;

/// <summary>
/// A unit in a round. The liaison is the one the unit submitted (as it was then); a unit that has not submitted shows
/// its liaison of today while the round is open (who to remind) and none once it is closed.
/// </summary>
public sealed record UnitStatusDto(
    Guid UnitId, string Code, string Name, string Jurisdiction, string? LiaisonName, string? LiaisonMobile,
    Timeliness? Status, DateTimeOffset? SubmittedAt, string? SubmittedBy, SubmissionChannel? Channel,
    DateTimeOffset? FirstSubmittedAt, int Version, string? SubmittedByAccount, bool ChangedSinceSubmission)
{
    public static UnitStatusDto From(UnitStatusRow r)
    {
        var liaison = r.Submitted is { } kept ? kept.Primary : r.RoundClosed ? null : r.Unit.Current(LiaisonRole.Primary)?.Details;
        var s = r.Submission;
        return new(r.Unit.Id, r.Unit.Code, r.Unit.Name, r.Unit.Jurisdiction?.Name ?? "", liaison?.Name, liaison?.Mobile, r.Status,
            s?.SubmittedAt, s?.SubmittedByName, s?.Channel, r.First?.SubmittedAt, s?.Number ?? 0, s?.SubmittedByAccount, r.Changed);
    }
}

public sealed record OverviewDto(
    int Year, DateOnly? DueOn, bool Closed, IReadOnlyDictionary<Timeliness, int> Counts, IReadOnlyList<UnitStatusDto> Units)
{
    public static OverviewDto From(TableOverview o) => new(o.Year, o.DueOn, o.Closed,
        Enum.GetValues<Timeliness>().ToDictionary(s => s, o.Count), o.Rows.Select(UnitStatusDto.From).ToList());
}

public sealed record VersionDto(
    int Version, DateTimeOffset SubmittedAt, string SubmittedBy, string SubmittedByAccount, SubmissionChannel Channel,
    LiaisonTableContent Content);

/// <summary>A unit's submissions in a round, newest first, and its record today.</summary>
public sealed record UnitRoundDto(
    Guid UnitId, string Name, int Year, bool Closed, Timeliness? Status, bool ChangedSinceSubmission,
    IReadOnlyList<VersionDto> Versions, LiaisonTableContent Current)
{
    public static UnitRoundDto From(UnitRound u) => new(u.Row.Unit.Id, u.Row.Unit.Name, u.Year, u.Row.RoundClosed, u.Row.Status,
        u.Row.Changed, u.Versions.Select(v => new VersionDto(v.Submission.Number, v.Submission.SubmittedAt,
            v.Submission.SubmittedByName, v.Submission.SubmittedByAccount, v.Submission.Channel, v.Content)).ToList(), u.Current);
}

public sealed record DueOnInput(DateOnly? DueOn);


public static class LiaisonTablesApi
{
    public static RouteGroupBuilder MapLiaisonTablesApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/liaison-tables").WithTags("LiaisonTables");
        g.MapGet("/", (LiaisonTableService s, CancellationToken ct) => Overview(null, s, ct)).WithSummary("最新年度联络员表报送情况");
        g.MapGet("/{year:int}", (int year, LiaisonTableService s, CancellationToken ct) => Overview(year, s, ct));
        g.MapPut("/{year:int}", SetDueOn).RequireAuthorization(Policies.Office).WithSummary("设置报送截止日期（打假办；已结束的年度不能修改）");
        g.MapPost("/{year:int}/close", (int year, LiaisonTableService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                SetClosed(year, true, s, l, ct))
            .RequireAuthorization(Policies.Office).WithSummary("结束本年度报送（此后只读）");
        g.MapPost("/{year:int}/reopen", (int year, LiaisonTableService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                SetClosed(year, false, s, l, ct))
            .RequireAuthorization(Policies.Office).WithSummary("重新开放本年度报送（年度结束后不能重新开放）");
        g.MapGet("/{year:int}/units/{unitId:guid}", UnitRound).WithSummary("某单位在该年度的各次报送（原样保存）");

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

    private static async Task<Results<Ok<OverviewDto>, ValidationProblem, ProblemHttpResult>> SetClosed(
        int year, bool closed, LiaisonTableService s, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var r = await s.SetClosedAsync(year, closed, ct);
        if (r.Outcome != Outcome.Ok) return r.As<OverviewDto>().ToOk(l);
        return TypedResults.Ok(OverviewDto.From(await s.OverviewAsync(year, ct)));
    }

    private static async Task<Results<Ok<UnitRoundDto>, ValidationProblem, ProblemHttpResult>> UnitRound(
        int year, Guid unitId, UnitRoundService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        (await s.GetAsync(year, unitId, ct)).ToOk(UnitRoundDto.From, l);

    /// <summary>With a year: that round as submitted, named by its year. Without: the register as it is today.</summary>
    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(
        int? year, LiaisonTableExport export, Infrastructure.Auth.CurrentUser user, IStringLocalizer<SharedResource> l,
        CancellationToken ct)
    {
        if (!user.IsOffice && !user.IsLeader) return Problems.Forbidden(l);
        var file = year is { } y ? await export.RoundAsync(y, ct) : await export.RegisterAsync(ct);
        return TypedResults.File(file.Bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.FileName);
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

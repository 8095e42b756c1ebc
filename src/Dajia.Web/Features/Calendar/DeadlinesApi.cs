using Dajia.Web.Domain.Calendar;
using Dajia.Web.Features.Units;
using Dajia.Web.Infrastructure.Access;
using Dajia.Web.Infrastructure.Input;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dajia.Web.Features.Calendar;

public static class DeadlinesApi
{
    public static RouteGroupBuilder MapDeadlinesApi(this RouteGroupBuilder api)
    {
        var rules = api.MapGroup("/deadline-rules").WithTags("Deadlines");
        rules.MapGet("/", async (DeadlineRuleService s, CancellationToken ct) =>
            TypedResults.Ok(new ItemsDto<RuleDto>((await s.ListAsync(ct)).Select(RuleDto.From).ToList()))).WithSummary("时限规则及法律依据");
        rules.MapGet("/{id:guid}", async Task<Results<Ok<RuleDto>, ProblemHttpResult>> (
                Guid id, DeadlineRuleService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await s.GetAsync(id, ct) is { } r ? TypedResults.Ok(RuleDto.From(r)) : Problems.NotFound(l));
        rules.MapPost("/", async (RuleInput body, DeadlineRuleService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            (await s.CreateAsync(body, ct)).ToCreated(RuleDto.From, r => $"/api/deadline-rules/{r.Id}", l))
            .RequireAuthorization(Policies.RootAdmin);
        rules.MapPut("/{id:guid}", async (Guid id, RuleInput body, DeadlineRuleService s, IStringLocalizer<SharedResource> l,
            CancellationToken ct) => (await s.UpdateAsync(id, body, ct)).ToOk(RuleDto.From, l)).RequireAuthorization(Policies.RootAdmin);
        rules.MapGet("/{code}/due", Due).WithSummary("按规则计算期限（起算日不计入），列出计入的工作日");

        var g = api.MapGroup("/deadlines").WithTags("Deadlines");
        g.MapGet("/", List);
        g.MapGet("/{id:guid}", Get);
        g.MapPost("/", Attach).RequireAuthorization(Policies.Office).WithSummary("为某事项起算一个期限");
        g.MapPost("/{id:guid}/pause",
            (Guid id, PauseInput b, Expected e, DeadlineService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            Change(id, e, s, l, ct, Reason(b.Reason, "reason"), (d, cal, now) =>
                d.Pause(b.From ?? ChinaTime.DateOf(now), b.Reason!.Trim(), now, cal, s.By)))
            .WithSummary("中止计时（检测、鉴定、听证等）")
            .RequireAuthorization(Policies.Office);
        g.MapPost("/{id:guid}/resume",
            (Guid id, ResumeInput b, Expected e, DeadlineService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            Change(id, e, s, l, ct, [], (d, cal, now) => d.Resume(b.To ?? ChinaTime.DateOf(now), now, cal, s.By)))
            .RequireAuthorization(Policies.Office);
        g.MapPost("/{id:guid}/extend",
            (Guid id, ExtendInput b, Expected e, DeadlineService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            Change(id, e, s, l, ct, [.. Reason(b.Reason, "reason"), .. Reason(b.RequestedBy, "requestedBy")],
                (d, cal, now) => d.Extend(b.RequestedBy!.Trim(), s.By, b.Reason!.Trim(), b.Collective ?? false, b.Amount, now, cal)))
            .WithSummary("批准延期")
            .RequireAuthorization(Policies.Office);
        g.MapPost("/{id:guid}/met", (Guid id, Expected e, DeadlineService s, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            Change(id, e, s, l, ct, [], (d, _, now) => d.Meet(now, s.By)))
            .RequireAuthorization(Policies.Office);
        return api;
    }

    private static FieldError[] Reason(string? text, string field) =>
        (text ?? "").Trim().Length is > 0 and <= 200 ? [] : [new FieldError(field, "Validation.Deadline.Text")];

    private static async Task<Results<Ok<RuleDueDto>, ValidationProblem, ProblemHttpResult>> Due(
        string code, string? start, DeadlineRuleService s, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var date = CalendarInput.Date(start, "start", errors);
        if (errors.Count > 0) return Problems.Validation(errors, l);
        return ApiResults.Ok(await s.DueAsync(code, date!.Value, ct), x => x, l);
    }

    private static async Task<Results<Ok<PagedList<DeadlineDto>>, ValidationProblem>> List(string? subjectType, string? subjectId,
        string? open, [AsParameters] PageQuery paging, DeadlineService s, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var subject = Input.Id(subjectId, "subjectId", errors);
        var openOnly = Input.Bool(open, "open", errors);
        var request = paging.Parse(errors);
        if (errors.Count > 0) return Problems.Validation(errors, l);
        var q = s.Visible();
        if (subjectType is { Length: > 0 }) q = q.Where(d => d.SubjectType == subjectType);
        if (subject is { } id) q = q.Where(d => d.SubjectId == id);
        if (openOnly == true) q = q.Where(d => d.MetAt == null && d.EndedAt == null);
        var count = await q.CountForPageAsync(null, ct);
        var rows = await q.OrderBy(d => d.DueOn).ThenBy(d => d.Id).PageOf(request).ToListAsync(ct);
        var items = new List<DeadlineDto>();
        foreach (var d in rows) items.Add(await s.DtoAsync(d, ct));
        return TypedResults.Ok(items.ToPage(request, count));
    }

    private static async Task<Results<Ok<DeadlineDto>, ProblemHttpResult>> Get(
        Guid id, DeadlineService s, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var d = await s.Visible().FirstOrDefaultAsync(x => x.Id == id, ct);
        return d is null ? Problems.NotFound(l) : TypedResults.Ok(await s.DtoAsync(d, ct));
    }

    private static async Task<Results<Created<DeadlineDto>, ValidationProblem, ProblemHttpResult>> Attach(
        AttachInput body, DeadlineService s, CurrentUser user, Data.AppDbContext db, TimeProvider time,
        IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (!user.IsOffice) return Problems.Forbidden(l);
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(body.SubjectType)
            || body.SubjectType.Length > 40) errors.Add(new("subjectType", "Validation.Deadline.SubjectType"));
        if (body.SubjectId is null) errors.Add(new("subjectId", "Validation.Deadline.SubjectId"));
        if (string.IsNullOrWhiteSpace(body.RuleCode)
            || body.RuleCode.Length > 40) errors.Add(new("ruleCode", "Validation.Deadline.RuleCode"));
        var startedAt = body.StartedAt ?? time.GetUtcNow();
        if (!InputRules.IsSaneDate(ChinaTime.DateOf(startedAt)))
            errors.Add(new("startedAt", "InputRule.DateRange", InputRules.MinYear, InputRules.MaxYear));
        if (errors.Count > 0) return Problems.Validation(errors, l);
        var rule = await s.RuleInForceAsync(body.RuleCode!, ChinaTime.DateOf(startedAt), ct);
        if (rule is null) return Problems.Validation([new("ruleCode", "Deadline.NoRule", body.RuleCode!)], l);
        // A plan's duty has its date from the plan, not from a start: it is made by saving the plan.
        if (rule.TimeUnit == TimeUnit.FixedDate) return Problems.Validation([new("ruleCode", "Deadline.FixedDateRule", rule.Code)], l);
        var d = await s.AttachAsync(body.SubjectType!, body.SubjectId!.Value, user.JurisdictionId, body.RuleCode!, startedAt, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/deadlines/{d.Id}", await s.DtoAsync(d, ct));
    }

    private static async Task<Results<Ok<DeadlineDto>, ValidationProblem, ProblemHttpResult>> Change(Guid id, Expected expected,
        DeadlineService s, IStringLocalizer l, CancellationToken ct, FieldError[] errors,
            Action<Deadline, WorkCalendar, DateTimeOffset> change)
    {
        return ApiResults.Ok(await s.ChangeAsync(id, expected, errors, change, ct), x => x, l);
    }
}

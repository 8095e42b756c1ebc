using Dajia.Web.Data;
using Dajia.Web.Domain.Calendar;

namespace Dajia.Web.Features.Calendar;

/// <summary>Legal time-limit rules: national data, changed only behind the <see cref="Policies.RootAdmin"/> policy.</summary>
public sealed class DeadlineRuleService(AppDbContext db, CalendarStore calendars)
{
    public async Task<IReadOnlyList<DeadlineRule>> ListAsync(CancellationToken ct = default) =>
        (await db.DeadlineRules.ToListAsync(ct)).OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.EffectiveFrom).ToList();

    public async Task<DeadlineRule?> GetAsync(Guid id, CancellationToken ct = default) => await db.DeadlineRules.FindAsync([id], ct);

    /// <summary>A new version of a rule (a changed law): it must not overlap the versions already there.</summary>
    public async Task<ServiceResult<DeadlineRule>> CreateAsync(RuleInput input, CancellationToken ct = default)
    {
        var (terms, errors) = input.Parse();
        var code = input.Code?.Trim() ?? "";
        if (!System.Text.RegularExpressions.Regex.IsMatch(code, "^[a-z][a-z0-9.-]{1,39}$")) errors.Add(new("code", "Validation.Rule.Code"));
        if (errors.Count > 0) return ServiceResult<DeadlineRule>.Invalid(errors);
        if (await OverlapsAsync(code, terms, null, ct))
            return ServiceResult<DeadlineRule>.Invalid("effectiveFrom", "Validation.Rule.Overlap");
        var rule = new DeadlineRule(code, terms);
        db.DeadlineRules.Add(rule);
        await db.SaveChangesAsync(ct);
        return ServiceResult<DeadlineRule>.Ok(rule);
    }

    /// <summary>Corrects a rule. Deadlines already running keep the terms they started with.</summary>
    public async Task<ServiceResult<DeadlineRule>> UpdateAsync(Guid id, RuleInput input, CancellationToken ct = default)
    {
        var rule = await db.DeadlineRules.FindAsync([id], ct);
        if (rule is null) return ServiceResult<DeadlineRule>.NotFound();
        var (terms, errors) = input.Parse();
        if (errors.Count > 0) return ServiceResult<DeadlineRule>.Invalid(errors);
        if (await OverlapsAsync(rule.Code, terms, id, ct))
            return ServiceResult<DeadlineRule>.Invalid("effectiveFrom", "Validation.Rule.Overlap");
        rule.Update(terms);
        await db.SaveChangesAsync(ct);
        return ServiceResult<DeadlineRule>.Ok(rule);
    }

    public async Task<ServiceResult<RuleDueDto>> DueAsync(string code, DateOnly start, CancellationToken ct = default)
    {
        var rule = (await db.DeadlineRules.Where(r => r.Code == code).ToListAsync(ct)).FirstOrDefault(r => r.AppliesOn(start));
        if (rule is null) return ServiceResult<RuleDueDto>.NotFound();
        if (rule.TimeUnit == TimeUnit.FixedDate) return ServiceResult<RuleDueDto>.Invalid(
            [new("code", "Deadline.FixedDateRule", rule.Code)]);
        var calendar = await calendars.GetAsync(ct);
        Deadline d;
        try
        {
            d = Deadline.Start("preview", Guid.Empty, Guid.Empty, rule, ChinaTime.StartOf(start), calendar, "preview");
        }
        catch (DomainException e)
        {
            return ServiceResult<RuleDueDto>.Invalid([new FieldError("start", e.MessageKey, e.Args)]);
        }
        var counted = rule.TimeUnit == TimeUnit.WorkingDays ? calendar.WorkingDaysIn(start, d.DueOn).Select(x => x.Iso()).ToList() : [];
        return ServiceResult<RuleDueDto>.Ok(new RuleDueDto(RuleDto.From(rule), start.Iso(), d.DueOn.Iso(),
            ChinaTime.ToChina(d.DueAt).ToString("yyyy-MM-ddTHH:mm:sszzz"), d.Estimated, counted));
    }

    private async Task<bool> OverlapsAsync(string code, DeadlineRuleTerms t, Guid? self, CancellationToken ct) =>
        (await db.DeadlineRules.Where(r => r.Code == code && r.Id != self).ToListAsync(ct))
        .Any(r => r.EffectiveFrom <= (t.EffectiveTo ?? DateOnly.MaxValue) && t.EffectiveFrom <= (r.EffectiveTo ?? DateOnly.MaxValue));
}

using Dajia.Web.Domain.Calendar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Calendar;

[Authorize(Policy = Policies.RootAdmin)]
public sealed class RuleEditModel(DeadlineRuleService rules, IStringLocalizer<SharedResource> l) : PageModel
{
    public Guid? Id { get; private set; }

    /// <summary>The rules a new version can belong to, by name (one per code, its latest name).</summary>
    public IReadOnlyList<(string Code, string Name)> Codes { get; private set; } = [];
    public RuleInput Form { get; private set; } = new(null, null, null, TimeUnit.WorkingDays, null, 0, 0, null, null);

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        var all = await rules.ListAsync(ct);
        Codes = all.GroupBy(r => r.Code).Select(g => (g.Key, g.Last().Name)).ToList();
        if (id is null) return Page();
        var rule = all.FirstOrDefault(r => r.Id == id);
        if (rule is null) return NotFound();
        Form = new(rule.Code, rule.Name, rule.LegalBasis, rule.TimeUnit, rule.Amount, rule.ExtensionAmount, rule.MaxExtensions,
            rule.EffectiveFrom, rule.EffectiveTo);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, RuleInput form, CancellationToken ct)
    {
        (Id, Form) = (id, form);
        Codes = (await rules.ListAsync(ct)).GroupBy(r => r.Code).Select(g => (g.Key, g.Last().Name)).ToList();
        if (!ModelState.IsValid) return Page();
        var r = id is null ? await rules.CreateAsync(form, ct) : await rules.UpdateAsync(id.Value, form, ct);
        return await this.AnswerAsync(r, l, _ => this.Done(l["Rules.Saved"], "/Calendar/Rules"));
    }
}

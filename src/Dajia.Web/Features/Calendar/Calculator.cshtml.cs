using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Calendar;

/// <summary>"Received on …, rule …" → the due date and every working day counted. A GET form: bookmarkable, no JS.</summary>
public sealed class CalculatorModel(DeadlineRuleService rules, IStringLocalizer<SharedResource> l) : PageModel
{
    public string? Start { get; private set; }
    public string? Rule { get; private set; }
    public IReadOnlyList<(string Code, string Name)> Codes { get; private set; } = [];
    public RuleDueDto? Result { get; private set; }

    public async Task OnGetAsync(string? start, string? rule, CancellationToken ct)
    {
        (Start, Rule) = (start, rule);
        Codes = (await rules.ListAsync(ct)).GroupBy(r => r.Code).Select(g => (g.Key, g.Last().Name)).ToList();
        if (start is null) return;
        var errors = new List<FieldError>();
        var date = CalendarInput.Date(start, "start", errors);
        if (errors.Count > 0)
        {
            ModelState.AddTo(errors, l, "");
            return;
        }
        var r = await rules.DueAsync(rule ?? "", date!.Value, ct);
        if (r.Outcome == Features.Outcome.Ok) Result = r.Value;
        else if (r.Outcome == Features.Outcome.Invalid) ModelState.AddTo(r.Errors!, l, "");
        else ModelState.AddModelError("", l["Calculator.NoRule"]);
    }
}

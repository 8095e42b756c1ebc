using Dajia.Web.Domain.Calendar;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Calendar;

public sealed class RulesModel(DeadlineRuleService rules) : PageModel
{
    public IReadOnlyList<DeadlineRule> Rules { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rules = await rules.ListAsync(ct);
}

using Dajia.Web.Domain.Calendar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Calendar;

public sealed class RulesModel(DeadlineRuleService rules, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<DeadlineRule> Rules { get; private set; } = [];
    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rules = await rules.ListAsync(ct);
        CanEdit = await authorization.IsRootAdminAsync(User);
    }
}

using Dajia.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;

namespace Dajia.Web.Features.Cases;

/// <summary>行政处罚告知 and 陈述申辩 on the case page: the same service steps as <c>POST …/notify</c> and <c>…/statement</c>.</summary>
public sealed partial class DetailsModel
{
    public Task<IActionResult> OnPostNotifyAsync(Guid id, string? servedOn, List<string>? penalties, string? fine, bool hearingRight,
        string? text, int? version, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var day = Input.Date(servedOn, "servedOn", errors);
        var f = MoneyInput.Parse(fine, "fine", errors);
        // An unticked box is "as the law gives it": the service adds the right where 第六十三条 requires it.
        var input = new NotifyInput(day, penalties ?? [], f, hearingRight ? true : (bool?)null, text);
        return StepAsync(id, "notify", errors, () => workflow.NotifyAsync(id, input, new Expected(version), ct), ct);
    }

    public Task<IActionResult> OnPostStatementAsync(Guid id, string? kind, string? receivedOn, string? text, string? adopted,
        string? reason, bool hearingRequested, int? version, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var day = Input.Date(receivedOn, "receivedOn", errors);
        bool? taken = adopted switch { "true" => true, "false" => false, _ => null };
        var input = new StatementInput(kind, day, text, taken, reason, hearingRequested);
        return StepAsync(id, "statement", errors, () => workflow.StatementAsync(id, input, new Expected(version), ct), ct);
    }
}

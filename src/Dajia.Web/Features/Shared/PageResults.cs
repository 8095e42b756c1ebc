using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Shared;

/// <summary>
/// The one way a page model answers a service result: success → a redirect (after a flash message) that the caller
/// names; not found → 404; refused → 403; invalid → the same page with each message under its field; conflict (409,
/// e.g. an old Version) → the same page with the reason at the top, nothing changed.
/// </summary>
public static class PageResults
{
    /// <summary>Set in ViewData when the page is shown again for a refusal (409), not for input to correct.</summary>
    public const string Refused = "Dajia.Refused";

    /// <param name="ok">What success answers, usually <see cref="Done"/>.</param>
    /// <param name="again">Loads what the page shows before it is shown again with the messages.</param>
    /// <param name="prefix">The form's model name, so "officePhone" sits under "Input.OfficePhone".</param>
    public static async Task<IActionResult> AnswerAsync<T>(this PageModel page, ServiceResult<T> r, IStringLocalizer l,
        Func<T, IActionResult> ok, Func<Task>? again = null, string prefix = "")
    {
        switch (r.Outcome)
        {
            case Outcome.Ok: return ok(r.Value!);
            case Outcome.NotFound: return page.NotFound();
            case Outcome.Forbidden: return page.Forbid();
            case Outcome.Invalid: page.ModelState.AddTo(r.Errors ?? [], l, prefix); break;
            default:
                // Nothing the reader typed was wrong: the summary says the step was not taken, and a lost race says who won.
                page.ViewData[Refused] = true;
                page.ModelState.AddModelError("", r.ConflictKey == "Problem.Stale" ? l["Form.ChangedMeanwhile"] : r.ConflictText(l));
                break;
        }
        if (again is not null) await again();
        return page.Page();
    }

    /// <summary>
    /// As above, with <paramref name="again"/> answering whether the record is still there to show: a record gone or out
    /// of the reader's sight answers 404 instead of a page with nothing loaded.
    /// </summary>
    public static async Task<IActionResult> AnswerAsync<T>(this PageModel page, ServiceResult<T> r, IStringLocalizer l,
        Func<T, IActionResult> ok, Func<Task<bool>> again, string prefix = "")
    {
        var found = true;
        var answer = await page.AnswerAsync(r, l, ok, async () => { found = await again(); }, prefix);
        return found ? answer : page.NotFound();
    }

    /// <summary>
    /// For a button on a page that cannot be shown again as posted (a row of a list): success and conflict both
    /// come back to <paramref name="pageName"/>, the conflict's reason as the flash.
    /// </summary>
    public static IActionResult AnswerByFlash<T>(this PageModel page, ServiceResult<T> r, IStringLocalizer l, string okFlash,
        string pageName, object? routeValues = null) =>
        r.Outcome switch
        {
            Outcome.NotFound => page.NotFound(),
            Outcome.Forbidden => page.Forbid(),
            Outcome.Ok => page.Done(okFlash, pageName, routeValues),
            Outcome.Invalid => page.Done(string.Join(" ", (r.Errors ?? []).Select(e => e.Text(l))), pageName, routeValues),
            _ => page.Done(r.ConflictText(l), pageName, routeValues),
        };

    /// <summary>Success: the flash for the next page, then a redirect to it by page name (never a hand-written path).</summary>
    public static IActionResult Done(this PageModel page, string flash, string pageName, object? routeValues = null)
    {
        page.TempData.Flash(flash, page.Url.Page(pageName, routeValues)?.Split('?')[0]);
        return page.RedirectToPage(pageName, routeValues);
    }
}

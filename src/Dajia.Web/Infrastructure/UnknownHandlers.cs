using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Dajia.Web.Infrastructure;

/// <summary>
/// A request for which the page has no handler (a POST with no or an unknown <c>handler</c> to a page whose POST
/// handlers all have names; likewise a GET): Razor Pages would render the page without running any handler, so with
/// nothing loaded (a 500). It is 404 instead. An unnamed handler still takes any name (the framework's rule), and a page
/// with no GET handler at all still renders on GET (it has nothing to load).
/// </summary>
public sealed class UnknownHandlers : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context) { }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is not null) return;
        var method = context.HttpContext.Request.Method;
        var read = HttpMethods.IsGet(method) || HttpMethods.IsHead(method);
        var hasGet = context.ActionDescriptor.HandlerMethods
            .Any(h => string.Equals(h.HttpMethod, "Get", StringComparison.OrdinalIgnoreCase));
        if (!read || hasGet) context.Result = new NotFoundResult();
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context) { }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string MessageKey { get; private set; } = "Error.Server";

    public object[] MessageArgs { get; private set; } = [];

    public void OnGet(int? code)
    {
        // Bad input refused before or while the page ran (Infrastructure/Input): say what was wrong with it.
        var error = HttpContext.Items[Infrastructure.Input.InputGuard.RefusedKey] as Exception
            ?? HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error;
        if (Infrastructure.ErrorHandlingSetup.PageMessage(error) is { } message) (MessageKey, MessageArgs) = message;
        else MessageKey = Message(code);
    }

    private string Message(int? code) => code switch
    {
        null when HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error
            is Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException => "Problem.Stale",
        404 => "Error.NotFound",
        403 => "Error.Forbidden",
        400 => "Error.BadRequest",
        null => "Error.Server",
        _ when code < 500 => "Error.BadRequest",
        _ => "Error.Server",
    };

    public void OnPost(int? code) => OnGet(code);
}

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

    public void OnGet(int? code) => MessageKey = code switch
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

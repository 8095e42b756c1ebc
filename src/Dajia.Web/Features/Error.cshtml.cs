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
        // Bad input refused before or while the page ran (Infrastructure/Input) says what was wrong with it.
        var error = HttpContext.Items[Infrastructure.Input.InputGuard.RefusedKey] as Exception
            ?? HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error;
        // A body that grew past the limit while being read, or a disk that would not take an upload: said as what they are.
        if (error is BadHttpRequestException { StatusCode: 413 } or FileStoreUnavailableException)
        {
            code = error is FileStoreUnavailableException ? 503 : 413;
            Response.StatusCode = code.Value;
        }
        else if (ErrorHandlingSetup.PageMessage(error) is { } message)
        {
            (MessageKey, MessageArgs) = message;
            return;
        }
        MessageKey = Key(code, error);
        if (code == 413) MessageArgs = [UploadLimits.MaxRequestMegabytes];
    }

    private static string Key(int? code, Exception? error) => code switch
    {
        null when error is Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException => "Problem.Stale",
        413 => "Error.TooLarge",
        503 when error is FileStoreUnavailableException => "Upload.StoreFailed",
        404 => "Error.NotFound",
        403 => "Error.Forbidden",
        400 => "Error.BadRequest",
        null => "Error.Server",
        _ when code < 500 => "Error.BadRequest",
        _ => "Error.Server",
    };

    /// <summary>The code comes from the query only: binding it could read the form, which may be what was too large.</summary>
    public void OnPost() => OnGet(int.TryParse(Request.Query["code"], out var code) ? code : null);
}

using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Dajia.Web.Infrastructure.Input;

/// <summary>
/// The door every request passes after sign-in and rate limiting: the path, query, headers and form fields (names,
/// values and file names) must obey <see cref="InputRules"/>, and a form too big to read is refused here rather than
/// in the middle of a handler. JSON bodies are checked while they are read (<see cref="InputJson"/>). The API answers
/// a ProblemDetails; a page answers the error page with the reason in words.
/// </summary>
public sealed class InputGuard(RequestDelegate next)
{
    public const string RefusedKey = "Dajia.InputRefused";

    public async Task InvokeAsync(HttpContext ctx)
    {
        // The error page shown for a refusal runs through here again with the same request; let it through.
        var reExecuted = ctx.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || ctx.Features.Get<IExceptionHandlerFeature>() is not null;
        if (!reExecuted && await RefusalAsync(ctx.Request) is { } refused)
        {
            await RefuseAsync(ctx, refused);
            return;
        }
        await next(ctx);
    }

    private static async Task<InputRefusedException?> RefusalAsync(HttpRequest request)
    {
        if (InputRules.HasRefused(request.Path.Value)) return new("InputRule.RefusedCharacter");
        foreach (var (key, values) in request.Query)
            if (InputRules.HasRefused(key) || values.Any(InputRules.HasRefused)) return new("InputRule.RefusedCharacter");
        foreach (var (_, values) in request.Headers)
            if (values.Any(InputRules.HasRefused)) return new("InputRule.RefusedCharacter");
        if (!request.HasFormContentType) return null;
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return FormError(e);
        }
        foreach (var (key, values) in form)
            if (InputRules.HasRefused(key) || values.Any(InputRules.HasRefused)) return new("InputRule.RefusedCharacter");
        foreach (var file in form.Files)
            if (InputRules.HasRefused(file.FileName) || !IsPlainFileName(file.FileName)) return new("InputRule.FileName");
        return null;
    }

    /// <summary>
    /// Why a form could not be read: a NUL in an urlencoded value (the reader's own refusal, "%00"), or else over
    /// 1,024 fields, a field over its size limit, or a body cut short. Neither is something to answer with a 500.
    /// </summary>
    public static InputRefusedException FormError(Exception e) =>
        e is InvalidDataException { InnerException: InvalidOperationException } ? new("InputRule.RefusedCharacter")
            : new("InputRule.FormTooLarge");

    /// <summary>A file's name is its name only: no folder, no "..", nothing a path could be built from.</summary>
    private static bool IsPlainFileName(string name) =>
        name.IndexOfAny(['/', '\\', ':']) < 0 && name.Trim() is not ("." or "..") && name.Length <= 255;

    private static async Task RefuseAsync(HttpContext ctx, InputRefusedException refused)
    {
        ctx.Response.StatusCode = StatusCodes.Status400BadRequest;
        if (!ctx.Request.Path.StartsWithSegments("/api"))
        {
            // The status code pages re-execute /Error, which reads the reason from here.
            ctx.Items[RefusedKey] = refused;
            return;
        }
        var l = ctx.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        await ctx.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = ctx,
            ProblemDetails = new ProblemDetails
            {
                Status = 400, Title = l["Problem.Validation"],
                Detail = l[refused.MessageKey, refused.Args]
            },
        });
    }
}

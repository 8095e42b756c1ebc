using System.Text.Json;
using Dajia.Web.Infrastructure.Input;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace Dajia.Web.Infrastructure;

/// <summary>The one place an API exception becomes a ProblemDetails. Pages fall through to /Error.</summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems, IStringLocalizer<SharedResource> l,
    ILogger<ApiExceptionHandler> log)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext ctx, Exception exception, CancellationToken ct)
    {
        // The middleware has already pointed the request at /Error; the feature keeps the path that failed.
        var path = ctx.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? ctx.Request.Path.Value;
        if (path is null || !path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase)) return false;
        // A value of the wrong type ("12abc" for an amount) names its field, as every other refusal does. Broken JSON (the
        // reader's own JsonException inside) has a path too, but no field is wrong there: the body is.
        var field = exception is BadHttpRequestException { InnerException: JsonException j } && j.InnerException is not JsonException
            ? (j as InputRefusedException)?.Field ?? TopLevelField(j.Path) : null;
        var (status, title, detail) = exception switch
        {
            InputRefusedException r => (400, l["Problem.Validation"].Value, l[r.MessageKey, r.Args].Value),
            BadHttpRequestException { InnerException: InputRefusedException r } =>
                (400, l["Problem.Validation"].Value, l[r.MessageKey, r.Args].Value),
            InvalidDataException d => (400, l["Problem.Validation"].Value, l[InputGuard.FormError(d).MessageKey].Value),
            BadHttpRequestException { InnerException: JsonException } when field is not null =>
                (400, l["Problem.Validation"].Value, l["Problem.BadJsonField", field].Value),
            BadHttpRequestException { InnerException: JsonException } => (400, l["Problem.Validation"].Value, l["Problem.BadJson"].Value),
            BadHttpRequestException { StatusCode: 415 } => (415, l["Problem.UnsupportedMediaType"].Value, (string?)null),
            BadHttpRequestException { StatusCode: 413 } =>
                (413, l["Problem.TooLarge"].Value, l["Problem.TooLargeDetail", UploadLimits.MaxRequestMegabytes].Value),
            FileStoreUnavailableException => (503, l["Problem.StoreUnavailable"].Value, l["Upload.StoreFailed"].Value),
            BadHttpRequestException b => (b.StatusCode, l["Problem.Validation"].Value, l["Problem.BadRequest"].Value),
            DomainException d => (409, l["Problem.Conflict"].Value, l[d.MessageKey, d.Args].Value),
            // A save that lost a race the service did not expect to lose: still the other person's win, not a fault.
            Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException => (409, l["Problem.Conflict"].Value, l["Problem.Stale"].Value),
            _ => (500, l["Problem.Server"].Value, (string?)null),
        };
        if (status == 500) log.LogError(exception, "Unhandled error on {Path}", ctx.Request.Path);
        ctx.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (field is not null) problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [detail!] };
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = ctx,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>"caseValue" of the reader's path "$.caseValue"; null for a nested or unnamed place.</summary>
    private static string? TopLevelField(string? path) =>
        path is { Length: > 2 } p && p.StartsWith("$.", StringComparison.Ordinal) && p[2..].All(char.IsAsciiLetterOrDigit) ? p[2..] : null;
}

public static class ErrorHandlingSetup
{
    public static IServiceCollection AddDajiaProblemDetails(this IServiceCollection services)
    {
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            var l = ctx.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            var status = ctx.ProblemDetails.Status ?? ctx.HttpContext.Response.StatusCode;
            var key = status switch
            {
                401 => "Problem.Unauthorized",
                403 => "Problem.Forbidden",
                404 => "Problem.NotFound",
                405 => "Problem.MethodNotAllowed",
                400 => "Problem.Validation",
                413 => "Problem.TooLarge",
                415 => "Problem.UnsupportedMediaType",
                429 => "Problem.TooMany",
                _ => null,
            };
            if (status == 413) ctx.ProblemDetails.Detail ??= l["Problem.TooLargeDetail", UploadLimits.MaxRequestMegabytes];
            // Framework-made bodies carry English titles; ours are already localised and are left alone.
            if (key is not null && (ctx.ProblemDetails.Title is null || IsFrameworkTitle(ctx.ProblemDetails.Title)))
                ctx.ProblemDetails.Title = l[key];
            ctx.ProblemDetails.Extensions["traceId"] = ctx.HttpContext.Features.Get<IHttpActivityFeature>()?.Activity.Id
                ?? ctx.HttpContext.TraceIdentifier;
        });
        return services;
    }

    private static bool IsFrameworkTitle(string title) => title.All(c => c < 128);

    /// <summary>The status a page request gets for an exception (the API's come from <see cref="ApiExceptionHandler"/>).</summary>
    public static int StatusOf(Exception e) => e switch
    {
        InputRefusedException or InvalidDataException => 400,
        BadHttpRequestException b => b.StatusCode,
        Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException or DomainException => 409,
        _ => 500,
    };

    /// <summary>The page message for an exception that is the sender's fault, or null.</summary>
    public static (string Key, object[] Args)? PageMessage(Exception? e) => e switch
    {
        InputRefusedException r => (r.MessageKey, r.Args),
        DomainException d => (d.MessageKey, d.Args),
        BadHttpRequestException { InnerException: InputRefusedException r } => (r.MessageKey, r.Args),
        InvalidDataException d => (InputGuard.FormError(d).MessageKey, []),
        BadHttpRequestException { StatusCode: 413 } => ("InputRule.FormTooLarge", []),
        BadHttpRequestException => ("Error.BadRequest", []),
        _ => null,
    };

    public static WebApplication UseDajiaErrorPages(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/Error", StatusCodeSelector = StatusOf });
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), a => a.UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), a => a.UseStatusCodePagesWithReExecute("/Error", "?code={0}"));
        return app;
    }
}

namespace Dajia.Web.Features;

public enum Outcome
{
    Ok,
    NotFound,
    Forbidden,
    Invalid,
    Conflict,
}

/// <summary>
/// What a feature service tells its two faces, each of which words it its own way: the API through
/// <see cref="ApiResults"/> (200/201/204, 400/403/404/409 ProblemDetails), a page through
/// <see cref="Shared.PageResults"/> (a redirect with a flash, or the same page with the messages).
/// </summary>
public sealed record ServiceResult<T>(
    Outcome Outcome, T? Value = default, IReadOnlyList<FieldError>? Errors = null, string? ConflictKey = null,
    object[]? ConflictArgs = null)
{
    public static ServiceResult<T> Ok(T value) => new(Outcome.Ok, value);
    public static ServiceResult<T> NotFound() => new(Outcome.NotFound);
    public static ServiceResult<T> Forbidden() => new(Outcome.Forbidden);
    public static ServiceResult<T> Invalid(IReadOnlyList<FieldError> errors) => new(Outcome.Invalid, Errors: errors);
    public static ServiceResult<T> Invalid(string field, string messageKey, params object[] args) =>
        Invalid([new(field, messageKey, args)]);

    /// <summary>Someone else saved the record since the caller read it.</summary>
    public static ServiceResult<T> Stale() => Conflict("Problem.Stale");

    public static ServiceResult<T> Conflict(string messageKey, params object[] args) =>
        new(Outcome.Conflict, ConflictKey: messageKey, ConflictArgs: args);

    /// <summary>The same failure carried over to a result of another type (the value of a failure is never read).</summary>
    public ServiceResult<TOther> As<TOther>() =>
        Outcome == Outcome.Ok
            ? throw new InvalidOperationException("Only a failure can be carried over.")
            : new(Outcome, default, Errors, ConflictKey, ConflictArgs);

    /// <summary>The same success with the value turned into another shape.</summary>
    public ServiceResult<TOther> Map<TOther>(Func<T, TOther> map) =>
        Outcome == Outcome.Ok ? ServiceResult<TOther>.Ok(map(Value!)) : As<TOther>();
}

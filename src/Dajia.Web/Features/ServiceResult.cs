using Dajia.Web.Domain;

namespace Dajia.Web.Features;

public enum Outcome
{
    Ok,
    NotFound,
    Forbidden,
    Invalid,
    Conflict,
}

/// <summary>What a feature service tells its two faces (page and API), each of which words it its own way.</summary>
public sealed record ServiceResult<T>(
    Outcome Outcome, T? Value = default, IReadOnlyList<FieldError>? Errors = null, string? ConflictKey = null, object[]? ConflictArgs = null)
{
    public static ServiceResult<T> Ok(T value) => new(Outcome.Ok, value);
    public static ServiceResult<T> NotFound() => new(Outcome.NotFound);
    public static ServiceResult<T> Forbidden() => new(Outcome.Forbidden);
    public static ServiceResult<T> Invalid(IReadOnlyList<FieldError> errors) => new(Outcome.Invalid, Errors: errors);
    /// <summary>Someone else saved the record since the caller read it.</summary>
    public static ServiceResult<T> Stale() => Conflict("Problem.Stale");
    public static ServiceResult<T> Conflict(string messageKey, params object[] args) => new(Outcome.Conflict, ConflictKey: messageKey, ConflictArgs: args);
}

using Microsoft.AspNetCore.Http.HttpResults;

namespace Dajia.Web.Features;

/// <summary>
/// The one mapping from a service result to an HTTP answer, shared by every area's API: the value as 200, a create as
/// 201 with the new record's address in Location, a removal as 204; a failure as ProblemDetails (400 with the field
/// messages, 403, 404, 409 with the reason), always in the request's language. Typed results, so OpenAPI lists them.
/// </summary>
public static class ApiResults
{
    public static Results<Ok<T>, ValidationProblem, ProblemHttpResult> ToOk<T>(this ServiceResult<T> r, IStringLocalizer l) =>
        r.ToOk(x => x, l);

    public static Results<Ok<TDto>, ValidationProblem, ProblemHttpResult> ToOk<T, TDto>(
        this ServiceResult<T> r, Func<T, TDto> map, IStringLocalizer l) =>
        r.Outcome switch
        {
            Outcome.Ok => TypedResults.Ok(map(r.Value!)),
            Outcome.Invalid => Problems.Validation(r.Errors!, l),
            _ => Problems.For(r.Outcome, r.ConflictKey, l, r.ConflictArgs),
        };

    /// <summary>201 with <paramref name="location"/> (the record's GET address) and the record as the body.</summary>
    public static Results<Created<T>, ValidationProblem, ProblemHttpResult> ToCreated<T>(
        this ServiceResult<T> r, Func<T, string> location, IStringLocalizer l) =>
        r.ToCreated(x => x, location, l);

    public static Results<Created<TDto>, ValidationProblem, ProblemHttpResult> ToCreated<T, TDto>(
        this ServiceResult<T> r, Func<T, TDto> map, Func<TDto, string> location, IStringLocalizer l)
    {
        if (r.Outcome == Outcome.Invalid) return Problems.Validation(r.Errors!, l);
        if (r.Outcome != Outcome.Ok) return Problems.For(r, l);
        var dto = map(r.Value!);
        return TypedResults.Created(location(dto), dto);
    }

    public static Results<NoContent, ValidationProblem, ProblemHttpResult> ToNoContent<T>(this ServiceResult<T> r, IStringLocalizer l) =>
        r.Outcome switch
        {
            Outcome.Ok => TypedResults.NoContent(),
            Outcome.Invalid => Problems.Validation(r.Errors!, l),
            _ => Problems.For(r, l),
        };

    // The forms every area used before the extensions; kept so callers read either way.
    public static Results<Ok<TDto>, ValidationProblem, ProblemHttpResult> Ok<T, TDto>(
        ServiceResult<T> r, Func<T, TDto> map, IStringLocalizer l) =>
        r.ToOk(map, l);

    public static Results<Created<T>, ValidationProblem, ProblemHttpResult> Created<T>(
        ServiceResult<T> r, Func<T, string> location, IStringLocalizer l) =>
        r.ToCreated(location, l);

    public static Results<Created<TDto>, ValidationProblem, ProblemHttpResult> Created<T, TDto>(
        ServiceResult<T> r, Func<T, TDto> map, Func<TDto, string> location, IStringLocalizer l) =>
        r.ToCreated(map, location, l);

    /// <summary>A stored file: 404 when the record is not visible or the file is gone, 409 when its bytes were changed on disk.</summary>
    public static Results<FileContentHttpResult, ProblemHttpResult> File(FileRead? read, IStringLocalizer l) => read switch
    {
        { State: FileState.Ok } => TypedResults.File(read.Content!, read.ContentType, read.FileName),
        { State: FileState.Tampered } => Problems.Conflict(l, l["Upload.Tampered"]),
        _ => Problems.NotFound(l),
    };
}

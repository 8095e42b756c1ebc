using Dajia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Dajia.Web.Features;

/// <summary>The one mapping from a service outcome to an HTTP answer, shared by every area's API.</summary>
public static class ApiResults
{
    public static Results<Ok<TDto>, ValidationProblem, ProblemHttpResult> Ok<T, TDto>(ServiceResult<T> r, Func<T, TDto> map, IStringLocalizer l) =>
        r.Outcome switch
        {
            Outcome.Ok => TypedResults.Ok(map(r.Value!)),
            Outcome.Invalid => Problems.Validation(r.Errors!, l),
            _ => Problems.For(r.Outcome, r.ConflictKey, l, r.ConflictArgs),
        };

    public static Results<Created<T>, ValidationProblem, ProblemHttpResult> Created<T>(ServiceResult<T> r, Func<T, string> location, IStringLocalizer l) =>
        Created(r, x => x, location, l);

    public static Results<Created<TDto>, ValidationProblem, ProblemHttpResult> Created<T, TDto>(
        ServiceResult<T> r, Func<T, TDto> map, Func<TDto, string> location, IStringLocalizer l) =>
        r.Outcome switch
        {
            Outcome.Ok => TypedResults.Created(location(map(r.Value!)), map(r.Value!)),
            Outcome.Invalid => Problems.Validation(r.Errors!, l),
            _ => Problems.For(r.Outcome, r.ConflictKey, l, r.ConflictArgs),
        };

    /// <summary>A stored file: 404 when the record is not visible or the file is gone, 409 when its bytes were changed on disk.</summary>
    public static Results<FileContentHttpResult, ProblemHttpResult> File(FileRead? read, IStringLocalizer l) => read switch
    {
        { State: FileState.Ok } => TypedResults.File(read.Content!, read.ContentType, read.FileName),
        { State: FileState.Tampered } => Problems.Conflict(l, l["Upload.Tampered"]),
        _ => Problems.NotFound(l),
    };
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Dajia.Web.Infrastructure;

/// <summary>Turns domain validation into RFC 9457 bodies and page messages, always in the request's language.</summary>
public static class Problems
{
    public static ValidationProblem Validation(IEnumerable<FieldError> errors, IStringLocalizer l) =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Text(l)).ToArray()),
            title: l["Problem.Validation"]);

    public static ProblemHttpResult NotFound(IStringLocalizer l, string? detail = null) =>
        TypedResults.Problem(statusCode: 404, title: l["Problem.NotFound"], detail: detail);

    public static ProblemHttpResult Forbidden(IStringLocalizer l, string? detail = null) =>
        TypedResults.Problem(statusCode: 403, title: l["Problem.Forbidden"], detail: detail);

    public static ProblemHttpResult Conflict(IStringLocalizer l, string detail) =>
        TypedResults.Problem(statusCode: 409, title: l["Problem.Conflict"], detail: detail);

    /// <summary>The answer for a failed service call that is not a validation failure.</summary>
    public static ProblemHttpResult For(Features.Outcome outcome, string? conflictKey, IStringLocalizer l, object[]? args = null) =>
        outcome switch
        {
            Features.Outcome.Forbidden => Forbidden(l),
            Features.Outcome.Conflict => Conflict(l, l[conflictKey ?? "Problem.Conflict", args ?? []]),
            _ => NotFound(l),
        };

    /// <summary>The answer for a failed service result that is not a validation failure.</summary>
    public static ProblemHttpResult For<T>(Features.ServiceResult<T> r, IStringLocalizer l) =>
        For(r.Outcome, r.ConflictKey, l, r.ConflictArgs);

    /// <summary>Why a service refused with a conflict (409), worded for a person: "已被他人修改，请刷新后重试".</summary>
    public static string ConflictText<T>(this Features.ServiceResult<T> r, IStringLocalizer l) =>
        l[r.ConflictKey ?? "Problem.Conflict", r.ConflictArgs ?? []];

    public static ProblemHttpResult BadRequest(IStringLocalizer l, string detail) =>
        TypedResults.Problem(statusCode: 400, title: l["Problem.Validation"], detail: detail);

    /// <summary>
    /// Field "officePhone" → form key "Input.OfficePhone" so the message sits under its input; a message that does not
    /// say its field gets the field's name before it (<see cref="Features.Shared.FieldNames.Labelled"/>), since every
    /// form's summary lists it away from its input.
    /// </summary>
    public static void AddTo(this ModelStateDictionary state, IEnumerable<FieldError> errors, IStringLocalizer l, string prefix = "Input")
    {
        foreach (var e in errors)
            state.AddModelError(FormKey(e.Field, prefix), Features.Shared.FieldNames.Labelled(e, l));
    }

    public static string FormKey(string field, string prefix = "Input")
    {
        var name = field.Length == 0 ? "" : char.ToUpperInvariant(field[0]) + field[1..];
        return prefix.Length > 0 ? prefix + "." + name : name;
    }

    public static string Text(this FieldError e, IStringLocalizer l) => l.Word(e.MessageKey, e.Args);
}

using Dajia.Web.Features.PublicPortal;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Dajia.Web.Features.Cases;

/// <summary>
/// Which of a page's many forms was posted (its hidden <c>form</c> field): after a refusal that form alone comes back
/// with what was typed and each message under its field; the other forms stay as they were.
/// </summary>
public sealed class PostedForm(HttpRequest request, ModelStateDictionary state)
{
    private readonly string _form = request.HasFormContentType ? request.Form["form"].ToString() : "";

    public bool Is(string form) => _form == form;

    public string? Typed(string form, string field) => Is(form) ? request.Form[field].ToString() : null;

    /// <summary>Every value of a field posted more than once (checkboxes), none when another form was posted.</summary>
    public IReadOnlyList<string> All(string form, string field) =>
        Is(form) ? request.Form[field].Where(v => v is not null).Select(v => v!).ToList() : [];

    public string? Error(string form, string key) => Is(form) ? state.ErrorFor(key) : null;

    public string? Bad(string form, string key) => Error(form, key) is null ? null : "input-validation-error";
}

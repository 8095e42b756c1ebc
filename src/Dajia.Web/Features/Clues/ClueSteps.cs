using Dajia.Web.Features.PublicPortal;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Dajia.Web.Features.Clues;

/// <summary>
/// What the clue page's step forms share. A refused step comes back with what was typed in its form (and only its form)
/// and each message under its field: the form posted is the one whose <c>action</c> came back.
/// </summary>
public sealed class ClueSteps(ClueDto clue, HttpRequest request, ModelStateDictionary modelState)
{
    public string Posted { get; } = request.HasFormContentType ? request.Form["action"].ToString() : "";

    public bool Can(string action) => clue.AllowedActions.Contains(action);

    public string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd") ?? "";

    public string? Typed(string action, string field) => Posted == action ? request.Form[field].ToString() : null;

    public string? Error(string action, string key) => Posted == action ? modelState.ErrorFor(key) : null;

    public string? Bad(string action, string key) => Error(action, key) is null ? null : "input-validation-error";

    /// <summary>A refused 核查 that carried files: the browser will not send them again, so the page says so.</summary>
    public bool FilesDropped(string action, string key) =>
        Error(action, key) is null && Posted == action && !modelState.IsValid && request.Form.Files.Count > 0;
}

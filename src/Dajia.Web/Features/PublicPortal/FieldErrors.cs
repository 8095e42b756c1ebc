using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Dajia.Web.Features.PublicPortal;

public static class FieldErrors
{
    /// <summary>The messages for a field (and its items, photos[0] …), for the page to show under it and mark it.</summary>
    public static string? ErrorFor(this ModelStateDictionary state, string key) =>
        state.Where(e => e.Key.Equals(key, StringComparison.OrdinalIgnoreCase)
                || e.Key.StartsWith(key + "[", StringComparison.OrdinalIgnoreCase))
            .SelectMany(e => e.Value!.Errors).Select(e => e.ErrorMessage).ToList() is { Count: > 0 } m ? string.Join(" ", m) : null;
}

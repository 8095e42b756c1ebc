using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Dajia.Web.Features.Shared;

/// <summary>What the _Pager partial shows: where the list is and how to link to another page with the same filters.</summary>
public sealed record Pager(int Page, int Total, bool TotalCapped, bool HasMore, Func<int, string> Link)
{
    public static Pager Of<T>(PagedList<T> list, Func<int, string> link) =>
        new(list.Page, list.Total, list.TotalCapped, list.HasMore, link);

    /// <summary>
    /// A list page's page number from its query string ("pageNumber": "page" is Razor Pages' own route value). A bad
    /// one is a message on the page (through the validation summary), and the first page is shown.
    /// </summary>
    public static PageRequest Request(string? pageNumber, ModelStateDictionary state, IStringLocalizer l,
        int pageSize = PageRequest.DefaultSize)
    {
        var errors = new List<FieldError>();
        var request = PageRequest.Parse(pageNumber, null, errors, "pageNumber");
        if (errors.Count == 0) return request with { PageSize = pageSize };
        Infrastructure.Problems.AddTo(state, errors, l, prefix: "");
        return PageRequest.First with { PageSize = pageSize };
    }
}

namespace Dajia.Web.Features.Shared;

/// <summary>
/// Which page of a list: 1-based page and its size, checked at the door (eShop's PaginationRequest). A bad value is a
/// field error naming the parameter, never clamped in silence. Without the page cap, page 2147483647 made
/// (page - 1) * size overflow into a negative offset and the first page came back under the wrong number.
/// </summary>
public sealed record PageRequest(int Page = 1, int PageSize = PageRequest.DefaultSize)
{
    public const int DefaultSize = 50;
    public const int MaxSize = 200;
    public const int MaxPage = 10_000;

    public static readonly PageRequest First = new();

    public int Skip => (Page - 1) * PageSize;

    /// <summary>
    /// Query text to a request; an absent value takes its default. <paramref name="pageField"/> names the page
    /// parameter in the error ("page" for the API, "pageNumber" on pages, where "page" is the page's own route value).
    /// </summary>
    public static PageRequest Parse(string? page, string? pageSize, List<FieldError> errors, string pageField = "page")
    {
        var p = Input.Int(page, pageField, 1, MaxPage, errors) ?? 1;
        var size = Input.Int(pageSize, "pageSize", 1, MaxSize, errors) ?? DefaultSize;
        return new PageRequest(p, size);
    }

    /// <summary>For callers inside the app (exports, tests) that build a request in code: kept in range, not refused.</summary>
    public static PageRequest Clamped(int page, int pageSize) =>
        new(Math.Clamp(page, 1, MaxPage), Math.Clamp(pageSize, 1, MaxSize));
}

/// <summary>Page and size as the API's query string carries them, bound with [AsParameters] and parsed by <see
/// cref="PageRequest"/>.</summary>
public sealed record PageQuery(string? Page, string? PageSize)
{
    public PageRequest Parse(List<FieldError> errors) => PageRequest.Parse(Page, PageSize, errors);
}

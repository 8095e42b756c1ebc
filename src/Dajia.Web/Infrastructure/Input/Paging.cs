namespace Dajia.Web.Infrastructure.Input;

/// <summary>
/// Page numbers from a query: at least 1 and at most <see cref="MaxPage"/>. Without the cap, page 2147483647 made
/// (page - 1) * size overflow into a negative offset and the first page came back under the wrong number.
/// </summary>
public static class Paging
{
    public const int MaxPage = 10_000;

    public static int Page(int page) => Math.Clamp(page, 1, MaxPage);
}

using System.Text.Json.Serialization;

namespace Dajia.Web.Features.Shared;

/// <summary>
/// One page of a list, as every list answers it (API and pages). <see cref="Total"/> is exact unless
/// <see cref="TotalCapped"/>: then counting stopped at the cap and the true total is at least that ("10000+").
/// </summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, bool TotalCapped = false)
{
    public static PagedList<T> Empty(PageRequest request) => new([], request.Page, request.PageSize, 0);

    /// <summary>Another page follows: a counted total says so; past a capped count a full page may have a successor.</summary>
    [JsonPropertyOrder(1)]
    public bool HasMore => Page * PageSize < Total || TotalCapped && Items.Count == PageSize;

    public PagedList<TOut> Select<TOut>(Func<T, TOut> map) => new(Items.Select(map).ToList(), Page, PageSize, Total, TotalCapped);
}

/// <summary>A count, exact or stopped at a cap.</summary>
public readonly record struct ListCount(int Total, bool Capped);

public static class Paging
{
    /// <summary>
    /// Counts a query, stopping after <paramref name="cap"/> rows when one is given: an exact count of a province's
    /// clues or a year of audit entries costs more than it tells.
    /// </summary>
    public static async Task<ListCount> CountForPageAsync<T>(this IQueryable<T> q, int? cap, CancellationToken ct)
    {
        if (cap is not { } c) return new(await q.CountAsync(ct), false);
        var counted = await q.Take(c + 1).CountAsync(ct);
        return new(Math.Min(counted, c), counted > c);
    }

    /// <summary>The request's rows of a query that is already ordered (with a unique last key, so pages neither repeat nor skip).</summary>
    public static IQueryable<T> PageOf<T>(this IQueryable<T> q, PageRequest request) =>
        q.Skip(request.Skip).Take(request.PageSize);

    public static PagedList<T> ToPage<T>(this IReadOnlyList<T> items, PageRequest request, ListCount count) =>
        new(items, request.Page, request.PageSize, count.Total, count.Capped);

    /// <summary>An ordered query's page and its count, in two queries.</summary>
    public static async Task<PagedList<T>> ToPageAsync<T>(this IQueryable<T> q, PageRequest request, CancellationToken ct,
        int? countCap = null)
    {
        var count = await q.CountForPageAsync(countCap, ct);
        var rows = await q.PageOf(request).ToListAsync(ct);
        return rows.ToPage(request, count);
    }
}

/// <summary>
/// A list that is small by nature (the units of a town, its key areas, its users) and is always answered whole: no
/// page, no cap. A list that can grow without bound answers a <see cref="PagedList{T}"/> instead.
/// </summary>
public sealed record ItemsDto<T>(IReadOnlyList<T> Items);

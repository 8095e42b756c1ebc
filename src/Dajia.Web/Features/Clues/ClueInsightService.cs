using Dajia.Web.Data;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Domain.MarketEntities;
using Dajia.Web.Features.Shared.Xlsx;

namespace Dajia.Web.Features.Clues;

public sealed record DuplicateCandidate(Guid Id, string Number, string Summary, ClueStatus Status, int Score);

public sealed record CountDto(string Key, int Count);

public sealed record HotSpotsDto(DateOnly From, DateOnly To, int Total, IReadOnlyList<CountDto> ByCategory,
    IReadOnlyList<CountDto> ByMerchant,
    IReadOnlyList<CountDto> ByArea, IReadOnlyList<CountDto> ByMonth);

/// <summary>Likely duplicates, hot spots and the spreadsheet export — all from the clue text, never from an identity.</summary>
public sealed class ClueInsightService(ClueService clues, AppDbContext db, Infrastructure.Auth.CurrentUser user,
    IStringLocalizer<SharedResource> l)
{
    /// <summary>Open clues of the same jurisdiction about the same entity or merchant, or sharing much of their text.</summary>
    /// <summary>Null when the clue is not the caller's to see (the API answers 404, as for the clue itself).</summary>
    public async Task<IReadOnlyList<DuplicateCandidate>?> DuplicatesOfAsync(Guid id, CancellationToken ct = default)
    {
        var clue = await clues.Visible().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (clue is null) return null;
        var since = clue.ReceivedAt.AddDays(-180);
        var others = await clues.Visible().Where(c => c.Id != id && c.JurisdictionId == clue.JurisdictionId && c.ReceivedAt >= since
                && c.Status != ClueStatus.Duplicate && c.Status != ClueStatus.Rejected)
            .OrderByDescending(c => c.ReceivedAt).Take(500).ToListAsync(ct);
        var mine = Tokens(clue);
        return others.Select(o =>
            {
                var score = Jaccard(mine, Tokens(o));
                if (clue.MarketEntityId is not null && o.MarketEntityId == clue.MarketEntityId) score += 50;
                if (clue.MerchantName is { } m && o.MerchantName == m) score += 40;
                return new DuplicateCandidate(o.Id, o.Number,
                    o.MerchantName ?? (o.Description.Length > 30 ? o.Description[..30] + "…" : o.Description), o.Status, score);
            })
            .Where(c => c.Score >= 35).OrderByDescending(c => c.Score).Take(5).ToList();
    }

    /// <summary>The period asked for, as yyyy-MM-dd: by default the last twelve months up to today; it may not end before it
    /// starts.</summary>
    public static (DateOnly? From, DateOnly? To) Period(string? from, string? to, DateOnly today, List<FieldError> errors)
    {
        var f = string.IsNullOrWhiteSpace(from) ? today.AddYears(-1).AddDays(1) : Input.Date(from, "from", errors);
        var t = string.IsNullOrWhiteSpace(to) ? today : Input.Date(to, "to", errors);
        if (errors.Count == 0 && t < f) errors.Add(new("to", "Validation.Clue.Period"));
        return (f, t);
    }

    /// <summary>Counted by the database: a province's year can hold hundreds of thousands of clues.</summary>
    public async Task<HotSpotsDto> HotSpotsAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var visible = await clues.VisibleAsync(ct);
        var q = Received(visible, from, to);
        var byCategory = (await q.GroupBy(c => c.Category).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .Select(x => new CountDto(l["ClueCategory." + x.Key].Value, x.Count));
        var byMerchant = await HotSpotMerchants.CountAsync(q, db.Visible<MarketEntity>(user), l, ct);
        // By the clue's own key area (proposed at intake or settled by staff), not through an entity it may not name.
        var byArea = (await (from c in q
                             join k in db.Visible<KeyArea>(user) on c.KeyAreaId equals (Guid?)k.Id
                             group c by k.Name into g
                             select new { g.Key, Count = g.Count() })
            .OrderByDescending(x => x.Count).ThenBy(x => x.Key).Take(10).ToListAsync(ct)).Select(x => new CountDto(x.Key, x.Count));
        var byMonth = new List<CountDto>();
        // Only the months that hold clues are counted, however wide the period asked for.
        var first = await q.OrderBy(c => c.ReceivedAt).Select(c => (DateTimeOffset?)c.ReceivedAt).FirstOrDefaultAsync(ct);
        var latest = await q.OrderByDescending(c => c.ReceivedAt).Select(c => (DateTimeOffset?)c.ReceivedAt).FirstOrDefaultAsync(ct);
        if (first is { } earliest && latest is { } newest)
        {
            for (var month = FirstOfMonth(ChinaTime.DateOf(earliest)); month <= ChinaTime.DateOf(newest); month = month.AddMonths(1))
            {
                var last = month.AddMonths(1).AddDays(-1);
                var count = await Received(visible, month < from ? from : month, last > to ? to : last).CountAsync(ct);
                if (count > 0) byMonth.Add(new CountDto(month.ToString("yyyy-MM"), count));
            }
        }
        return new HotSpotsDto(from, to, byMonth.Sum(m => m.Count), Top(byCategory), Top(byMerchant), Top(byArea), byMonth);
    }

    /// <summary>Clues received in the period that are about something: a rejected one or a merged duplicate is not counted
    /// (the page says so), or one shop would count twice for one sale and a refused report would make a hot spot.</summary>
    private static IQueryable<Clue> Received(IQueryable<Clue> visible, DateOnly from, DateOnly to)
    {
        var (start, end) = (ChinaTime.StartOf(from), ChinaTime.StartOf(to.AddDays(1)));
        return visible.Where(c => c.ReceivedAt >= start && c.ReceivedAt < end
            && c.Status != ClueStatus.Rejected && c.Status != ClueStatus.Duplicate);
    }

    private static DateOnly FirstOfMonth(DateOnly d) => new(d.Year, d.Month, 1);

    private static List<CountDto> Top(IEnumerable<CountDto> counts) =>
        counts.OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal).Take(10).ToList();

    /// <summary>At most this many rows go into one file; past it the title row says the file is a part.</summary>
    public const int MaxExportRows = 50_000;

    /// <summary>The filtered list as .xlsx: what the list shows, and never who reported.</summary>
    public async Task<byte[]> ExportAsync(ClueQuery query, CancellationToken ct = default)
    {
        var all = new List<ClueListItem>();
        PagedList<ClueListItem> page;
        var number = 1;
        do
        {
            page = await clues.ListAsync(query with { Paging = new PageRequest(number++, PageRequest.MaxSize) }, ct);
            all.AddRange(page.Items);
        }
        while (page.HasMore && all.Count < MaxExportRows);
        var title = l["Clues.ExportTitle", l["Nav.Clues"], all.Count].Value;
        if (page.HasMore) title += l["Export.Partial", all.Count].Value;
        return ListWorkbook.Build(title, ExportColumns(), all, l["Nav.Clues"]);
    }

    private List<ListColumn<ClueListItem>> ExportColumns() =>
    [
        new(l["Clues.Number"], c => c.Number, 16), new(l["Clues.Received"], c => ChinaTime.DateOf(c.ReceivedAt), 12),
        new(l["Portal.Kind"], c => l["ClueKind." + c.Kind].Value), new(l["Portal.Category"], c => l["ClueCategory." + c.Category].Value),
        new(l["Clues.Source"], c => l["ClueSource." + c.Source].Value), new(l["Clues.Summary"], c => c.Summary, 40),
        new(l["Clues.Status"], c => l[ClueStatusLabels.Key(c.Kind, c.Status)].Value), new(l["Clues.Unit"], c => c.AssignedUnitName, 20),
        new(l["Clues.Due"], c => c.DueOn, 12), new(l["Clues.DueState"], c => c.DueState is { } s ? l["DeadlineState." + s].Value : null),
    ];

    private static HashSet<string> Tokens(Clue c) => c.SearchText.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();

    private static int Jaccard(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 0 : (int)(100.0 * a.Intersect(b).Count() / a.Union(b).Count());
}

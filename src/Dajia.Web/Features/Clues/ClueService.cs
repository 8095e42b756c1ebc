using Dajia.Web.Data;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Domain.Units;
using Dajia.Web.Features.Calendar;

namespace Dajia.Web.Features.Clues;

public sealed record ClueQuery(
    string? Q, ClueStatus? Status, ClueSource? Source, ClueKind? Kind, Guid? UnitId, bool Overdue, PageRequest? Paging = null,
    ClueSort Sort = ClueSort.Newest);

/// <summary>How a list is ordered: newest or oldest first, the nearest open time limit first, or by number.</summary>
public enum ClueSort { Newest, Oldest, DueSoonest, Number }

/// <summary>
/// Clues for staff. The office sees every clue of its jurisdiction; a liaison only those assigned to their unit;
/// leaders read. The informant appears only as an alias — see <see cref="ClueIdentityService"/> for the one way in.
/// </summary>
public sealed class ClueService(AppDbContext db, CurrentUser user, TimeProvider time, CalendarStore calendars,
    Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> l)
{
    public IQueryable<Clue> Visible() => db.Visible<Clue>(user);

    public Task<IQueryable<Clue>> VisibleAsync(CancellationToken ct = default) => db.VisibleAsync<Clue>(user, ct);

    private IQueryable<Deadline> ClueDeadlines => db.Visible<Deadline>(user).Where(d => d.SubjectType == DeadlineSubjects.Clue);

    private IQueryable<Deadline> OpenClueDeadlines => ClueDeadlines.Where(d => d.MetAt == null && d.EndedAt == null);

    public async Task<PagedList<ClueListItem>> ListAsync(ClueQuery query, CancellationToken ct = default)
    {
        if (await FastSearchAsync(query, ct) is { } fast) return fast;
        var q = query.Q?.Trim() is { Length: > 0 } text ? Search(ClueSearch.QueryTokens(text)) : await VisibleAsync(ct);
        if (query.Status is { } s) q = q.Where(c => c.Status == s);
        if (query.Source is { } src) q = q.Where(c => c.Source == src);
        if (query.Kind is { } k) q = q.Where(c => c.Kind == k);
        if (query.UnitId is { } u) q = q.Where(c => c.AssignedUnitId == u);
        var now = time.GetUtcNow();
        if (query.Overdue)
            q = q.Where(c => OpenClueDeadlines.Any(d => d.SubjectId == c.Id && d.DueAt < now));
        var paging = query.Paging ?? PageRequest.First;
        // Counting stops past the cap ("10000+"), as the search does: an exact count of a province's clues costs more than it tells.
        var count = await q.CountForPageAsync(SqliteClueSearch.CountCap, ct);
        var rows = query.Sort == ClueSort.DueSoonest ? await DueSoonestAsync(q, paging.Skip, paging.PageSize, ct)
            : await Ordered(q, query.Sort).PageOf(paging).ToListAsync(ct);
        return await PageOfAsync(rows, paging, count, ct);
    }

    /// <summary>A plain search (no other filter) on SQLite goes straight to the index; anything else takes the general path.</summary>
    private async Task<PagedList<ClueListItem>?> FastSearchAsync(ClueQuery query, CancellationToken ct)
    {
        if (!db.Database.IsSqlite() || query.Q?.Trim() is not { Length: > 0 } text || query.Status is not null || query.Source is not null
            || query.Kind is not null || query.UnitId is not null || query.Overdue || query.Sort != ClueSort.Newest) return null;
        var tokens = ClueSearch.QueryTokens(text);
        if (tokens.Count == 0) return null;
        var paging = query.Paging ?? PageRequest.First;
        var (ids, total, capped) = await SqliteClueSearch.PageAsync(db, user, Fts5Match(tokens), paging.Skip, paging.PageSize, ct);
        var found = await Visible().Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        return await PageOfAsync(ids.Select(id => found.First(c => c.Id == id)).ToList(), paging, new ListCount(total, capped), ct);
    }

    // The id breaks ties (reports arriving in the same instant), so pages neither repeat nor skip a clue.
    private static IOrderedQueryable<Clue> Ordered(IQueryable<Clue> q, ClueSort sort) => sort switch
    {
        ClueSort.Oldest => q.OrderBy(c => c.ReceivedAt).ThenBy(c => c.Id),
        ClueSort.Number => q.OrderBy(c => c.Number).ThenBy(c => c.Id),
        _ => q.OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id),
    };

    /// <summary>
    /// Clues with an open time limit first, the nearest first, found from the open deadlines (few) rather than by
    /// asking every clue for its own (many); the clues without one follow, newest first.
    /// </summary>
    private async Task<List<Clue>> DueSoonestAsync(IQueryable<Clue> q, int skip, int take, CancellationToken ct)
    {
        var open = OpenClueDeadlines;
        var dues = open.GroupBy(d => d.SubjectId).Select(g => new { Id = g.Key, Due = g.Min(d => d.DueAt) });
        var withDue = q.Join(dues, c => c.Id, x => x.Id, (c, x) => new { Clue = c, x.Due });
        var rows = await withDue.OrderBy(x => x.Due).ThenByDescending(x => x.Clue.ReceivedAt).ThenByDescending(x => x.Clue.Id)
            .Skip(skip).Take(take).Select(x => x.Clue).ToListAsync(ct);
        if (rows.Count == take) return rows;
        var before = await withDue.CountAsync(ct);
        rows.AddRange(await Ordered(q.Where(c => !open.Any(d => d.SubjectId == c.Id)), ClueSort.Newest)
            .Skip(Math.Max(0, skip - before)).Take(take - rows.Count).ToListAsync(ct));
        return rows;
    }

    private async Task<PagedList<ClueListItem>> PageOfAsync(List<Clue> rows, PageRequest paging, ListCount count, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var ids = rows.Select(r => r.Id).ToList();
        var open = await OpenClueDeadlines.Where(d => ids.Contains(d.SubjectId)).ToListAsync(ct);
        var units = await UnitNamesAsync(rows.Select(r => r.AssignedUnitId), ct);
        var calendar = await calendars.GetAsync(ct);
        return rows.Select(c =>
        {
            var due = open.Where(d => d.SubjectId == c.Id).MinBy(d => d.DueAt);
            return new ClueListItem(c.Id, c.Number, c.Kind, c.Category, c.Source, Summary(c), c.Status,
                c.AssignedUnitId is { } a ? units.GetValueOrDefault(a) : null, c.ReceivedAt, due?.DueOn, due?.StateAt(now, calendar),
                due?.RuleCode);
        }).ToList().ToPage(paging, count);
    }

    /// <summary>
    /// Every token goes through the full-text index (FTS5 on SQLite, a GIN tsvector index on PostgreSQL); a lone Chinese
    /// character is a prefix search, since every stored token that starts with it marks where it occurs.
    /// </summary>
    private IQueryable<Clue> Search(IReadOnlyList<string> tokens)
    {
        if (tokens.Count == 0) return Visible();
        // The SQLite query starts from the index, so only matching clues are ever read, not the whole table.
        if (db.Database.IsSqlite())
            return db.Visible(user, db.Unscoped<Clue>().FromSqlInterpolated(
                $"SELECT c.* FROM \"ClueSearch\" f JOIN \"Clues\" c ON c.rowid = f.rowid WHERE \"ClueSearch\" MATCH {Fts5Match(tokens)}"));
        var tsQuery = string.Join(" & ", tokens.Select(t => "'" + t.Replace("'", "''") + "'" + (ClueSearch.IsPrefix(t) ? ":*" : "")));
        return Visible().Where(c => EF.Functions.ToTsVector("simple", c.SearchText).Matches(EF.Functions.ToTsQuery("simple", tsQuery)));
    }

    private static string Fts5Match(IReadOnlyList<string> tokens) =>
        string.Join(" AND ", tokens.Select(t => "\"" + t.Replace("\"", "\"\"") + "\"" + (ClueSearch.IsPrefix(t) ? "*" : "")));

    public async Task<ClueDto?> GetAsync(Guid id, CancellationToken ct = default) =>
        await Visible().Include(c => c.Events).Include(c => c.CoUnits).AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct) is { } c
            ? await DtoAsync(c, ct) : null;

    /// <summary>The photo or its thumbnail (photos stored before thumbnails had none: themselves); null when not visible.</summary>
    public async Task<Infrastructure.FileRead?> OpenPhotoAsync(Guid id, Guid photoId, bool thumbnail, Infrastructure.FileStore files,
        CancellationToken ct)
    {
        if (!await Visible().AnyAsync(c => c.Id == id, ct)) return null;
        var photo = await db.ClueAttachments.FirstOrDefaultAsync(a => a.Id == photoId && a.ClueId == id, ct);
        if (photo is null) return null;
        return await files.ReadAsync(thumbnail ? photo.ThumbnailSha256 ?? photo.Sha256 : photo.Sha256, photo.ContentType, ct);
    }

    private static string Summary(Clue c) =>
        string.Join(" · ", new[] { c.Product, c.Brand, c.MerchantName }.Where(s => s is not null)) is { Length: > 0 } s
            ? s : c.Description.Length > 40 ? c.Description[..40] + "…" : c.Description;

    private async Task<Dictionary<Guid, string>> UnitNamesAsync(IEnumerable<Guid?> ids, CancellationToken ct)
    {
        var list = ids.OfType<Guid>().Distinct().ToList();
        return await db.VisibleUnits(user).Where(u => list.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
    }

    /// <summary>The staff view of a clue found in scope (events loaded).</summary>
    public async Task<ClueDto> DtoAsync(Clue c, CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(ct);
        var now = time.GetUtcNow();
        var list = await ClueDeadlines.Include(d => d.Extensions).Where(d => d.SubjectId == c.Id).ToListAsync(ct);
        var extendable = list.Any(d => d.RuleCode == RuleCodes.ClueVerify && d.IsOpen && d.CanExtendWithoutCollectiveDecision);
        // The clue was found in scope; its informant is named by alias only, never by identity.
        var alias = c.InformantId is { } i
            ? await db.Unscoped<Informant>().Where(x => x.Id == i).Select(x => (int?)x.Alias).FirstOrDefaultAsync(ct) : null;
        var units = await UnitNamesAsync([c.AssignedUnitId], ct);
        var photos = await db.ClueAttachments.Where(a => a.ClueId == c.Id).Select(a => a.Id).ToListAsync(ct);
        var unitName = c.AssignedUnitId is { } assigned ? units.GetValueOrDefault(assigned) : null;
        return new ClueDto(c.Id, c.Number, c.Kind, c.Category, c.Source, c.Product, c.Brand, c.MerchantName, c.Address, c.Description,
            c.SeenOn, c.MarketEntityId, c.Status, c.AssignedUnitId, unitName, c.Result, c.ResultNotes, c.DuplicateOfId,
            c.CaseReference, c.ReceivedAt,
            alias is { } n ? l[c.Kind == ClueKind.Complaint ? "Clue.ComplainantAlias" : "Clue.Alias", n].Value : null,
            c.InformantId is not null,
            c.InformantNotifiedAt, c.InformantNotifiedHow, c.ExtensionRequest,
            list.OrderBy(d => d.StartedAt).Select(d => new DeadlineBrief(d.RuleCode, d.DueOn, d.StateAt(now, calendar))).ToList(),
            c.Events.OrderBy(e => e.Sequence).Select(e => new ClueEventDto(e.Sequence, e.Kind, e.At, e.By, e.Note)).ToList(),
            photos.Select(p => $"/api/clues/{c.Id}/photos/{p}").ToList(), c.Version, CluePermissions.Allowed(user, c, extendable),
            await AssignmentDtos.OfAsync(db, user, c, ct),
            new ClueOutcomeDto(c.Mediation, c.MediationNotes, c.PublicOutcome, c.UntoldReason, c.UntoldKind, c.UntoldAttempts,
                c.UntoldLastTriedOn));
    }
}

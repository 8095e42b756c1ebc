using Dajia.Web.Data;
using Dajia.Web.Domain;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Features.Calendar;
using Dajia.Web.Infrastructure.Access;
using Dajia.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Dajia.Web.Domain.Units;
using Dajia.Web.Features.Shared;

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
public sealed class ClueService(AppDbContext db, CurrentUser user, TimeProvider time, DeadlineService deadlines, CalendarStore calendars,
    Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> l)
{
    public IQueryable<Clue> Visible() => db.Visible<Clue>(user);

    public Task<IQueryable<Clue>> VisibleAsync(CancellationToken ct = default) => db.VisibleAsync<Clue>(user, ct);

    private IQueryable<Deadline> ClueDeadlines => db.Visible<Deadline>(user).Where(d => d.SubjectType == "Clue");

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
            q = q.Where(c => ClueDeadlines.Any(d => d.SubjectId == c.Id && d.MetAt == null && d.DueAt < now));
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
        var open = ClueDeadlines.Where(d => d.MetAt == null);
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
        var open = await ClueDeadlines.Where(d => ids.Contains(d.SubjectId) && d.MetAt == null).ToListAsync(ct);
        var units = await UnitNamesAsync(rows.Select(r => r.AssignedUnitId), ct);
        var calendar = await calendars.GetAsync(ct);
        return rows.Select(c =>
        {
            var due = open.Where(d => d.SubjectId == c.Id).MinBy(d => d.DueAt);
            return new ClueListItem(c.Id, c.Number, c.Kind, c.Category, c.Source, Summary(c), c.Status,
                c.AssignedUnitId is { } a ? units.GetValueOrDefault(a) : null, c.ReceivedAt, due?.DueOn, due?.StateAt(now, calendar));
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
        await Visible().Include(c => c.Events).FirstOrDefaultAsync(c => c.Id == id, ct) is { } c ? await ToDtoAsync(c, ct) : null;

    /// <summary>
    /// One verb per transition. The clue refuses an illegal one (409) and then nothing at all is saved; a clue changed
    /// since <paramref name="expected"/> was read, or by a racing request before this one saved, is a 409 as well.
    /// </summary>
    public async Task<ServiceResult<ClueDto>> ActAsync(
        Guid id, ClueMove move, ClueActionInput input, Expected expected, CancellationToken ct = default)
    {
        var clue = await Visible().Include(c => c.Events).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (clue is null) return ServiceResult<ClueDto>.NotFound();
        if (!CluePermissions.RoleMay(user, clue, move)) return ServiceResult<ClueDto>.Forbidden();
        if (expected.IsStale(clue.Version)) return ServiceResult<ClueDto>.Stale();
        try
        {
            if (await ApplyAsync(clue, move, input, ct) is { } invalid) return ServiceResult<ClueDto>.Invalid(invalid);
        }
        catch (DomainException e) when (e.MessageKey == "Clue.NoteRequired")
        {
            return ServiceResult<ClueDto>.Invalid([new(NoteField(move), e.MessageKey)]);
        }
        catch (DomainException e)
        {
            return ServiceResult<ClueDto>.Conflict(e.MessageKey, e.Args);
        }
        if (!await db.TrySaveAsync(ct)) return ServiceResult<ClueDto>.Stale();
        return ServiceResult<ClueDto>.Ok(await ToDtoAsync(clue, ct));
    }

    private static string NoteField(ClueMove move) => move switch
    {
        ClueMove.Verify => "notes",
        ClueMove.Notify => "how",
        _ => "reason",
    };

    private async Task<IReadOnlyList<FieldError>?> ApplyAsync(Clue clue, ClueMove move, ClueActionInput input, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var by = user.Signature;
        switch (move)
        {
            case ClueMove.Accept: clue.Accept(now, by); await MeetAsync(clue, "complaint.accept", ct); break;
            case ClueMove.Reject: clue.Reject(input.Reason ?? "", now, by); await MeetAsync(clue, "complaint.accept", ct); break;
            case ClueMove.Duplicate:
                var original = input.DuplicateOfId is { } o ? await Visible().FirstOrDefaultAsync(c => c.Id == o, ct) : null;
                if (original is null) return [new("duplicateOfId", "Validation.Clue.Original")];
                clue.MarkDuplicate(original, now, by);
                await MeetAsync(clue, "complaint.accept", ct);
                break;
            case ClueMove.Assign:
                // A member unit of the clue's own town: a city's admin sees other towns' units too.
                if (input.UnitId is not { } unit || !await db.VisibleUnits(user)
                        .AnyAsync(u => u.Id == unit && u.Kind == UnitKind.Member && u.JurisdictionId == clue.JurisdictionId, ct))
                    return [new("unitId", "Validation.Clue.Unit")];
                var first = clue.AssignedUnitId is null && clue.Status == ClueStatus.Accepted;
                clue.Assign(unit, now, by);
                if (first && !await HasDeadlineAsync(clue, "clue.verify", ct)) await AttachIfInForceAsync(clue, "clue.verify", now, ct, unit);
                await HandVerificationAsync(clue, ct);
                break;
            case ClueMove.PullBack: clue.PullBack(input.Reason ?? "", now, by); await HandVerificationAsync(clue, ct); break;
            case ClueMove.Take: clue.Take(user.IsOffice && clue.AssignedUnitId is { } a ? a : user.UnitId ?? Guid.Empty, now, by); break;
            case ClueMove.Verify:
                if (!Infrastructure.Input.InputRules.TryParseEnum<VerificationResult>(input.Result, out var result))
                    return [new("result", "Validation.Enum", string.Join(" / ", Enum.GetNames<VerificationResult>()))];
                clue.Verify(result, input.Notes ?? "", input.CaseReference, now, by);
                await MeetAsync(clue, "clue.verify", ct);
                if (clue.InformantId is not null) await AttachIfInForceAsync(clue, "informant.notify", now, ct);
                break;
            case ClueMove.Notify: clue.NotifyInformant(input.How ?? "", now, by); await MeetAsync(clue, "informant.notify", ct); break;
            case ClueMove.Close: clue.Close(input.Notes, now, by); break;
            case ClueMove.Extension: clue.RequestExtension(input.Reason ?? "", now, by); break;
            case ClueMove.ApproveExtension:
                var verify = await OpenDeadlines(clue, "clue.verify").Include(d => d.Extensions).FirstOrDefaultAsync(ct)
                    ?? throw new DomainException("Clue.NoVerificationDeadline");
                var requestedBy = clue.Events.Last(e => e.Kind == ClueEventKind.ExtensionRequested).By;
                var why = clue.ApproveExtension(now, by);
                verify.Extend(requestedBy, by, why, collective: false, amount: null, now, await calendars.GetAsync(ct));
                break;
            case ClueMove.DeclineExtension: clue.DeclineExtension(input.Reason ?? "", now, by); break;
        }
        return null;
    }

    /// <summary>The verification time limit is the assigned unit's: it moves with the clue, and comes back to the office with it.</summary>
    private async Task HandVerificationAsync(Clue clue, CancellationToken ct)
    {
        foreach (var d in await OpenDeadlines(clue, "clue.verify").ToListAsync(ct)) d.HandTo(clue.AssignedUnitId);
    }

    private IQueryable<Deadline> OpenDeadlines(Clue clue, string rule) =>
        ClueDeadlines.Include(d => d.Pauses).Include(d => d.History).Where(d => d.SubjectId == clue.Id && d.RuleCode == rule && d.MetAt == null);

    /// <summary>A duty with no rule in force on the day (e.g. telling informants before 2020) simply has no deadline.</summary>
    private async Task AttachIfInForceAsync(Clue clue, string rule, DateTimeOffset now, CancellationToken ct, Guid? unit = null)
    {
        if (await deadlines.RuleInForceAsync(rule, ChinaTime.DateOf(now), ct) is not null)
            await deadlines.AttachAsync("Clue", clue.Id, clue.JurisdictionId, rule, now, ct, unit);
    }

    /// <summary>The photo or its thumbnail (photos stored before thumbnails had none: themselves); null when not visible.</summary>
    public async Task<Infrastructure.FileRead?> OpenPhotoAsync(Guid id, Guid photoId, bool thumbnail, Infrastructure.FileStore files,
        CancellationToken ct)
    {
        if (!await Visible().AnyAsync(c => c.Id == id, ct)) return null;
        var photo = await db.ClueAttachments.FirstOrDefaultAsync(a => a.Id == photoId && a.ClueId == id, ct);
        if (photo is null) return null;
        return await files.ReadAsync(thumbnail ? photo.ThumbnailSha256 ?? photo.Sha256 : photo.Sha256, photo.ContentType, ct);
    }

    private Task<bool> HasDeadlineAsync(Clue clue, string rule, CancellationToken ct) =>
        ClueDeadlines.AnyAsync(d => d.SubjectId == clue.Id && d.RuleCode == rule, ct);

    private async Task MeetAsync(Clue clue, string rule, CancellationToken ct)
    {
        foreach (var d in await OpenDeadlines(clue, rule).ToListAsync(ct)) d.Meet(time.GetUtcNow(), user.Signature);
    }

    private static string Summary(Clue c) =>
        string.Join(" · ", new[] { c.Product, c.Brand, c.MerchantName }.Where(s => s is not null)) is { Length: > 0 } s
            ? s : c.Description.Length > 40 ? c.Description[..40] + "…" : c.Description;

    private async Task<Dictionary<Guid, string>> UnitNamesAsync(IEnumerable<Guid?> ids, CancellationToken ct)
    {
        var list = ids.OfType<Guid>().Distinct().ToList();
        return await db.VisibleUnits(user).Where(u => list.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
    }

    private async Task<ClueDto> ToDtoAsync(Clue c, CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(ct);
        var now = time.GetUtcNow();
        var list = await ClueDeadlines.Include(d => d.Extensions).Where(d => d.SubjectId == c.Id).ToListAsync(ct);
        var extendable = list.Any(d => d.RuleCode == "clue.verify" && d.IsOpen && d.CanExtendWithoutCollectiveDecision);
        // The clue was found in scope; its informant is named by alias only, never by identity.
        var alias = c.InformantId is { } i
            ? await db.Unscoped<Informant>().Where(x => x.Id == i).Select(x => (int?)x.Alias).FirstOrDefaultAsync(ct) : null;
        var units = await UnitNamesAsync([c.AssignedUnitId], ct);
        var photos = await db.ClueAttachments.Where(a => a.ClueId == c.Id).Select(a => a.Id).ToListAsync(ct);
        return new ClueDto(c.Id, c.Number, c.Kind, c.Category, c.Source, c.Product, c.Brand, c.MerchantName, c.Address, c.Description, c.SeenOn,
            c.MarketEntityId, c.Status, c.AssignedUnitId, c.AssignedUnitId is { } a ? units.GetValueOrDefault(a) : null, c.Result, c.ResultNotes,
            c.DuplicateOfId, c.CaseReference, c.ReceivedAt, alias is { } n ? l["Clue.Alias", n].Value : null, c.InformantId is not null,
            c.InformantNotifiedAt, c.InformantNotifiedHow, c.ExtensionRequest,
            list.OrderBy(d => d.StartedAt).Select(d => new DeadlineBrief(d.RuleCode, d.DueOn, d.StateAt(now, calendar))).ToList(),
            c.Events.OrderBy(e => e.Sequence).Select(e => new ClueEventDto(e.Sequence, e.Kind, e.At, e.By, e.Note)).ToList(),
            photos.Select(p => $"/api/clues/{c.Id}/photos/{p}").ToList(), c.Version, CluePermissions.Allowed(user, c, extendable));
    }
}

using Dajia.Web.Data;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Cases;
using Dajia.Web.Domain.MarketEntities;
using Dajia.Web.Features.Calendar;
using Dajia.Web.Features.Shared.Xlsx;
using Microsoft.AspNetCore.Mvc;

namespace Dajia.Web.Features.Cases;

public sealed record CaseQuery(
    string? Q, Guid? UnitId, CaseStatus? Status, ViolationType? Type, Guid? KeyAreaId, bool Overdue, PageRequest? Paging = null);

/// <summary>The list's filters and page as the query string carries them (API, export and page); a bad value is a field error.</summary>
public sealed record CaseListInput(
    string? Q, string? UnitId, string? Status, string? Type, string? KeyAreaId,
    [FromQuery(Name = "overdue")] string? OverdueText, string? Page, string? PageSize)
{
    /// <summary>The switch as the page's checkbox reads it; <see cref="Parse"/> refuses a value that is neither.</summary>
    public bool? Overdue => bool.TryParse(OverdueText?.Trim(), out var on) ? on : null;

    public CaseQuery Parse(List<FieldError> errors, string pageField = "page") => new(Q?.Trim() is { Length: > 0 } q ? q : null,
        Input.Id(UnitId, "unitId", errors), Input.Enum<CaseStatus>(Status, "status", errors),
        Input.Enum<ViolationType>(Type, "type", errors), Input.Id(KeyAreaId, "keyAreaId", errors),
        Input.Bool(OverdueText, "overdue", errors) ?? false,
        PageRequest.Parse(Page, PageSize, errors, pageField));
}

/// <summary>
/// Cases for staff, newest first, with the nearest open clock of each. The overdue view asks each case's stored nearest
/// running due instant. The party shows as the entity's name or a masked person.
/// </summary>
public sealed class CaseListService(AppDbContext db, CurrentUser user, TimeProvider time, CalendarStore calendars,
    CaseTextSearch search, IStringLocalizer<SharedResource> l)
{
    /// <summary>Counting stops past this ("10000+"): an exact count of a province's cases costs more than it tells.</summary>
    public const int CountCap = 10_000;
    public const int MaxExportRows = 50_000;

    /// <summary>The open clocks of the cases and of their transfers (移送公安): the due column names the nearest of all.</summary>
    private IQueryable<Deadline> OpenClocks => db.Visible<Deadline>(user)
        .Where(d => (d.SubjectType == DeadlineSubjects.Case || d.SubjectType == DeadlineSubjects.PoliceTransfer)
            && d.MetAt == null && d.EndedAt == null);

    public async Task<PagedList<CaseListItem>> ListAsync(CaseQuery query, CancellationToken ct = default)
    {
        var q = await db.VisibleAsync<EnforcementCase>(user, ct);
        if (query.Q is { } text) q = await search.FilterAsync(q, text, ct);
        if (query.UnitId is { } u) q = q.Where(c => c.HandlingUnitId == u);
        if (query.Status is { } s) q = q.Where(c => c.Status == s);
        if (query.Type is { } t) q = q.Where(c => c.ViolationType == t);
        if (query.KeyAreaId is { } k) q = q.Where(c => c.KeyAreaId == k);
        var now = time.GetUtcNow();
        // The nearest running (not paused) clock of each case is stored on it (Data/CaseNextDue): the overdue view is one
        // range of IX_Cases_JurisdictionId_NextDueAt_OpenedAt_Id; a case late on two clocks is one row.
        if (query.Overdue) q = q.Where(c => c.NextDueAt < now);
        var paging = query.Paging ?? PageRequest.First;
        var count = await q.CountForPageAsync(CountCap, ct);
        var rows = await q.OrderByDescending(c => c.OpenedAt).ThenByDescending(c => c.Id).PageOf(paging).ToListAsync(ct);
        return (await ItemsAsync(rows, now, ct)).ToPage(paging, count);
    }

    /// <summary>A page's names and clocks in a fixed number of queries, whatever the page's size.</summary>
    private async Task<List<CaseListItem>> ItemsAsync(List<EnforcementCase> rows, DateTimeOffset now, CancellationToken ct)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var transfers = await db.Visible<PoliceTransfer>(user).Where(t => ids.Contains(t.CaseId))
            .ToDictionaryAsync(t => t.Id, t => t.CaseId, ct);
        var subjects = ids.Concat(transfers.Keys).ToList();
        var clocks = await OpenClocks.Where(d => subjects.Contains(d.SubjectId)).Include(d => d.Pauses).AsSplitQuery().ToListAsync(ct);
        Guid CaseOf(Deadline d) => transfers.TryGetValue(d.SubjectId, out var c) ? c : d.SubjectId;
        var unitIds = rows.Select(r => r.HandlingUnitId).Distinct().ToList();
        var units = await db.VisibleUnits(user).Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var entityIds = rows.Where(r => r.MarketEntityId != null).Select(r => r.MarketEntityId!.Value).Distinct().ToList();
        var entities = await db.Visible<MarketEntity>(user).Where(m => entityIds.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => m.Name, ct);
        var areaIds = rows.Where(r => r.KeyAreaId != null).Select(r => r.KeyAreaId!.Value).Distinct().ToList();
        var areas = await db.Visible<KeyArea>(user).Where(a => areaIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var ruleIds = clocks.Select(d => d.RuleId).Distinct().ToList();
        var rules = await db.DeadlineRules.Where(r => ruleIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var calendar = await calendars.GetAsync(ct);
        return rows.Select(c =>
        {
            // A running clock first: a stopped one's due day moves on every day it stands still.
            var own = clocks.Where(d => CaseOf(d) == c.Id && !d.HasLapsed(now)).ToList();
            var due = own.Where(d => !d.IsPaused).MinBy(d => d.DueAt) ?? own.MinBy(d => d.DueAt);
            var party = c.PartyKind == PartyKind.Individual ? c.PartyNameMasked ?? ""
                : c.MarketEntityId is { } e ? entities.GetValueOrDefault(e) ?? "" : "";
            return new CaseListItem(c.Id, c.Number, c.Title, c.Status, c.ViolationType, units.GetValueOrDefault(c.HandlingUnitId), party,
                c.KeyAreaId is { } a ? areas.GetValueOrDefault(a) : null, c.CaseValue, c.GoodsValue, c.OpenedOn, due?.DueOn,
                due?.StateAt(now, calendar), due is null ? null : rules.GetValueOrDefault(due.RuleId),
                c.PausedFrom, due?.IsPaused == true);
        }).ToList();
    }

    /// <summary>The filtered list as a workbook: masked parties only, never the encrypted identity.</summary>
    public async Task<byte[]> ExportAsync(CaseQuery query, CancellationToken ct = default)
    {
        var all = new List<CaseListItem>();
        PagedList<CaseListItem> page;
        var number = 1;
        do
        {
            page = await ListAsync(query with { Paging = new PageRequest(number++, PageRequest.MaxSize) }, ct);
            all.AddRange(page.Items);
        }
        while (page.HasMore && all.Count < MaxExportRows);
        var title = l["Cases.ExportTitle", l["Nav.Cases"], all.Count].Value;
        if (page.HasMore) title += l["Export.Partial", all.Count].Value;
        return ListWorkbook.Build(title, Columns(), all, l["Nav.Cases"]);
    }

    private List<ListColumn<CaseListItem>> Columns() =>
    [
        new(l["Cases.Number"], c => c.Number, 14), new(l["Cases.OpenedOn"], c => c.OpenedOn, 12), new(l["Cases.Title"], c => c.Title, 36),
        new(l["Cases.Type"], c => l["ViolationType." + c.ViolationType].Value, 20), new(l["Cases.Party"], c => c.Party, 24),
        new(l["Cases.Unit"], c => c.HandlingUnitName, 20), new(l["Cases.KeyArea"], c => c.KeyAreaName, 14),
        new(l["Cases.CaseValue"], c => c.CaseValue, 12), new(l["Cases.GoodsValue"], c => c.GoodsValue, 12),
        new(l["Cases.Status"], c => l["CaseStatus." + c.Status].Value), new(l["Cases.Clock"], c => c.DueRule, 18),
        new(l["Cases.Due"], c => c.ClockStopped ? null : c.DueOn, 12),
        new(l["Cases.DueState"], c => c.ClockStopped ? l["Cases.ClockPaused"].Value
            : c.DueState is { } s ? l["DeadlineState." + s].Value : null),
    ];
}

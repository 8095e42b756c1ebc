using Dajia.Web.Data;

namespace Dajia.Web.Features.Admin;

/// <summary>The audit trail as an admin may read it; the page, the API and the export all ask here.</summary>
public sealed class AuditService(AppDbContext db, CurrentUser me, AuditDescriber describer, IStringLocalizer<SharedResource> l)
{
    /// <summary>The log grows by every change; past this many matches the total says "at least" rather than counting on.</summary>
    public const int CountCap = 10_000;

    /// <summary>At most this many entries go into one file; past it the title row says the file is a part.</summary>
    public const int MaxExportRows = 20_000;

    public AuditQuery Parse(AuditInput input, List<FieldError> errors, string pageField = "page")
    {
        var from = Input.Date(input.From, "from", errors);
        var to = Input.Date(input.To, "to", errors);
        if (from > to) errors.Add(new("to", "Validation.Audit.DateOrder"));
        var type = string.IsNullOrWhiteSpace(input.EntityType) ? null : input.EntityType.Trim();
        if (type is not null && !AuditVocabulary.Types(db.Model).ContainsKey(type))
            errors.Add(new("entityType", "Validation.Audit.Type"));
        var entityId = input.EntityId?.Trim() is { Length: > 0 } e ? e : null;
        if (entityId?.Length > 80) errors.Add(new("entityId", "Validation.TooLong", 80));
        return new AuditQuery(Input.Id(input.UserId, "userId", errors), from, to, type, entityId,
            PageRequest.Parse(input.Page, input.PageSize, errors, pageField));
    }

    /// <summary>Newest first: the entries the admin may read (see <see cref="Scope.VisibleAuditEntries"/>), in words.</summary>
    public async Task<PagedList<AuditDto>> QueryAsync(AuditQuery query, CancellationToken ct = default)
    {
        var q = Filtered(query);
        var count = await q.CountForPageAsync(CountCap, ct);
        var rows = await q.OrderByDescending(a => a.Id).PageOf(query.Paging).ToListAsync(ct);
        return (await describer.DescribeAsync(rows, ct)).ToPage(query.Paging, count);
    }

    /// <summary>The filtered entries as .xlsx, in the words of the page.</summary>
    public async Task<byte[]> ExportAsync(AuditQuery query, CancellationToken ct = default)
    {
        var rows = await Filtered(query).OrderByDescending(a => a.Id).Take(MaxExportRows + 1).ToListAsync(ct);
        var partial = rows.Count > MaxExportRows;
        if (partial) rows.RemoveAt(rows.Count - 1);
        var all = new List<AuditDto>();
        foreach (var chunk in rows.Chunk(PageRequest.MaxSize)) all.AddRange(await describer.DescribeAsync(chunk, ct));
        var title = l["Audit.ExportTitle", l["Nav.Audit"], all.Count].Value;
        if (partial) title += l["Export.Partial", all.Count].Value;
        return AuditWorkbook.Build(title, all, l);
    }

    /// <summary>The people whose changes the admin may read, for the filter's list.</summary>
    public async Task<List<AuditChoice>> PeopleAsync(CancellationToken ct) =>
        (await db.VisibleUsers(me).OrderBy(u => u.DisplayName).ThenBy(u => u.UserName)
            .Select(u => new { u.Id, u.DisplayName, u.UserName }).ToListAsync(ct))
        .ConvertAll(u => new AuditChoice(u.Id.ToString(), AuditPeople.Name(u.DisplayName, u.UserName)));

    /// <summary>Every audited record type, by its Chinese name.</summary>
    public List<AuditChoice> Types() => AuditVocabulary.Types(db.Model).Keys
        .Select(t => new AuditChoice(t, l[AuditVocabulary.TypeKey(t)])).OrderBy(c => c.Text, StringComparer.Ordinal).ToList();

    private IQueryable<AuditEntry> Filtered(AuditQuery query)
    {
        var q = db.VisibleAuditEntries(me);
        if (query.UserId is { } user) q = q.Where(a => a.UserId == user);
        if (query.From is { } from)
        {
            var start = ChinaTime.StartOf(from);
            q = q.Where(a => a.At >= start);
        }
        if (query.To is { } to)
        {
            var end = ChinaTime.StartOf(to.AddDays(1));
            q = q.Where(a => a.At < end);
        }
        if (query.EntityType is { } type) q = q.Where(a => a.EntityType == type);
        if (query.EntityId is { } id) q = q.Where(a => a.EntityId == id);
        return q;
    }
}

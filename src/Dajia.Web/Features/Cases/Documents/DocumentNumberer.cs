using Dajia.Web.Data;
using Dajia.Web.Domain.Cases;
using Dajia.Web.Domain.Units;

namespace Dajia.Web.Features.Cases.Documents;

/// <summary>
/// Takes a case document's number once: the unit's next of that kind in that year from the counter, never max + 1.
/// Two people numbering the same document at once both get the one that was stored (the (case, kind) key refuses the
/// second); the number the loser took from the counter is simply skipped.
/// </summary>
public sealed class DocumentNumberer(AppDbContext db, TimeProvider time)
{
    /// <param name="year">The year the document records (a decision's, a closing's); null: this year.</param>
    public async Task<CaseDocument> IssueAsync(Guid caseId, CaseDocumentKind kind, Unit unit, string by, CancellationToken ct,
        int? year = null)
    {
        if (await FindAsync(caseId, kind, ct) is { } existing) return existing;
        var now = time.GetUtcNow();
        year ??= ChinaTime.DateOf(now).Year;
        var sequence = (int)await Counters.NextAsync(db, DocumentNumbers.CounterKey(kind, unit.Id, year.Value), ct);
        var document = new CaseDocument(caseId, kind, unit.Id, year.Value, sequence, unit.PrefixForDocuments, now, by);
        db.Add(document);
        try
        {
            await db.SaveChangesAsync(ct);
            return document;
        }
        catch (DbUpdateException)
        {
            db.Entry(document).State = EntityState.Detached;
            return await FindAsync(caseId, kind, ct) ?? throw new InvalidOperationException($"document {kind} of {caseId} not stored");
        }
    }

    /// <summary>The case's document under its handling unit's prefix, in the year the document records.</summary>
    public async Task<CaseDocument> IssueAsync(EnforcementCase c, CaseDocumentKind kind, string by, CancellationToken ct)
    {
        if (await FindAsync(c.Id, kind, ct) is { } existing) return existing;
        // The unit is named by a case the caller sees: its register entry is read for its prefix only.
        var unit = await db.Unscoped<Unit>().FirstAsync(u => u.Id == c.HandlingUnitId, ct);
        return await IssueAsync(c.Id, kind, unit, by, ct, CaseDocumentService.YearOf(c, kind));
    }

    /// <summary>
    /// The case's current 告知书 takes its own 告字 number (the unit's next in the year served) if it has none yet; saved
    /// with the notice by the caller, so a notice that fails to save leaves its number as a gap. Each notice is numbered
    /// on its record, never as the case's one <see cref="CaseDocument"/> of the kind: a new notice is a new document.
    /// </summary>
    public async Task<PenaltyNoticeRecord?> NumberNoticeAsync(EnforcementCase c, CancellationToken ct)
    {
        if (c.Notice is not { Number: null } n) return c.Notice;
        // The unit is named by a case the caller sees: its register entry is read for its prefix only.
        var unit = await db.Unscoped<Unit>().FirstAsync(u => u.Id == c.HandlingUnitId, ct);
        await NumberNoticeAsync(db, n, unit, ct);
        return n;
    }

    public static async Task NumberNoticeAsync(AppDbContext db, PenaltyNoticeRecord n, Unit unit, CancellationToken ct)
    {
        var year = n.ServedOn.Year;
        var key = DocumentNumbers.CounterKey(CaseDocumentKind.PenaltyNotice, unit.Id, year);
        n.NumberAs(unit.Id, unit.PrefixForDocuments, year, (int)await Counters.NextAsync(db, key, ct));
    }

    public Task<CaseDocument?> FindAsync(Guid caseId, CaseDocumentKind kind, CancellationToken ct) =>
        db.CaseDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.CaseId == caseId && d.Kind == kind, ct);

    /// <summary>The case's numbered documents by kind; the 告知书 is the latest numbered notice.</summary>
    public async Task<IReadOnlyDictionary<CaseDocumentKind, CaseDocumentDto>> AllAsync(Guid caseId, CancellationToken ct) =>
        (await ListAsync(caseId, ct)).GroupBy(d => d.Kind).ToDictionary(g => g.Key, g => g.Last());

    /// <summary>Every numbered document of the case by kind, each numbered 告知书 in the order served.</summary>
    public async Task<IReadOnlyList<CaseDocumentDto>> ListAsync(Guid caseId, CancellationToken ct)
    {
        var documents = await db.CaseDocuments.AsNoTracking().Where(d => d.CaseId == caseId).ToListAsync(ct);
        var notices = await db.Set<PenaltyNoticeRecord>().AsNoTracking().Where(n => n.CaseId == caseId && n.Number != null)
            .ToListAsync(ct);
        return documents.Select(CaseDocumentDto.From).Concat(notices.Select(CaseDocumentDto.From))
            .OrderBy(d => DocumentNumbers.Order(d.Kind)).ThenBy(d => d.N).ToList();
    }
}

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

    public Task<CaseDocument?> FindAsync(Guid caseId, CaseDocumentKind kind, CancellationToken ct) =>
        db.CaseDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.CaseId == caseId && d.Kind == kind, ct);

    public async Task<IReadOnlyDictionary<CaseDocumentKind, CaseDocument>> AllAsync(Guid caseId, CancellationToken ct) =>
        (await db.CaseDocuments.AsNoTracking().Where(d => d.CaseId == caseId).ToListAsync(ct)).ToDictionary(d => d.Kind);
}

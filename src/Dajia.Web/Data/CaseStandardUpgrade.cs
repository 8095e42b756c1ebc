using Dajia.Web.Domain.Cases;

namespace Dajia.Web.Data;

/// <summary>
/// Cases stored before the 曾达到移送标准 mark get it on start, if their figures cross a standard in force on their opening
/// day. Stored, not computed on read: a mark computed from today's figures would vanish with the very edit that lowered
/// them. A case never edited since 立案 crossed at 立案, so it gets its opening instant; an edited one only the upgrade's
/// (its older figures were not kept). A case lowered below the standard before this upgrade cannot be found: the old
/// history said only 修改案件信息. Runs once (a counter); twice, or on two instances at once, does no harm.
/// </summary>
public static class CaseStandardUpgrade
{
    public const string Key = "case-standard-version";
    private const long Version = 1;
    private const int Batch = 1000;

    public static async Task<int> RunAsync(AppDbContext db, TimeProvider time, CancellationToken ct = default)
    {
        var recorded = await db.Counters.Where(c => c.Key == Key).Select(c => (long?)c.Value).FirstOrDefaultAsync(ct);
        if (recorded >= Version) return 0;
        var thresholds = await db.TransferThresholds.AsNoTracking().ToListAsync(ct);
        var types = Enum.GetValues<ViolationType>().Where(v => TransferThreshold.OffenceOf(v) is not null).ToList();
        var ids = await db.Unscoped<EnforcementCase>().Where(c => c.StandardReachedAt == null && types.Contains(c.ViolationType))
            .OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(ct);
        var now = time.GetUtcNow();
        var marked = 0;
        foreach (var chunk in ids.Chunk(Batch))
        {
            var cases = await db.Unscoped<EnforcementCase>().Where(c => chunk.Contains(c.Id)).ToListAsync(ct);
            var edited = await db.Set<CaseEvent>().Where(e => chunk.Contains(e.CaseId) && e.Kind == CaseEventKind.Edited)
                .Select(e => e.CaseId).Distinct().ToListAsync(ct);
            foreach (var c in cases)
            {
                var verdict = TransferVerdict.Of(thresholds, TransferThreshold.OffenceOf(c.ViolationType), c.CaseValue, c.GoodsValue,
                    c.OpenedOn);
                if (verdict.Crossed is null) continue;
                c.NoteStandardReached(verdict.Crossed, edited.Contains(c.Id) ? now : c.OpenedAt);
                marked++;
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "Counters" ("Key", "Value") VALUES ({Key}, {Version})
            ON CONFLICT ("Key") DO UPDATE SET "Value" = excluded."Value"
            """, ct);
        return marked;
    }
}

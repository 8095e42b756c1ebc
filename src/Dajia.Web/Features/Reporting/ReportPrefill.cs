using Dajia.Web.Data;
using Dajia.Web.Domain.Cases;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Domain.Operations;
using Dajia.Web.Domain.Reporting;
using Dajia.Web.Features.Shared;
using S = Dajia.Web.Domain.Reporting.PrefillSources;

namespace Dajia.Web.Features.Reporting;

/// <summary>One record behind a prefilled number; <see cref="Value"/> is what it adds (1 for a count, yuan for money).</summary>
public sealed record PrefillRecord(string Kind, Guid Id, string Number, string Title, DateOnly On, decimal Value);

/// <summary>
/// What a unit recorded in a period, per prefill source: the records, so every prefilled number can be traced back.
/// Read through the caller's scope: a liaison's share of the town is exactly their unit's records, and the office's
/// is narrowed to the unit here.
/// </summary>
public sealed class ReportPrefill(AppDbContext db, CurrentUser user)
{
    /// <summary>Money is stored in yuan and reported in 万元, to the yuan.</summary>
    public static decimal ValueOf(string source, IReadOnlyList<PrefillRecord> records)
    {
        var sum = records.Sum(r => r.Value);
        return source is S.CaseValue or S.Penalties or S.GoodsValue ? decimal.Round(sum / 10_000m, 4) : sum;
    }

    public async Task<ReportValues> ValuesAsync(FormDefinition form, Guid unitId, Period period, CancellationToken ct)
    {
        var numbers = new Dictionary<string, decimal>();
        foreach (var i in form.Indicators.Where(i => i.Prefill is not null))
            numbers[i.Code] = ValueOf(i.Prefill!, await RecordsAsync(i.Prefill!, unitId, period, ct));
        return new ReportValues(numbers, new Dictionary<string, string>());
    }

    public async Task<IReadOnlyList<PrefillRecord>> RecordsAsync(string source, Guid unitId, Period period, CancellationToken ct)
    {
        var (from, to) = (ChinaTime.StartOf(period.Start), ChinaTime.StartOf(period.End.AddDays(1)));
        var ops = db.Visible<Operation>(user).Where(o => o.LeadUnitId == unitId && o.StartsAt >= from && o.StartsAt < to);
        var clues = db.Visible<Clue>(user).Where(c => c.AssignedUnitId == unitId);
        var cases = db.Visible<EnforcementCase>(user).Where(c => c.HandlingUnitId == unitId);
        var opened = cases.Where(c => c.OpenedOn >= period.Start && c.OpenedOn <= period.End);
        return source switch
        {
            S.Operations => await OperationsAsync(ops.Where(o => o.Kind != OperationKind.UndercoverVisit), o => 1, ct),
            S.JointOperations => await OperationsAsync(ops.Where(o => o.Kind == OperationKind.JointInspection), o => 1, ct),
            S.Personnel => await OperationsAsync(ops, o => o.Personnel, ct),
            S.Vehicles => await OperationsAsync(ops, o => o.Vehicles, ct),
            S.UndercoverVisits => await OperationsAsync(ops.Where(o => o.Kind == OperationKind.UndercoverVisit), o => 1, ct),
            S.Inspections => (await ops.SelectMany(o => o.Inspections, (o, i) => new { o.Id, o.Number, o.Title, i.InspectedAt })
                    .ToListAsync(ct))
                .Select(x => new PrefillRecord("Operation", x.Id, x.Number, x.Title, ChinaTime.DateOf(x.InspectedAt), 1)).ToList(),
            S.CluesReceived => await CluesAsync(clues.Where(c => c.ReceivedAt >= from && c.ReceivedAt < to), ct),
            S.CluesRealName => await CluesAsync(clues.Where(c => c.ReceivedAt >= from && c.ReceivedAt < to && c.InformantId != null), ct),
            S.CluesVerified => await CluesAsync(
                clues.Where(c => c.Events.Any(e => e.Kind == ClueEventKind.Verified && e.At >= from && e.At < to)), ct),
            S.CasesCarriedIn => await CasesAsync(cases.Where(c => c.OpenedOn < period.Start
                && (c.ClosedOn == null || c.ClosedOn >= period.Start)), c => 1, ct),
            S.CasesOpened => await CasesAsync(opened, c => 1, ct),
            S.CasesClosed => await CasesAsync(cases.Where(c => c.ClosedOn >= period.Start && c.ClosedOn <= period.End), c => 1, ct),
            S.CaseValue => await CasesAsync(opened, c => c.CaseValue, ct),
            S.GoodsValue => await CasesAsync(opened, c => c.GoodsValue, ct),
            S.Dens => await CasesAsync(opened, c => c.DensDestroyed, ct),
            S.Penalties => await CasesAsync(cases.Where(c => c.DecidedOn >= period.Start && c.DecidedOn <= period.End),
                c => (c.FineAmount ?? 0) + (c.ConfiscatedGains ?? 0), ct),
            S.ExhibitQuantity => await ExhibitsAsync(opened, ct),
            S.Transfers => await TransfersAsync(unitId, from, to, ct),
            _ => [],
        };
    }

    private static async Task<List<PrefillRecord>> OperationsAsync(IQueryable<Operation> q, Func<Operation, decimal> value,
        CancellationToken ct) =>
        (await q.OrderBy(o => o.StartsAt).ToListAsync(ct))
            .Select(o => new PrefillRecord("Operation", o.Id, o.Number, o.Title, ChinaTime.DateOf(o.StartsAt), value(o))).ToList();

    private static async Task<List<PrefillRecord>> CluesAsync(IQueryable<Clue> q, CancellationToken ct) =>
        (await q.OrderBy(c => c.ReceivedAt).Select(c => new { c.Id, c.Number, c.Product, c.ReceivedAt }).ToListAsync(ct))
            .Select(c => new PrefillRecord("Clue", c.Id, c.Number, c.Product ?? "", ChinaTime.DateOf(c.ReceivedAt), 1)).ToList();

    private static async Task<List<PrefillRecord>> CasesAsync(IQueryable<EnforcementCase> q, Func<EnforcementCase, decimal> value,
        CancellationToken ct) =>
        (await q.OrderBy(c => c.OpenedOn).ThenBy(c => c.Number).ToListAsync(ct))
            .Select(c => new PrefillRecord("Case", c.Id, c.Number, c.Title, c.OpenedOn, value(c))).ToList();

    private async Task<List<PrefillRecord>> ExhibitsAsync(IQueryable<EnforcementCase> opened, CancellationToken ct)
    {
        var rows = await db.Exhibits
            .Join(opened, e => e.CaseId, c => c.Id, (e, c) => new { c.Id, c.Number, e.Item, c.OpenedOn, e.Quantity })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.OpenedOn).ThenBy(r => r.Number)
            .Select(r => new PrefillRecord("Case", r.Id, r.Number, r.Item, r.OpenedOn, r.Quantity)).ToList();
    }

    private async Task<List<PrefillRecord>> TransfersAsync(Guid unitId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var rows = await db.Visible<PoliceTransfer>(user).Where(t => t.HandlingUnitId == unitId)
            .SelectMany(t => t.Steps.Where(s => s.Kind == TransferStepKind.HandOver && s.At >= from && s.At < to),
                (t, s) => new { t.CaseId, s.At })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.CaseId).ToList();
        var numbers = await db.Visible<EnforcementCase>(user).Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Number, c.Title }).ToDictionaryAsync(c => c.Id, ct);
        return rows.OrderBy(r => r.At).Select(r => numbers.TryGetValue(r.CaseId, out var c)
            ? new PrefillRecord("Case", c.Id, c.Number, c.Title, ChinaTime.DateOf(r.At), 1)
            : new PrefillRecord("Case", r.CaseId, "", "", ChinaTime.DateOf(r.At), 1)).ToList();
    }
}

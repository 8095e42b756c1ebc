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
    private sealed record OpRow(Guid Id, string Number, string Title, DateTimeOffset StartsAt, OperationKind Kind, int Personnel,
        int Vehicles);

    private sealed record CaseRow(Guid Id, string Number, string Title, DateOnly OpenedOn, decimal CaseValue, decimal GoodsValue,
        int Dens, decimal Penalty);

    // A form asks several figures of one set of records (five of the unit's operations, four of its new cases): each set
    // is read once per unit and period, as the few columns the figures need.
    private readonly Dictionary<(string Set, Guid Unit, Period Period), object> _sets = [];

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
        Task<List<OpRow>> Ops() => Once("ops", unitId, period, () => OperationsAsync(ops, ct));
        Task<List<CaseRow>> Opened() => Once("opened", unitId, period, () => CasesAsync(opened, ct));
        return source switch
        {
            S.Operations => OfOps(await Ops(), o => o.Kind != OperationKind.UndercoverVisit ? 1 : null),
            S.JointOperations => OfOps(await Ops(), o => o.Kind == OperationKind.JointInspection ? 1 : null),
            S.Personnel => OfOps(await Ops(), o => o.Personnel),
            S.Vehicles => OfOps(await Ops(), o => o.Vehicles),
            S.UndercoverVisits => OfOps(await Ops(), o => o.Kind == OperationKind.UndercoverVisit ? 1 : null),
            S.Inspections => (await ops.SelectMany(o => o.Inspections, (o, i) => new { o.Id, o.Number, o.Title, i.InspectedAt })
                    .ToListAsync(ct))
                .Select(x => new PrefillRecord("Operation", x.Id, x.Number, x.Title, ChinaTime.DateOf(x.InspectedAt), 1)).ToList(),
            S.CluesReceived => await CluesAsync(clues.Where(c => c.ReceivedAt >= from && c.ReceivedAt < to), ct),
            S.CluesRealName => await CluesAsync(clues.Where(c => c.ReceivedAt >= from && c.ReceivedAt < to && c.InformantId != null), ct),
            S.CluesVerified => await CluesAsync(clues.Where(c => db.Set<ClueEvent>()
                .Where(e => e.Kind == ClueEventKind.Verified && e.At >= from && e.At < to).Select(e => e.ClueId).Contains(c.Id)), ct),
            S.CasesCarriedIn => OfCases(await CasesAsync(cases.Where(c => c.OpenedOn < period.Start
                && (c.ClosedOn == null || c.ClosedOn >= period.Start)), ct), c => 1),
            S.CasesOpened => OfCases(await Opened(), c => 1),
            S.CasesClosed => OfCases(
                await CasesAsync(cases.Where(c => c.ClosedOn >= period.Start && c.ClosedOn <= period.End), ct), c => 1),
            S.CaseValue => OfCases(await Opened(), c => c.CaseValue),
            S.GoodsValue => OfCases(await Opened(), c => c.GoodsValue),
            S.Dens => OfCases(await Opened(), c => c.Dens),
            S.Penalties => OfCases(await CasesAsync(cases.Where(c => c.DecidedOn >= period.Start && c.DecidedOn <= period.End), ct),
                c => c.Penalty),
            S.ExhibitQuantity => await ExhibitsAsync(opened, ct),
            S.Transfers => await TransfersAsync(unitId, from, to, ct),
            _ => [],
        };
    }

    private async Task<List<T>> Once<T>(string set, Guid unitId, Period period, Func<Task<List<T>>> read)
    {
        if (_sets.TryGetValue((set, unitId, period), out var known)) return (List<T>)known;
        var rows = await read();
        _sets[(set, unitId, period)] = rows;
        return rows;
    }

    /// <summary>The operations a figure counts: those <paramref name="value"/> gives a value (null leaves one out).</summary>
    private static List<PrefillRecord> OfOps(List<OpRow> ops, Func<OpRow, decimal?> value) =>
        ops.Where(o => value(o) is not null)
            .Select(o => new PrefillRecord("Operation", o.Id, o.Number, o.Title, ChinaTime.DateOf(o.StartsAt), value(o)!.Value)).ToList();

    private static List<PrefillRecord> OfCases(List<CaseRow> cases, Func<CaseRow, decimal> value) =>
        cases.Select(c => new PrefillRecord("Case", c.Id, c.Number, c.Title, c.OpenedOn, value(c))).ToList();

    private static async Task<List<OpRow>> OperationsAsync(IQueryable<Operation> ops, CancellationToken ct) =>
        (await ops.Select(o => new OpRow(o.Id, o.Number, o.Title, o.StartsAt, o.Kind, o.Personnel, o.Vehicles)).ToListAsync(ct))
        .OrderBy(o => o.StartsAt).ToList();

    private static async Task<List<CaseRow>> CasesAsync(IQueryable<EnforcementCase> q, CancellationToken ct) =>
        (await q.Select(c => new CaseRow(c.Id, c.Number, c.Title, c.OpenedOn, c.CaseValue, c.GoodsValue, c.DensDestroyed,
                (c.FineAmount ?? 0) + (c.ConfiscatedGains ?? 0))).ToListAsync(ct))
        .OrderBy(c => c.OpenedOn).ThenBy(c => c.Number, StringComparer.Ordinal).ToList();

    private static async Task<List<PrefillRecord>> CluesAsync(IQueryable<Clue> q, CancellationToken ct) =>
        (await q.OrderBy(c => c.ReceivedAt).Select(c => new { c.Id, c.Number, c.Product, c.ReceivedAt }).ToListAsync(ct))
            .Select(c => new PrefillRecord("Clue", c.Id, c.Number, c.Product ?? "", ChinaTime.DateOf(c.ReceivedAt), 1)).ToList();

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

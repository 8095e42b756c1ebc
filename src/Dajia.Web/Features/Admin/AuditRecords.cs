using Dajia.Web.Data;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Campaigns;
using Dajia.Web.Domain.Cases;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.LiaisonTables;
using Dajia.Web.Domain.MarketEntities;
using Dajia.Web.Domain.Operations;
using Dajia.Web.Domain.RandomDraws;
using Dajia.Web.Domain.Rounds;
using Dajia.Web.Domain.Units;

namespace Dajia.Web.Features.Admin;

/// <summary>A record the log points at: what people call it, and its page (null where it has none).</summary>
public sealed record RecordRef(string Name, string? Link);

/// <summary>
/// Names and pages of the records a page of the log refers to, one query per record type however many entries there
/// are. The entries are already scoped to the admin; naming what they refer to reads the rows unscoped.
/// </summary>
public sealed class AuditRecords(AppDbContext db, IStringLocalizer<SharedResource> l)
{
    private delegate Task<List<(Guid Id, RecordRef Ref)>> Lookup(
        AppDbContext db, IStringLocalizer l, List<Guid> ids, CancellationToken ct);

    private static readonly Dictionary<string, Lookup> Lookups = new()
    {
        [nameof(Unit)] = async (db, l, ids, ct) => (await db.Unscoped<Unit>().Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.Name }).ToListAsync(ct)).ConvertAll(x => (x.Id, new RecordRef(x.Name, $"/Units/{x.Id}"))),
        [nameof(Jurisdiction)] = async (db, l, ids, ct) => (await db.Jurisdictions.Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.Name }).ToListAsync(ct)).ConvertAll(x => (x.Id, new RecordRef(x.Name, "/Admin/Jurisdictions"))),
        [nameof(AppUser)] = async (db, l, ids, ct) => (await db.Users.Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.DisplayName, x.UserName }).ToListAsync(ct))
            .ConvertAll(x => (x.Id, new RecordRef(AuditPeople.Name(x.DisplayName, x.UserName), $"/Admin/Users/Edit/{x.Id}"))),
        [nameof(KeyArea)] = async (db, l, ids, ct) => (await db.Unscoped<KeyArea>().Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.Name }).ToListAsync(ct)).ConvertAll(x => (x.Id, new RecordRef(x.Name, "/KeyAreas"))),
        [nameof(MarketEntity)] = async (db, l, ids, ct) => (await db.Unscoped<MarketEntity>().Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.Name, x.StallNumber }).ToListAsync(ct))
            .ConvertAll(x => (x.Id,
                new RecordRef(x.StallNumber is null ? x.Name : $"{x.Name}（{x.StallNumber}）", $"/Entities/Edit/{x.Id}"))),
        [nameof(Campaign)] = async (db, l, ids, ct) => (await db.Unscoped<Campaign>().Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.Title, x.Year }).ToListAsync(ct))
            .ConvertAll(x => (x.Id, new RecordRef(x.Title, $"/Campaigns/{x.Year}"))),
        [nameof(Clue)] = async (db, l, ids, ct) => (await db.Unscoped<Clue>().Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.Number }).ToListAsync(ct)).ConvertAll(x => (x.Id, new RecordRef(x.Number, $"/Clues/{x.Id}"))),
        [nameof(EnforcementCase)] = async (db, l, ids, ct) => (await db.Unscoped<EnforcementCase>().Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.Number }).ToListAsync(ct)).ConvertAll(x => (x.Id, new RecordRef(x.Number, $"/Cases/{x.Id}"))),
        [nameof(Operation)] = async (db, l, ids, ct) => (await db.Unscoped<Operation>().Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.Number, x.Title }).ToListAsync(ct))
            .ConvertAll(x => (x.Id, new RecordRef($"{x.Number} {x.Title}", $"/Operations/{x.Id}"))),
        [nameof(RandomDraw)] = async (db, l, ids, ct) => (await db.Unscoped<RandomDraw>().Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.Title }).ToListAsync(ct)).ConvertAll(x => (x.Id, new RecordRef(x.Title, $"/RandomDraws/{x.Id}"))),
        [nameof(Officer)] = async (db, l, ids, ct) => (await db.Unscoped<Officer>().Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.Name }).ToListAsync(ct)).ConvertAll(x => (x.Id, new RecordRef(x.Name, null))),
        [nameof(DeadlineRule)] = async (db, l, ids, ct) => (await db.DeadlineRules.Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.Name }).ToListAsync(ct))
            .ConvertAll(x => (x.Id, new RecordRef(x.Name, $"/Calendar/RuleEdit/{x.Id}"))),
        [nameof(LiaisonTable)] = async (db, l, ids, ct) => (await db.Unscoped<LiaisonTable>().Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.Year }).ToListAsync(ct))
            .ConvertAll(x => (x.Id, new RecordRef(x.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"/LiaisonTables?year={x.Year}"))),
        [nameof(AppRole)] = async (db, l, ids, ct) => (await db.Roles.Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.Name }).ToListAsync(ct)).ConvertAll(x => (x.Id, new RecordRef(l["Role." + x.Name], null))),
        // The alias staff already see ("#7"), never who the informant is.
        [nameof(Informant)] = async (db, l, ids, ct) => (await db.Unscoped<Informant>().Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.Alias }).ToListAsync(ct))
            .ConvertAll(x => (x.Id, new RecordRef(l["Audit.InformantAlias", x.Alias], null))),
        [nameof(EnforcementCase)] = Cases,
        [DeadlineSubjects.Case] = Cases,
        // A transfer and its clocks are the case's: named and linked by the case.
        [nameof(PoliceTransfer)] = async (db, l, ids, ct) => (await db.Unscoped<PoliceTransfer>().Where(x => ids.Contains(x.Id))
            .Join(db.Unscoped<EnforcementCase>(), t => t.CaseId, c => c.Id, (t, c) => new { t.Id, CaseId = c.Id, c.Number })
            .ToListAsync(ct)).ConvertAll(x => (x.Id, new RecordRef(l["Audit.TransferOf", x.Number].Value, $"/Cases/{x.CaseId}#transfer"))),
        [nameof(Deadline)] = Deadlines,
        [nameof(RoundSubmission)] = Submissions,
    };

    /// <summary>A deadline is its rule's name and what it runs for ("线索核查及立案决定（XS-2026-00034）"), linked there.</summary>
    private static async Task<List<(Guid, RecordRef)>> Deadlines(AppDbContext db, IStringLocalizer l, List<Guid> ids, CancellationToken ct)
    {
        var rows = await db.Unscoped<Deadline>().Where(d => ids.Contains(d.Id))
            .Join(db.DeadlineRules, d => d.RuleId, r => r.Id, (d, r) => new { d.Id, d.SubjectType, d.SubjectId, r.Name })
            .ToListAsync(ct);
        var subjects = new Dictionary<Guid, RecordRef>();
        foreach (var group in rows.GroupBy(r => r.SubjectType).Where(g => g.Key != nameof(Deadline) && Lookups.ContainsKey(g.Key)))
            foreach (var (id, r) in await Lookups[group.Key](db, l, group.Select(g => g.SubjectId).Distinct().ToList(), ct))
                subjects[id] = r;
        return rows.ConvertAll(d => subjects.GetValueOrDefault(d.SubjectId) is { } subject
            ? (d.Id, new RecordRef($"{d.Name}（{subject.Name}）", subject.Link))
            : (d.Id, new RecordRef(d.Name, null)));
    }

    private static async Task<List<(Guid, RecordRef)>> Cases(AppDbContext db, IStringLocalizer l, List<Guid> ids, CancellationToken ct) =>
        (await db.Unscoped<EnforcementCase>().Where(x => ids.Contains(x.Id)).Select(x => new { x.Id, x.Number }).ToListAsync(ct))
        .ConvertAll(x => (x.Id, new RecordRef(x.Number, $"/Cases/{x.Id}")));

    /// <summary>A unit's submitted version, linked to that version on the unit's page of the round.</summary>
    private static async Task<List<(Guid, RecordRef)>> Submissions(AppDbContext db, IStringLocalizer l, List<Guid> ids,
        CancellationToken ct) =>
        (await db.Set<RoundSubmission>().Where(s => ids.Contains(s.Id))
            .Join(db.Unscoped<LiaisonTable>(), s => s.RoundId, t => t.Id, (s, t) => new { s.Id, s.UnitId, s.Number, t.Year })
            .Join(db.Unscoped<Unit>(), s => s.UnitId, u => u.Id, (s, u) => new { s.Id, s.UnitId, s.Number, s.Year, u.Name })
            .ToListAsync(ct))
        .ConvertAll(s => (s.Id, new RecordRef(l["Audit.SubmissionName", s.Year, s.Name, s.Number].Value,
            $"/LiaisonTables/{s.Year}/Units/{s.UnitId}#version-{s.Number}")));

    /// <summary>Whether records of this type have a name the log can show instead of their key.</summary>
    public static bool Named(string type) => Lookups.ContainsKey(type);

    /// <summary>The named records among <paramref name="wanted"/> (type, id); unknown or deleted ones are left out.</summary>
    public async Task<Dictionary<(string Type, Guid Id), RecordRef>> FindAsync(
        IEnumerable<(string Type, Guid Id)> wanted, CancellationToken ct)
    {
        var found = new Dictionary<(string, Guid), RecordRef>();
        foreach (var group in wanted.Where(w => Lookups.ContainsKey(w.Type)).Distinct().GroupBy(w => w.Type))
        {
            foreach (var (id, r) in await Lookups[group.Key](db, l, group.Select(g => g.Id).ToList(), ct))
                found[(group.Key, id)] = r;
        }
        return found;
    }
}

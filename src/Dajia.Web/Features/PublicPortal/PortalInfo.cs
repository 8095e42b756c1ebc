using Dajia.Web.Data;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Campaigns;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Domain.Units;

namespace Dajia.Web.Features.PublicPortal;

/// <summary>One town's office as the public sees it: the 打假办's name and its number.</summary>
public sealed record PortalOffice(Guid Town, string Office, string? Hotline);

/// <summary>Who the portal belongs to: the offices of the towns that take reports, and the latest plan published.</summary>
public sealed record PortalContact(IReadOnlyList<PortalOffice> Offices, int? PlanYear, Guid? PlanTown)
{
    public string? PlanLink => PlanYear is { } y ? PlanTown is { } t ? $"/Plan/{y}?town={t}" : $"/Plan/{y}" : null;
}

/// <summary>
/// What the public pages say about whose they are and how long things take, from the towns' own records: each receiving
/// town's office unit (<see cref="ReceivingTowns"/>), the contact phone of that town's latest published plan (or
/// Dajia:Public:Hotline where set), the time-limit rules.
/// </summary>
public sealed class PortalInfo(AppDbContext db, IConfiguration config, TimeProvider time, Calendar.DeadlineService deadlines,
    IStringLocalizer<SharedResource> l)
{
    public async Task<PortalContact> ContactAsync(CancellationToken ct = default)
    {
        var setting = config["Dajia:Public:Hotline"] is { Length: > 0 } h ? h.Trim() : null;
        var year = ChinaTime.Today(time).Year;
        var towns = ReceivingTowns.Of(db);
        // The public's pages belong to no one user; the offices' names and their published plans are public anyway.
        var offices = await db.Unscoped<Unit>().Where(u => u.Kind == UnitKind.Office && u.Active)
            .Join(towns, u => u.JurisdictionId, j => j.Id, (u, j) => new { Town = j.Id, j.Path, u.Name, u.SortOrder })
            .OrderBy(o => o.Path).ThenBy(o => o.SortOrder).Take(50).ToListAsync(ct);
        var ids = offices.Select(o => o.Town).Distinct().ToList();
        var plans = await db.Unscoped<Campaign>().Where(c => c.Published && c.Year <= year && ids.Contains(c.JurisdictionId))
            .Select(c => new { c.JurisdictionId, c.Year, c.ContactPhone }).ToListAsync(ct);
        var latest = plans.GroupBy(p => p.JurisdictionId).ToDictionary(g => g.Key, g => g.MaxBy(p => p.Year)!);
        var list = offices.DistinctBy(o => o.Town)
            .Select(o => new PortalOffice(o.Town, o.Name, setting ?? latest.GetValueOrDefault(o.Town)?.ContactPhone)).ToList();
        if (list.Count == 1)
            return new PortalContact(list, latest.GetValueOrDefault(list[0].Town)?.Year, list[0].Town);
        // Several towns: the report form asks which; the plan page lists the towns that published that year.
        return new PortalContact(list, plans.Count == 0 ? null : plans.Max(p => p.Year), null);
    }

    /// <summary>What a person can expect after sending, from the rule in force today: a complaint's decision to accept it,
    /// a report's verification once accepted.</summary>
    public async Task<string?> ExpectedTimeAsync(ClueKind kind, CancellationToken ct = default)
    {
        var code = kind == ClueKind.Complaint ? RuleCodes.ComplaintAccept : RuleCodes.ClueVerify;
        if (await deadlines.RuleInForceAsync(code, ChinaTime.Today(time), ct) is not { } rule || rule.TimeUnit == TimeUnit.FixedDate)
            return null;
        var span = $"{rule.Amount} {l["TimeUnit." + rule.TimeUnit]}";
        return kind == ClueKind.Complaint ? l["Portal.ExpectComplaint", span]
            : rule.MaxExtensions > 0 ? l["Portal.ExpectReportExtendable", span] : l["Portal.ExpectReport", span];
    }
}

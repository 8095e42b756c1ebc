using Dajia.Web.Data;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Campaigns;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Domain.Units;

namespace Dajia.Web.Features.PublicPortal;

/// <summary>Who the portal belongs to: the town's 打假办, its number, and the latest plan it published.</summary>
public sealed record PortalContact(string? Office, string? Hotline, int? PlanYear, Guid? PlanTown)
{
    public string? PlanLink => PlanYear is { } y ? PlanTown is { } t ? $"/Plan/{y}?town={t}" : $"/Plan/{y}" : null;
}

/// <summary>
/// What the public pages say about whose they are and how long things take, from the town's own records: the office
/// unit's name, the contact phone of its latest published plan (or Dajia:Public:Hotline where set), the time-limit rules.
/// </summary>
public sealed class PortalInfo(AppDbContext db, IConfiguration config, TimeProvider time, Calendar.DeadlineService deadlines,
    IStringLocalizer<SharedResource> l)
{
    public async Task<PortalContact> ContactAsync(CancellationToken ct = default)
    {
        var setting = config["Dajia:Public:Hotline"] is { Length: > 0 } h ? h.Trim() : null;
        var year = ChinaTime.Today(time).Year;
        var towns = await db.Jurisdictions.Where(j => j.Level == Domain.Jurisdictions.JurisdictionLevel.Town).Select(j => j.Id)
            .Take(2).ToListAsync(ct);
        // The public's pages belong to no one user; the office's name and its published plan are public anyway.
        var plans = db.Unscoped<Campaign>().Where(c => c.Published && c.Year <= year);
        if (towns.Count != 1)
        {
            // Several towns: the report form asks which; the plan page lists the towns that published that year.
            var latest = await plans.MaxAsync(c => (int?)c.Year, ct);
            return new PortalContact(null, setting, latest, null);
        }
        var town = towns[0];
        var office = await db.Unscoped<Unit>().Where(u => u.JurisdictionId == town && u.Kind == UnitKind.Office && u.Active)
            .OrderBy(u => u.SortOrder).Select(u => u.Name).FirstOrDefaultAsync(ct);
        var plan = await plans.Where(c => c.JurisdictionId == town).OrderByDescending(c => c.Year)
            .Select(c => new { c.Year, c.ContactPhone }).FirstOrDefaultAsync(ct);
        return new PortalContact(office, setting ?? plan?.ContactPhone, plan?.Year, town);
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

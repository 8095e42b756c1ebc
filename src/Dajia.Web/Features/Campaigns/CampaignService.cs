using Dajia.Web.Data;
using Dajia.Web.Domain.Campaigns;
using Dajia.Web.Features.Calendar;
using Dajia.Web.Features.Deadlines;

namespace Dajia.Web.Features.Campaigns;

/// <summary>
/// The year's plans. The office edits them; a plan's dates become each member unit's deadlines (its liaison-table date
/// opens that year's 附件1 round) in the same save as the plan.
/// </summary>
public sealed class CampaignService(
    AppDbContext db, CurrentUser user, TimeProvider time, CalendarStore calendars, PlanDeadlines duties,
    MarketEntities.KeyAreaService areas, LiaisonTables.LiaisonRounds rounds)
{
    private IQueryable<Campaign> Visible() => db.Visible<Campaign>(user).Include(c => c.Stages);

    public async Task<IReadOnlyList<CampaignDto>> ListAsync(CancellationToken ct = default)
    {
        var list = await Visible().OrderByDescending(c => c.Year).ToListAsync(ct);
        var dtos = new List<CampaignDto>();
        foreach (var c in list) dtos.Add(await ToDtoAsync(c, ct));
        return dtos;
    }

    /// <summary>The user's own jurisdiction's plan for the year, else the first one below it.</summary>
    public async Task<CampaignDto?> GetAsync(int year, CancellationToken ct = default)
    {
        var plans = await Visible().Where(c => c.Year == year).ToListAsync(ct);
        var plan = plans.FirstOrDefault(c => c.JurisdictionId == user.JurisdictionId) ?? plans.FirstOrDefault();
        return plan is null ? null : await ToDtoAsync(plan, ct);
    }

    /// <summary>The towns with a published plan for the year: the public site names the town it shows.</summary>
    public async Task<IReadOnlyList<PublishedTown>> PublishedTownsAsync(int year, CancellationToken ct = default) =>
        await db.Unscoped<Campaign>().Where(c => c.Year == year && c.Published)
            .Join(db.Jurisdictions, c => c.JurisdictionId, j => j.Id, (c, j) => j)
            .OrderBy(j => j.Path).Select(j => new PublishedTown(j.Id, j.Name, j.Path)).ToListAsync(ct);

    /// <summary>The years a town published a plan for, newest first: the public plan page links the others as history.</summary>
    public async Task<IReadOnlyList<int>> PublishedYearsAsync(Guid jurisdictionId, CancellationToken ct = default) =>
        await db.Unscoped<Campaign>().Where(c => c.JurisdictionId == jurisdictionId && c.Published)
            .OrderByDescending(c => c.Year).Select(c => c.Year).ToListAsync(ct);

    /// <summary>
    /// A published plan for the public site: no sign-in, so it is found by town and year. Without a town it is the
    /// year's only published plan; with several, the caller must name the town rather than get an arbitrary one.
    /// </summary>
    public async Task<ServiceResult<CampaignDto>> PublishedAsync(int year, Guid? jurisdictionId, CancellationToken ct = default)
    {
        var plans = db.Unscoped<Campaign>().Include(c => c.Stages).Where(c => c.Year == year && c.Published);
        if (jurisdictionId is { } town) plans = plans.Where(c => c.JurisdictionId == town);
        var found = await plans.Take(2).ToListAsync(ct);
        if (found.Count == 0) return ServiceResult<CampaignDto>.NotFound();
        if (found.Count > 1) return ServiceResult<CampaignDto>.Invalid([new("jurisdictionId", "Validation.Campaign.TownRequired")]);
        return ServiceResult<CampaignDto>.Ok(await ToDtoAsync(found[0], ct));
    }

    public async Task<ServiceResult<CampaignDto>> SaveAsync(Guid? id, CampaignInput input, CancellationToken ct = default)
    {
        if (!user.IsOffice) return ServiceResult<CampaignDto>.Forbidden();
        var campaign = id is null ? null : await Visible().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (id is not null && campaign is null) return ServiceResult<CampaignDto>.NotFound();
        var (details, stages, errors) = input.Parse();
        var jurisdictionId = campaign?.JurisdictionId ?? user.JurisdictionId;
        if (await Visible().AnyAsync(c => c.JurisdictionId == jurisdictionId && c.Year == details.Year && c.Id != id, ct))
            errors.Add(new("year", "Validation.Campaign.YearTaken"));
        // Creating and editing both come here, so an edit cannot name a key area the user could not choose.
        if (details.KeyAreaId is { } area && await areas.Find(area, ct) is null)
            errors.Add(new("keyAreaId", "Validation.KeyArea.OutOfScope"));
        // A closed 附件1 round keeps its date: the plan cannot move it either.
        if (details.LiaisonTableDueOn is not null && details.LiaisonTableDueOn != campaign?.LiaisonTableDueOn
            && await rounds.IsClosedAsync(jurisdictionId, details.Year, ct))
            errors.Add(new("liaisonTableDueOn", "LiaisonTable.Closed", details.Year));
        if (errors.Count > 0) return ServiceResult<CampaignDto>.Invalid(errors);
        var liaisonDueBefore = campaign?.LiaisonTableDueOn;
        if (campaign is null) db.Add(campaign = new Campaign(jurisdictionId, details));
        else campaign.Update(details);
        if (input.Stages is not null) campaign.SetStages(stages);
        await duties.SyncAsync(campaign, liaisonDueBefore, ct);
        await db.SaveChangesAsync(ct);
        return ServiceResult<CampaignDto>.Ok(await ToDtoAsync(campaign, ct));
    }

    public async Task<ServiceResult<CampaignDto>> CopyAsync(Guid id, CancellationToken ct = default)
    {
        if (!user.IsOffice) return ServiceResult<CampaignDto>.Forbidden();
        var source = await Visible().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (source is null) return ServiceResult<CampaignDto>.NotFound();
        if (await Visible().AnyAsync(c => c.JurisdictionId == source.JurisdictionId && c.Year == source.Year + 1, ct))
            return ServiceResult<CampaignDto>.Conflict("Validation.Campaign.YearTaken");
        var copy = source.CopyToNextYear(source.Title.Replace(source.Year.ToString(), (source.Year + 1).ToString()));
        db.Add(copy);
        await duties.SyncAsync(copy, null, ct);
        await db.SaveChangesAsync(ct);
        return ServiceResult<CampaignDto>.Ok(await ToDtoAsync(copy, ct));
    }

    public async Task<ServiceResult<CampaignDto>> PublishAsync(Guid id, bool published, CancellationToken ct = default)
    {
        if (!user.IsOffice) return ServiceResult<CampaignDto>.Forbidden();
        var c = await Visible().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return ServiceResult<CampaignDto>.NotFound();
        c.Publish(published);
        await db.SaveChangesAsync(ct);
        return ServiceResult<CampaignDto>.Ok(await ToDtoAsync(c, ct));
    }

    private async Task<CampaignDto> ToDtoAsync(Campaign c, CancellationToken ct)
    {
        var today = ChinaTime.Today(time);
        var calendar = await calendars.GetAsync(ct);
        // The plan itself was found in scope (or published); its own key area is named with it.
        var area = c.KeyAreaId is { } k
            ? await db.Unscoped<Domain.MarketEntities.KeyArea>().Where(a => a.Id == k).Select(a => a.Name).FirstOrDefaultAsync(ct)
            : null;
        var town = await db.Jurisdictions.Where(j => j.Id == c.JurisdictionId).Select(j => j.Name).FirstOrDefaultAsync(ct) ?? "";
        var stages = c.Stages.OrderBy(s => s.Order)
            .Select(s => new StageDto(s.Name, s.From, s.To, s.Expectations, s.ProgressOn(today))).ToList();
        // The plan's own dates (the same for every unit); each unit's deadline says whether that unit met it.
        var upcoming = c.Duties().Where(d => d.Due >= today).OrderBy(d => d.Due)
            .Select(d => new DueDto(d.Kind, d.Due, calendar.WorkingDaysBetween(today, d.Due), d.RuleCode, d.Period)).ToList();
        var current = c.Stages.FirstOrDefault(s => s.From <= today && today <= s.To)?.Name;
        return new CampaignDto(c.Id, c.Year, c.Title, c.DocumentNumber, c.IssuedOn, c.Goals, c.Tasks, c.FullText, c.KeyAreaId, area,
            c.LiaisonTableDueOn, c.QuarterlyReportDueDay, c.ReportMonths, c.AnnualSummaryDueOn, c.ContactName, c.ContactPhone,
            c.ContactFax, c.ContactEmail, c.Published, stages, current, upcoming, c.JurisdictionId, town);
    }
}

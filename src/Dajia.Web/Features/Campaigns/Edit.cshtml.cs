using Dajia.Web.Features.MarketEntities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Campaigns;

[Authorize(Policy = Infrastructure.Auth.Policies.Office)]
public sealed class EditModel(CampaignService campaigns, KeyAreaService areas, TimeProvider time, IStringLocalizer<SharedResource> l)
    : PageModel
{
    public Guid? Id { get; private set; }
    public CampaignInput Form { get; private set; } = null!;
    public IReadOnlyList<KeyAreaDto> Areas { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        (Id, Areas) = (id, await areas.ListAsync(ct));
        var year = ChinaTime.Today(time).Year;
        Form = new CampaignInput(year, $"{year}年打假工作方案", null, null, null, null, null, null, null, 25, [3, 6, 9, 12],
            new DateOnly(year, 12, 10), null, null, null, null, []);
        if (id is null) return Page();
        var c = (await campaigns.ListAsync(ct)).FirstOrDefault(x => x.Id == id);
        if (c is null) return NotFound();
        Form = new CampaignInput(c.Year, c.Title, c.DocumentNumber, c.IssuedOn, c.Goals, c.Tasks, c.FullText, c.KeyAreaId,
            c.LiaisonTableDueOn, c.QuarterlyReportDueDay, c.QuarterlyReportMonths, c.AnnualSummaryDueOn, c.ContactName, c.ContactPhone,
            c.ContactFax, c.ContactEmail,
            c.Stages.Select(s => new StageInput(s.Name, s.From, s.To, s.Expectations)).ToList());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CampaignInput form, string? months, CancellationToken ct)
    {
        var monthList = (months ?? "").Split([',', '，', ' ', '、'], StringSplitOptions.RemoveEmptyEntries)
            .Select(m => int.TryParse(m, out var v) ? v : 0).ToList();
        // Blank stage rows are the form's spare row, not a stage.
        var input = form with
        {
            QuarterlyReportMonths = monthList,
            Stages = (form.Stages ?? []).Where(s => !string.IsNullOrWhiteSpace(s.Name) || s.From is not null || s.To is not null).ToList(),
        };
        var r = await campaigns.SaveAsync(id, input, ct);
        (Id, Form) = (id, input);
        return await this.AnswerAsync(r, l, c => this.Done(l["Campaigns.Saved"], "/Campaigns/Index", new { year = c.Year }),
            async () => Areas = await areas.ListAsync(ct));
    }
}

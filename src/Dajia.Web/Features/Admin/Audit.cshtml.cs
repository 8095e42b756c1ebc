using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Dajia.Web.Features.Admin;

[Authorize(Policy = Infrastructure.Auth.Policies.Admin)]
public sealed class AuditModel(AuditService audit, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? UserId { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? EntityType { get; set; }
    [BindProperty(SupportsGet = true)] public string? EntityId { get; set; }
    [BindProperty(SupportsGet = true)] public string? PageNumber { get; set; }
    public PagedList<AuditDto> Entries { get; private set; } = PagedList<AuditDto>.Empty(PageRequest.First);
    public List<AuditChoice> People { get; private set; } = [];
    public List<AuditChoice> Types { get; private set; } = [];

    public Pager Pager => Pager.Of(Entries, page => Link("/Admin/Audit", page));

    /// <summary>The same filters for another page of the list or for the export (which has no page number).</summary>
    public string Link(string path, int? page = null) => QueryHelpers.AddQueryString(path, new Dictionary<string, string?>
    {
        ["userId"] = UserId, ["from"] = From, ["to"] = To, ["entityType"] = EntityType, ["entityId"] = EntityId,
        ["pageNumber"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value)));

    /// <summary>A bad filter is said on the page and the list is shown without it.</summary>
    public async Task OnGetAsync(CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var query = audit.Parse(new AuditInput(UserId, From, To, EntityType, EntityId, PageNumber, null), errors, "pageNumber");
        ModelState.AddTo(errors, l, prefix: "");
        if (errors.Count > 0) query = query with { Paging = PageRequest.First };
        People = await audit.PeopleAsync(ct);
        Types = audit.Types();
        Entries = await audit.QueryAsync(query, ct);
    }
}

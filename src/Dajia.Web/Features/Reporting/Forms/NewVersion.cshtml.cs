using Dajia.Web.Data;
using Dajia.Web.Domain.Reporting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Reporting.Forms;

/// <summary>One line of the form as the page edits it: its words, and whether next year's form drops it.</summary>
public sealed class VersionLine
{
    public string Block { get; set; } = "";
    public string Code { get; set; } = "";
    public string? Label { get; set; }
    public string? Unit { get; set; }
    public bool Remove { get; set; }
}

/// <summary>
/// Next year's version of a form, made from the latest one: edit labels and units, drop lines (and the rules on them),
/// add one line to a block. The service checks it, as for the API.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class NewVersionModel(FormVersions versions, AppDbContext db, TimeProvider time, IStringLocalizer<SharedResource> l)
    : PageModel
{
    public ReportForm Form { get; private set; } = null!;
    public ReportFormVersion Latest { get; private set; } = null!;

    /// <summary>The place the new version is for: the admin's own (a town, or a city or province for all its towns).</summary>
    public FormOwner Owner { get; private set; } = null!;

    [BindProperty] public int? FromYear { get; set; }
    [BindProperty] public string? FormTitle { get; set; }
    [BindProperty] public string? Basis { get; set; }
    [BindProperty] public List<VersionLine> Lines { get; set; } = [];
    [BindProperty] public string? NewBlock { get; set; }
    [BindProperty] public string? NewCode { get; set; }
    [BindProperty] public string? NewLabel { get; set; }
    [BindProperty] public string? NewUnit { get; set; }
    [BindProperty] public string? NewType { get; set; }

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        Form = (await db.ReportForms.Include(f => f.Versions).AsNoTracking().FirstOrDefaultAsync(f => f.Code == code, ct))!;
        if (Form is null || Form.Versions.Count == 0 || await versions.OwnerAsync(null, ct) is not { } owner) return false;
        (Owner, Latest) = (owner, FormVersions.BaseFor(Form, owner)!);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        FromYear = Math.Max(ChinaTime.Today(time).Year, Latest.EffectiveFromYear) + 1;
        (FormTitle, Basis) = (Latest.Title, Latest.Basis);
        Lines = Latest.Parsed.Blocks.SelectMany(b => b.Indicators.Select(i => new VersionLine
        { Block = b.Code, Code = i.Code, Label = i.Label, Unit = i.Unit })).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        var copy = FormVersions.CopyOf(Latest, FromYear ?? 0);
        var dropped = Lines.Where(x => x.Remove).Select(x => x.Code).ToHashSet();
        var blocks = copy.Definition!.Blocks!.Select(b => b with
        {
            Indicators = b.Indicators!.Where(i => !dropped.Contains(i.Code!)).Select(i =>
                Lines.FirstOrDefault(x => x.Code == i.Code) is { } e ? i with { Label = e.Label, Unit = e.Unit } : i)
                .Concat(NewCode is { Length: > 0 } && b.Code == NewBlock
                    ? [new IndicatorInput(NewCode, NewLabel, NewUnit, NewType, null)] : []).ToList(),
        }).ToList();
        var rules = copy.Definition.Rules!.Where(r => !dropped.Contains(r.Left!) && !r.Right!.Any(dropped.Contains)).ToList();
        var input = new FormVersionInput(FromYear, FormTitle, Basis, new DefinitionInput(blocks, rules));
        var r = await versions.AddAsync(code, input, ct);
        if (r.Outcome == Outcome.Ok)
        {
            TempData.Flash(l["ReportForms.Created", r.Value!.EffectiveFromYear]);
            return RedirectToPage("/Reporting/Forms/Index");
        }
        if (r.Outcome != Outcome.Invalid) return this.AnswerByFlash(r, l, "", "/Reporting/Forms/Index");
        foreach (var e in r.Errors!) ModelState.AddModelError("", l[e.MessageKey, e.Args]);
        return Page();
    }
}

using System.Globalization;
using Dajia.Web.Features.Cases.Exhibits;
using Dajia.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;

namespace Dajia.Web.Features.Cases;

/// <summary>The case page's 涉案物品 forms: add, correct (the exhibit's own version) and dispose of.</summary>
public sealed partial class DetailsModel
{
    public async Task<IActionResult> OnPostAddExhibitAsync(Guid id, string? item, string? brand, string? quantity, string? unit,
        string? value, string? storagePlace, [FromServices] ExhibitService exhibits, CancellationToken ct)
    {
        var (input, errors) = ReadExhibit(item, brand, quantity, unit, value, storagePlace);
        if (errors.Count > 0) return await RefuseAsync(id, errors, "addExhibit", ct);
        return await GoodsAsync(id, await exhibits.AddAsync(id, input, ct), "Exhibits.Added", ct);
    }

    public async Task<IActionResult> OnPostEditExhibitAsync(Guid id, Guid exhibitId, string? item, string? brand, string? quantity,
        string? unit, string? value, string? storagePlace, int? version, [FromServices] ExhibitService exhibits, CancellationToken ct)
    {
        var (input, errors) = ReadExhibit(item, brand, quantity, unit, value, storagePlace);
        if (errors.Count > 0) return await RefuseAsync(id, errors, "editExhibit", ct);
        return await GoodsAsync(id, await exhibits.EditAsync(id, exhibitId, input, new Expected(version), ct), "Exhibits.Saved", ct);
    }

    public async Task<IActionResult> OnPostDisposeExhibitAsync(Guid id, Guid exhibitId, string? disposal, string? on, string? note,
        int? version, [FromServices] ExhibitService exhibits, CancellationToken ct) =>
        await GoodsAsync(id, await exhibits.DisposeAsync(id, exhibitId, new(disposal, on, note), new Expected(version), ct),
            "Exhibits.Disposed", ct);

    /// <summary>
    /// The goods', transfer's and documents' forms answer as the case's own steps do (<see cref="StepAsync"/>): a step
    /// refused by the state or lost to another tab comes back on <c>/Cases/{id}</c> with the reason, never on ?handler=….
    /// </summary>
    private Task<IActionResult> GoodsAsync<T>(Guid id, ServiceResult<T> r, string okKey, CancellationToken ct) =>
        r.Outcome == Outcome.Conflict ? Task.FromResult(this.Done(r.ConflictText(l), "/Cases/Details", new { id }))
            : this.AnswerAsync(r, l, _ => this.Done(l[okKey], "/Cases/Details", new { id }), () => LoadAsync(id, ct), "");

    /// <summary>
    /// Numbers the page could not read are refused here with every other field's message; the service never sees them
    /// (dropped, a value of "abc" would become none). Someone who may not keep the goods is refused as the service would.
    /// </summary>
    private async Task<IActionResult> RefuseAsync(Guid id, List<FieldError> errors, string action, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!Docs.Allows("disposeExhibit")) return Forbid();
        if (!Docs.Allows(action)) ModelState.AddModelError("", l["Exhibit.CaseClosed"]);
        else ModelState.AddTo(errors, l, "");
        return Page();
    }

    private static (ExhibitInput Input, List<FieldError> Errors) ReadExhibit(string? item, string? brand, string? quantity,
        string? unit, string? value, string? storagePlace)
    {
        var errors = new List<FieldError>();
        decimal? qty = null;
        if (!string.IsNullOrWhiteSpace(quantity))
        {
            if (decimal.TryParse(quantity.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var q)) qty = q;
            else errors.Add(new("quantity", "Validation.Exhibit.Quantity"));
        }
        var money = MoneyInput.Parse(value, "value", errors);
        var input = new ExhibitInput(item, brand, qty, unit, money, storagePlace);
        if (errors.Count > 0) errors.AddRange(input.Parse().Errors.Where(e => errors.All(x => x.Field != e.Field)).ToList());
        return (input, errors);
    }
}

using Dajia.Web.Domain.Cases;

namespace Dajia.Web.Features.Cases.Exhibits;

/// <summary>Body of POST /api/cases/{id}/exhibits and PUT …/exhibits/{exhibitId}: <c>unit</c> is 件/条/米/匹/套/批 or its name.</summary>
public sealed record ExhibitInput(string? Item, string? Brand, decimal? Quantity, string? Unit, decimal? Value, string? StoragePlace)
{
    public (ExhibitDetails Details, List<FieldError> Errors) Parse()
    {
        var errors = new List<FieldError>();
        var unit = Input.Enum<ExhibitUnit>(Unit, "unit", errors, required: true);
        if (Quantity is null) errors.Add(new("quantity", "Validation.Exhibit.Quantity"));
        foreach (var (text, field, max) in new[] { (Item, "item", FieldLengths.Name), (Brand, "brand", FieldLengths.ShortText),
                     (StoragePlace, "storagePlace", FieldLengths.Address) })
            Input.Fits(text, max, field, errors);
        var d = new ExhibitDetails(Item ?? "", Brand, Quantity ?? 0, unit ?? ExhibitUnit.Piece, Value ?? 0, StoragePlace).Normalized();
        errors.AddRange(d.Validate().Where(e => errors.All(x => x.Field != e.Field)).ToList());
        return (d, errors);
    }
}

/// <summary>Body of POST …/exhibits/{exhibitId}/dispose: <c>disposal</c> Destroyed/Confiscated/Returned/HandedToPolice (or 销毁…).</summary>
public sealed record DisposeInput(string? Disposal, string? On, string? Note);

public sealed record ExhibitDto(
    Guid Id, Guid CaseId, string Item, string? Brand, decimal Quantity, ExhibitUnit Unit, decimal Value, string? StoragePlace,
    ExhibitDisposal? Disposal, DateOnly? DisposedOn, string? DisposalNote, string? DisposedBy, DateTimeOffset RecordedAt,
    string RecordedBy, int Version) : Infrastructure.Access.IVersionedDto
{
    public static ExhibitDto From(Exhibit e) => new(
        e.Id, e.CaseId, e.Item, e.Brand, e.Quantity, e.Unit, e.Value, e.StoragePlace, e.Disposal, e.DisposedOn, e.DisposalNote,
        e.DisposedBy, e.RecordedAt, e.RecordedBy, e.Version);
}

/// <summary>
/// A case's goods with their total value and what is still to be disposed of; <c>CitedAs</c>: the list's number once a
/// decision cites it (the items are then fixed).
/// </summary>
public sealed record ExhibitListDto(
    IReadOnlyList<ExhibitDto> Items, decimal TotalValue, int Undisposed, IReadOnlyList<string> AllowedActions, string? CitedAs = null)
{
    public static ExhibitListDto Of(IReadOnlyList<Exhibit> rows, IReadOnlyList<string> allowed, string? citedAs = null) =>
        new(rows.Select(ExhibitDto.From).ToList(), rows.Sum(e => e.Value), rows.Count(e => !e.IsDisposed), allowed, citedAs);
}

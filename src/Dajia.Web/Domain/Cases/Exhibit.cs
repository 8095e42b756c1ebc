namespace Dajia.Web.Domain.Cases;

/// <summary>计量单位 of an exhibit: the units the market's goods are counted in.</summary>
public enum ExhibitUnit
{
    /// <summary>件.</summary>
    Piece,

    /// <summary>条.</summary>
    Strip,

    /// <summary>米.</summary>
    Metre,

    /// <summary>匹.</summary>
    Bolt,

    /// <summary>套.</summary>
    Set,

    /// <summary>批.</summary>
    Lot,
}

/// <summary>处置: what became of the goods.</summary>
public enum ExhibitDisposal
{
    /// <summary>销毁.</summary>
    Destroyed,

    /// <summary>没收.</summary>
    Confiscated,

    /// <summary>发还.</summary>
    Returned,

    /// <summary>移交公安.</summary>
    HandedToPolice,
}

/// <summary>What people type about an exhibit; validated before the exhibit changes.</summary>
public sealed record ExhibitDetails(string Item, string? Brand, decimal Quantity, ExhibitUnit Unit, decimal Value, string? StoragePlace)
{
    public const decimal MaxQuantity = 100_000_000m;

    public ExhibitDetails Normalized() => this with
    {
        Item = Item.Trim(),
        Brand = string.IsNullOrWhiteSpace(Brand) ? null : Brand.Trim(),
        StoragePlace = string.IsNullOrWhiteSpace(StoragePlace) ? null : StoragePlace.Trim(),
    };

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (Item.Length == 0) errors.Add(new("item", "Validation.Exhibit.Item"));
        else if (Item.Length > FieldLengths.Name) errors.Add(new("item", "Validation.TooLong", FieldLengths.Name));
        else if (PlainNames.HasMarkup(Item)) errors.Add(new("item", "Validation.NameChars"));
        if (Brand is { Length: > FieldLengths.ShortText }) errors.Add(new("brand", "Validation.TooLong", FieldLengths.ShortText));
        if (Quantity <= 0 || Quantity > MaxQuantity || decimal.Round(Quantity, 2) != Quantity)
            errors.Add(new("quantity", "Validation.Exhibit.Quantity"));
        // Only cloth by the metre comes in parts; 2.5 条 or 1.5 批 is a typing mistake.
        else if (Unit != ExhibitUnit.Metre && decimal.Truncate(Quantity) != Quantity)
            errors.Add(new("quantity", "Validation.Exhibit.WholeQuantity"));
        CaseMoney.Check(Value, "value", errors);
        if (StoragePlace is { Length: > FieldLengths.Address })
            errors.Add(new("storagePlace", "Validation.TooLong", FieldLengths.Address));
        return errors;
    }
}

/// <summary>
/// 涉案物品: goods seized or registered in a case, counted and valued, kept somewhere, and in the end destroyed,
/// confiscated, returned or handed to the police. Its own record (a version of its own), so listing goods never
/// races the case's life cycle; a disposed exhibit is history and changes no more.
/// </summary>
public sealed class Exhibit : AggregateRoot
{
    private Exhibit() { }

    public Exhibit(Guid caseId, ExhibitDetails d, DateTimeOffset at, string by)
    {
        (CaseId, RecordedAt, RecordedBy) = (caseId, at, by);
        Apply(d);
    }

    public Guid CaseId { get; private set; }
    public string Item { get; private set; } = "";
    public string? Brand { get; private set; }
    public decimal Quantity { get; private set; }
    public ExhibitUnit Unit { get; private set; }

    /// <summary>Yuan: the marked price, else the market price of the genuine product (立案追诉标准 货值).</summary>
    public decimal Value { get; private set; }
    public string? StoragePlace { get; private set; }
    public ExhibitDisposal? Disposal { get; private set; }
    public DateOnly? DisposedOn { get; private set; }
    public string? DisposalNote { get; private set; }
    public string? DisposedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";

    public bool IsDisposed => Disposal is not null;

    public void Edit(ExhibitDetails d)
    {
        if (IsDisposed) throw new DomainException("Exhibit.Disposed");
        Apply(d);
    }

    public void Dispose(ExhibitDisposal disposal, DateOnly on, string? note, string by)
    {
        if (IsDisposed) throw new DomainException("Exhibit.Disposed");
        (Disposal, DisposedOn, DisposalNote, DisposedBy) = (disposal, on, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), by);
    }

    private void Apply(ExhibitDetails d) =>
        (Item, Brand, Quantity, Unit, Value, StoragePlace) = (d.Item, d.Brand, d.Quantity, d.Unit, d.Value, d.StoragePlace);
}

namespace Dajia.Web.Domain.Clues;

public sealed class ClueEvent : Entity
{
    private ClueEvent() { }

    internal ClueEvent(Guid clueId, int sequence, ClueEventKind kind, DateTimeOffset at, string by, string? note) =>
        (ClueId, Sequence, Kind, At, By, Note) = (clueId, sequence, kind, at, by, note);

    public Guid ClueId { get; private set; }
    public int Sequence { get; private set; }
    public ClueEventKind Kind { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string By { get; private set; } = "";
    public string? Note { get; private set; }
}

public sealed record ClueDetails(
    ClueKind Kind, ClueCategory Category, ClueSource Source, string? Product, string? Brand, string? MerchantName, string? Address,
    string Description, DateOnly? SeenOn, Guid? MarketEntityId)
{
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (Description.Length is < 5 or > 2000) errors.Add(new("description", "Validation.Clue.Description"));
        if (Product is { Length: > FieldLengths.Name }) errors.Add(new("product", "Validation.TooLong", FieldLengths.Name));
        if (Brand is { Length: > FieldLengths.Name }) errors.Add(new("brand", "Validation.TooLong", FieldLengths.Name));
        if (MerchantName is { Length: > FieldLengths.EntityName })
            errors.Add(new("merchantName", "Validation.TooLong", FieldLengths.EntityName));
        if (Address is { Length: > FieldLengths.Address }) errors.Add(new("address", "Validation.TooLong", FieldLengths.Address));
        return errors;
    }
}

/// <summary>A photo sent with a report, decoded and encoded anew before it was stored (no metadata survives).</summary>
public sealed class ClueAttachment : Entity
{
    private ClueAttachment() { }

    public ClueAttachment(Guid clueId, string sha256, string contentType, long size, string? thumbnailSha256 = null) =>
        (ClueId, Sha256, ContentType, Size, ThumbnailSha256) = (clueId, sha256, contentType, size, thumbnailSha256);

    public Guid ClueId { get; private set; }
    public string Sha256 { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    /// <summary>Null for photos stored before thumbnails were made; lists then show the photo itself.</summary>
    public string? ThumbnailSha256 { get; private set; }
}

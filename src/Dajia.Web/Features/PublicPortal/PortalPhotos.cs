using Dajia.Web.Features.Clues;

namespace Dajia.Web.Features.PublicPortal;

/// <summary>Photos from the public, checked and cleaned as intake does, each refusal naming its place in the list.</summary>
public static class PortalPhotos
{
    /// <summary>The photos that are fine; <paramref name="already"/> held ones count towards the five.</summary>
    public static async Task<List<Infrastructure.CleanImage>> CleanAsync(
        IReadOnlyList<IFormFile> photos, int already, List<FieldError> errors, CancellationToken ct)
    {
        var room = Math.Max(0, ClueIntakeService.MaxPhotos - already);
        if (photos.Count > room) errors.Add(new("photos", "Validation.Clue.TooManyPhotos", ClueIntakeService.MaxPhotos));
        var cleaned = new List<Infrastructure.CleanImage>();
        foreach (var (photo, i) in photos.Take(room).Select((p, i) => (p, i)))
        {
            var (image, problem) = await Infrastructure.FileStore.CleanAsync(photo, ct);
            if (image is null) errors.Add(new($"photos[{i}]", problem!));
            else cleaned.Add(image);
        }
        return cleaned;
    }

    /// <summary>Cleaned photos as uploads, for a service that takes what a browser sends.</summary>
    public static IReadOnlyList<IFormFile> AsUploads(IEnumerable<Infrastructure.CleanImage> photos) => photos.Select((p, i) =>
        (IFormFile)new FormFile(new MemoryStream(p.Full), 0, p.Full.Length, "photos", $"photo-{i}.jpg")
        {
            Headers = new HeaderDictionary(), ContentType = Infrastructure.CleanImage.ContentType,
        }).ToList();
}

using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Dajia.Web.Features.Clues;

/// <summary>The public report arrives as JSON from apps, or as a multipart form with photos from browsers and apps alike.</summary>
public static class ClueIntakeBinding
{
    public static async Task<(ClueIntakeInput? Input, IReadOnlyList<IFormFile> Photos)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            try
            {
                var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
                return (await request.ReadFromJsonAsync<ClueIntakeInput>(options, ct), []);
            }
            // A refused character or date is said as such (ErrorHandling words it); any other bad body is "not JSON".
            catch (Exception e) when (e is JsonException and not Infrastructure.Input.InputRefusedException or InvalidOperationException)
            {
                return (null, []);
            }
        }
        var form = await request.ReadFormAsync(ct);
        string? F(string name) => form.TryGetValue(name, out var v) && !string.IsNullOrEmpty(v.ToString()) ? v.ToString() : null;
        Guid? G(string name) => Guid.TryParse(F(name), out var g) ? g : null;
        var input = new ClueIntakeInput(F("kind"), F("category"), F("product"), F("brand"), F("merchantName"), F("address"),
            F("description"),
            DateOnly.TryParse(F("seenOn"), out var seen) ? seen : null, bool.TryParse(F("anonymous"), out var a) ? a : null,
            F("informantName"), F("informantMobile"), F("informantIdNumber"), F("notifyBy"), G("jurisdictionId"), G("marketEntityId"),
                null);
        return (input, form.Files.GetFiles("photos"));
    }
}

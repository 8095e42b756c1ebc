using System.Text.Json;
using Dajia.Web.Features.Clues;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using FromHeaderAttribute = Microsoft.AspNetCore.Mvc.FromHeaderAttribute;

namespace Dajia.Web.Features.PublicPortal;

public static class AdditionsApi
{
    public static void Map(RouteGroupBuilder pub) =>
        pub.MapPost("/{trackingCode}/additions", AddAsync)
            .WithSummary("补充材料：查询码 + X-Access-Key；JSON {text}，或 multipart（text 与最多 5 张 photos）；已办结、不予受理或已合并的 409")
            .Limited(PublicLimit.Submission);

    private static async Task<Results<Created<PublicStatusDto>, ValidationProblem, ProblemHttpResult>> AddAsync(
        string trackingCode, [FromHeader(Name = "X-Access-Key")] string? accessKey, HttpRequest request, AdditionService s,
            IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var (body, photos) = await ReadAsync(request, ct);
        if (body is null) return Problems.BadRequest(l, l["Problem.BadJson"]);
        var r = await s.AddAsync(trackingCode, accessKey, body.Text, photos, ct);
        return r.Outcome switch
        {
            // The addition shows in the report's status, which the GET beside it reads back.
            Outcome.Ok => TypedResults.Created($"/api/public/reports/{r.Value!.TrackingCode}", r.Value),
            Outcome.Invalid => Problems.Validation(r.Errors!, l),
            _ => Problems.For(r, l),
        };
    }

    private static async Task<(AdditionInput? Body, IReadOnlyList<IFormFile> Photos)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            return (new AdditionInput(form["text"].ToString()), form.Files.GetFiles("photos"));
        }
        try
        {
            var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            return (await request.ReadFromJsonAsync<AdditionInput>(options, ct), []);
        }
        // A refused character is said as such (ErrorHandling words it); any other bad body is "not JSON".
        catch (Exception e) when (e is JsonException and not Infrastructure.Input.InputRefusedException or InvalidOperationException)
        {
            return (null, []);
        }
    }
}

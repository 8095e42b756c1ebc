using Dajia.Web.Data;
using Dajia.Web.Domain;
using Dajia.Web.Features.Units;
using Dajia.Web.Infrastructure;
using Dajia.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Features.Shared;

namespace Dajia.Web.Features.Admin;

public sealed record JurisdictionDto(Guid Id, string Name, JurisdictionLevel Level, Guid? ParentId, int Depth);

public sealed record JurisdictionInput(string? Name, string? Level, Guid? ParentId);

public static class JurisdictionsApi
{
    public static RouteGroupBuilder MapJurisdictionsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/jurisdictions").WithTags("Jurisdictions");
        g.MapGet("/", async (AppDbContext db, CurrentUser me, CancellationToken ct) =>
            TypedResults.Ok(new ItemsDto<JurisdictionDto>(await ListAsync(db, me, ct))));
        g.MapPost("/", Create).RequireAuthorization(Infrastructure.Auth.Policies.Admin);
        return api;
    }

    /// <summary>The user's subtree in tree order (parents before children).</summary>
    public static async Task<IReadOnlyList<JurisdictionDto>> ListAsync(AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var rows = await db.VisibleJurisdictions(me).ToListAsync(ct);
        return rows.OrderBy(j => j.Path, StringComparer.Ordinal)
            .Select(j => new JurisdictionDto(j.Id, j.Name, j.Level, j.ParentId, j.Path.Count(c => c == '/') - 2)).ToList();
    }

    private static async Task<Results<Created<JurisdictionDto>, ValidationProblem, ProblemHttpResult>> Create(
        JurisdictionInput body, AppDbContext db, CurrentUser me, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var name = body.Name?.Trim() ?? "";
        if (name.Length is 0 or > 64) errors.Add(new("name", "Validation.Jurisdiction.Name"));
        if (!Infrastructure.Input.InputRules.TryParseEnum<JurisdictionLevel>(body.Level, out var level)) errors.Add(new("level", "Validation.Jurisdiction.Level"));
        var parent = body.ParentId is { } pid ? await db.VisibleJurisdictions(me).FirstOrDefaultAsync(j => j.Id == pid, ct) : null;
        if (parent is null) errors.Add(new("parentId", "Validation.Jurisdiction.Parent"));
        else if (parent.Level >= level) errors.Add(new("level", "Validation.Jurisdiction.LevelOrder"));
        else if (await db.Jurisdictions.AnyAsync(j => j.ParentId == parent.Id && j.Name == name, ct))
            errors.Add(new("name", "Validation.Jurisdiction.NameTaken"));
        if (errors.Count > 0) return Problems.Validation(errors, l);
        var j = Jurisdiction.Create(name, level, parent);
        db.Jurisdictions.Add(j);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/jurisdictions/{j.Id}",
            new JurisdictionDto(j.Id, j.Name, j.Level, j.ParentId, j.Path.Count(c => c == '/') - 2));
    }
}

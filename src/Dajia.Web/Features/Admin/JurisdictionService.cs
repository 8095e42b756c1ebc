using Dajia.Web.Data;
using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Infrastructure.Input;

namespace Dajia.Web.Features.Admin;

/// <summary>The jurisdiction tree as the user may see it, and adding to it: one set of rules for the page and the API.</summary>
public sealed class JurisdictionService(AppDbContext db, CurrentUser me)
{
    /// <summary>The user's subtree in tree order (parents before children).</summary>
    public async Task<IReadOnlyList<JurisdictionDto>> ListAsync(CancellationToken ct = default)
    {
        var rows = await db.VisibleJurisdictions(me).ToListAsync(ct);
        return rows.OrderBy(j => j.Path, StringComparer.Ordinal).Select(ToDto).ToList();
    }

    public async Task<JurisdictionDto?> GetAsync(Guid id, CancellationToken ct = default) =>
        await db.VisibleJurisdictions(me).FirstOrDefaultAsync(j => j.Id == id, ct) is { } j ? ToDto(j) : null;

    /// <summary>A city or town under one of the user's own jurisdictions, its name unique among its siblings.</summary>
    public async Task<ServiceResult<JurisdictionDto>> CreateAsync(JurisdictionInput input, CancellationToken ct = default)
    {
        var errors = new List<FieldError>();
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > 64) errors.Add(new("name", "Validation.Jurisdiction.Name"));
        if (!InputRules.TryParseEnum<JurisdictionLevel>(input.Level, out var level))
            errors.Add(new("level", "Validation.Jurisdiction.Level"));
        var parent = input.ParentId is { } pid ? await db.VisibleJurisdictions(me).FirstOrDefaultAsync(j => j.Id == pid, ct) : null;
        if (parent is null) errors.Add(new("parentId", "Validation.Jurisdiction.Parent"));
        else if (parent.Level >= level) errors.Add(new("level", "Validation.Jurisdiction.LevelOrder"));
        else if (await db.Jurisdictions.AnyAsync(j => j.ParentId == parent.Id && j.Name == name, ct))
            errors.Add(new("name", "Validation.Jurisdiction.NameTaken"));
        if (errors.Count > 0) return ServiceResult<JurisdictionDto>.Invalid(errors);
        var j = Jurisdiction.Create(name, level, parent);
        db.Jurisdictions.Add(j);
        await db.SaveChangesAsync(ct);
        return ServiceResult<JurisdictionDto>.Ok(ToDto(j));
    }

    private static JurisdictionDto ToDto(Jurisdiction j) => new(j.Id, j.Name, j.Level, j.ParentId, j.Path.Count(c => c == '/') - 2);
}

using System.Text.Json;
using Dajia.Web.Data;
using Dajia.Web.Features.Shared;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Dajia.Web.Features.Admin;

/// <summary>One changed field as a person reads it: its name and the values before and after, in words.</summary>
public sealed record AuditFieldDto(string Field, string Name, string? Before, string? After);

/// <summary>
/// An audit entry in words: China time, who (name and account), the record's type and name and its page, and each
/// field. The stored keys stay alongside (userId, entityType, entityId, action, and changes as written).
/// </summary>
public sealed record AuditDto(
    long Id, DateTimeOffset At, Guid? UserId, string UserName, string Who, string EntityType, string TypeName, string EntityId,
    string? RecordName, string? Link, string Action, string ActionName, IReadOnlyList<AuditFieldDto> Fields, string Changes);

/// <summary>Turns a page of stored entries into <see cref="AuditDto"/>s with a fixed number of look-ups per page.</summary>
public sealed class AuditDescriber(AppDbContext db, AuditRecords records, PeopleNames peopleNames, IStringLocalizer<SharedResource> l)
{
    private sealed record Parsed(AuditEntry Entry, IEntityType? Type, List<(string Name, JsonElement? Before, JsonElement? After)> Changes);

    public async Task<List<AuditDto>> DescribeAsync(IReadOnlyList<AuditEntry> entries, CancellationToken ct)
    {
        var types = AuditVocabulary.Types(db.Model);
        var parsed = entries.Select(e => new Parsed(e, types.GetValueOrDefault(e.EntityType), Parse(e.Changes))).ToList();
        var parents = await AuditParents.FindAsync(db, parsed.Select(p => (p.Entry, p.Type, Value(p, AuditParents.Key(p.Type)))), ct);
        var wanted = new List<(string, Guid)>();
        var signatures = new List<string?>();
        foreach (var p in parsed)
        {
            if (p.Entry.UserId is { } user) wanted.Add((nameof(AppUser), user));
            if (Guid.TryParse(p.Entry.EntityId, out var own)) wanted.Add((p.Entry.EntityType, own));
            if (parents.TryGetValue(p.Entry.Id, out var parent)) wanted.Add(parent);
            foreach (var c in p.Changes)
            {
                if (Signature(p, c.Name)) signatures.AddRange(new[] { c.Before, c.After }.Select(Text));
                if (Principal(p, c.Name) is not { } principal) continue;
                foreach (var v in new[] { c.Before, c.After })
                    if (v is { ValueKind: JsonValueKind.String } s && s.TryGetGuid(out var id)) wanted.Add((principal, id));
            }
        }
        var found = await records.FindAsync(wanted, ct);
        var people = await peopleNames.ResolveAsync(signatures, ct);
        return parsed.ConvertAll(p => Describe(p, found, people, parents.TryGetValue(p.Entry.Id, out var o) ? o : null));
    }

    private AuditDto Describe(Parsed p, Dictionary<(string, Guid), RecordRef> found, People people, (string Type, Guid Id)? parent)
    {
        var e = p.Entry;
        var who = e.UserId is { } u && found.GetValueOrDefault((nameof(AppUser), u)) is { } person
            ? person.Name
            : AuditPeople.Actor(e.UserName, l);
        RecordRef? own = Guid.TryParse(e.EntityId, out var id) ? found.GetValueOrDefault((e.EntityType, id)) : null;
        // A part (a unit's liaison) is named and linked by the record it belongs to.
        var owner = parent is { } pr ? found.GetValueOrDefault(pr) : null;
        var link = own?.Link ?? owner?.Link;
        var fields = p.Changes
            .Where(c => c.Name != "Id" && !AuditValues.Repeated(AuditVocabulary.Short(e.EntityType), c.Name))
            .Select(c => new AuditFieldDto(c.Name, l[AuditVocabulary.FieldKey(e.EntityType, c.Name)],
                Word(p, c.Name, c.Before, found, people), Word(p, c.Name, c.After, found, people)))
            .Where(f => f.Before is not null || f.After is not null)
            // Identity saves a whole user row when one field changed: only what changed is listed.
            .Where(f => e.Action != "Modified" || f.Before != f.After || f.Before == l["Audit.Hidden"])
            // A secret that changed, or a new record's part stored with both sides (a unit's 分管领导), is said once.
            .Select(f => f.Before == f.After ? f with { Before = null } : e.Action == "Modified" ? Cleared(f) : f)
            .ToList();
        return new AuditDto(e.Id, ChinaTime.ToChina(e.At), e.UserId, e.UserName, who, e.EntityType,
            l[AuditVocabulary.TypeKey(e.EntityType)], e.EntityId, own?.Name ?? owner?.Name, link, e.Action, l["Audit." + e.Action], fields,
            e.Changes);
    }

    /// <summary>A change that cleared a value (a result sent back for re-checking) reads "属实 → （空）".</summary>
    private AuditFieldDto Cleared(AuditFieldDto f) => f.After is null ? f with { After = l["Audit.Empty"] } : f;

    /// <summary>
    /// The type a Guid field points at: the model's foreign key, else what the field's name says; a deadline's subject
    /// is of the type its entry names.
    /// </summary>
    private static string? Principal(Parsed parsed, string field)
    {
        var type = parsed.Type;
        if (type?.FindProperty(field) is not { } p || (Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType) != typeof(Guid)) return null;
        if (field == "SubjectId") return Text(Value(parsed, "SubjectType"));
        return p.GetContainingForeignKeys().Select(f => f.PrincipalEntityType.ClrType.Name).FirstOrDefault()
            ?? AuditParents.ByFieldName(field);
    }

    private static bool Signature(Parsed p, string field) =>
        AuditValues.Signature(p.Type is null ? null : AuditVocabulary.Find(p.Type, field)?.ClrType, field);

    private static string? Text(JsonElement? v) => v is { ValueKind: JsonValueKind.String } s ? s.GetString() : null;

    private string? Word(Parsed p, string field, JsonElement? value, Dictionary<(string, Guid), RecordRef> found, People people)
    {
        var type = p.Type;
        if (value is not { } v || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind == JsonValueKind.String && v.GetString() == "***") return l["Audit.Hidden"];
        if (AuditValues.Omitted(field)) return l["Audit.Omitted"];
        if (Signature(p, field) && Text(v) is { } by)
            return people.Of(by) is var person && person.Account is { } account ? AuditPeople.Name(person.Name, account) : person.Name;
        if (Principal(p, field) is { } principal && v.TryGetGuid(out var id))
        {
            return found.GetValueOrDefault((principal, id))?.Name
                ?? l[RecordsNamed(principal) ? "Audit.Gone" : "Audit.Related", l[AuditVocabulary.TypeKey(principal)]];
        }
        var clr = type is null ? null : AuditVocabulary.Find(type, field)?.ClrType;
        return AuditValues.Word(clr, field, v, l);
    }

    private static bool RecordsNamed(string type) => AuditRecords.Named(type);

    private static JsonElement? Value(Parsed p, string? field) =>
        field is null ? null : p.Changes.FirstOrDefault(c => c.Name == field) is var c && c.Name is null ? null : c.After ?? c.Before;

    private static List<(string, JsonElement?, JsonElement?)> Parse(string changes)
    {
        var list = new List<(string, JsonElement?, JsonElement?)>();
        try
        {
            using var doc = JsonDocument.Parse(changes);
            foreach (var f in doc.RootElement.EnumerateObject())
            {
                JsonElement? Side(string name) => f.Value.ValueKind == JsonValueKind.Object && f.Value.TryGetProperty(name, out var x)
                    ? x.Clone() : null;
                list.Add((f.Name, Side("before"), Side("after")));
            }
        }
        catch (JsonException)
        {
            // An entry written by hand or by an older version: shown without fields rather than not at all.
        }
        return list;
    }
}

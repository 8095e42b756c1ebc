using System.Reflection;
using System.Text.Json;
using Dajia.Web.Data;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Dajia.Web.Features.Admin;

/// <summary>
/// A part of a record (a clue's event, a unit's liaison, a user's role) has no page of its own: its entry links to the
/// record it belongs to. The owner's key is in the entry when the part was added or deleted, in the entry's key for
/// Identity's rows, and otherwise read from the part's row, one query per part type.
/// </summary>
public static class AuditParents
{
    private static readonly Dictionary<string, (string Field, string Type)> Owners = new()
    {
        ["ClueEvent"] = ("ClueId", "Clue"), ["ClueAttachment"] = ("ClueId", "Clue"), ["InformantReveal"] = ("ClueId", "Clue"),
        ["Liaison"] = ("UnitId", "Unit"), ["LiaisonTableSubmission"] = ("LiaisonTableId", "LiaisonTable"),
        ["CampaignStage"] = ("CampaignId", "Campaign"), ["Inspection"] = ("OperationId", "Operation"),
        ["OperationPhoto"] = ("OperationId", "Operation"), ["OperationUnit"] = ("OperationId", "Operation"),
        ["RandomDrawItem"] = ("RandomDrawId", "RandomDraw"), ["IdentityUserRole"] = ("UserId", "AppUser"),
        ["IdentityUserClaim"] = ("UserId", "AppUser"), ["IdentityUserToken"] = ("UserId", "AppUser"),
        ["IdentityUserLogin"] = ("UserId", "AppUser"), ["DeadlineChange"] = ("DeadlineId", "Deadline"),
        ["DeadlinePause"] = ("DeadlineId", "Deadline"), ["DeadlineExtension"] = ("DeadlineId", "Deadline"),
    };

    /// <summary>Guid fields without a foreign key in the model, named by what they point at.</summary>
    private static readonly Dictionary<string, string> ByName = new()
    {
        ["UnitId"] = "Unit", ["ResponsibleUnitId"] = "Unit", ["LeadUnitId"] = "Unit", ["AssignedUnitId"] = "Unit",
        ["ClueId"] = "Clue", ["DuplicateOfId"] = "Clue", ["UserId"] = "AppUser", ["OperationId"] = "Operation",
        ["RandomDrawId"] = "RandomDraw", ["OfficerId"] = "Officer", ["FirstOfficerId"] = "Officer", ["SecondOfficerId"] = "Officer",
        ["JurisdictionId"] = "Jurisdiction", ["ParentId"] = "Jurisdiction", ["InformantId"] = "Informant",
        ["KeyAreaId"] = "KeyArea", ["MarketEntityId"] = "MarketEntity", ["CampaignId"] = "Campaign", ["RuleId"] = "DeadlineRule",
        ["RoleId"] = "AppRole", ["LiaisonTableId"] = "LiaisonTable", ["DeadlineId"] = "Deadline",
        ["SubmittedById"] = "AppUser", ["HandlingUnitId"] = "Unit", ["CaseId"] = nameof(Domain.Cases.EnforcementCase),
    };

    public static string? ByFieldName(string field) => ByName.GetValueOrDefault(field);

    /// <summary>The field of <paramref name="type"/> that holds its owner's key, if it is a part.</summary>
    public static string? Key(IEntityType? type) =>
        type is not null && Owners.TryGetValue(AuditVocabulary.Short(type.ClrType.Name), out var o) ? o.Field : null;

    /// <summary>Each entry's owner (type, id), by entry id, for entries about parts.</summary>
    public static async Task<Dictionary<long, (string Type, Guid Id)>> FindAsync(
        AppDbContext db, IEnumerable<(AuditEntry Entry, IEntityType? Type, JsonElement? OwnerKey)> entries, CancellationToken ct)
    {
        var found = new Dictionary<long, (string, Guid)>();
        var unknown = new List<(AuditEntry Entry, IEntityType Type, Guid Id)>();
        foreach (var (entry, type, ownerKey) in entries)
        {
            if (type is null || !Owners.TryGetValue(AuditVocabulary.Short(type.ClrType.Name), out var owner)) continue;
            if (ownerKey is { ValueKind: JsonValueKind.String } k && k.TryGetGuid(out var id)) found[entry.Id] = (owner.Type, id);
            else if (KeyPart(type, entry.EntityId, owner.Field) is { } fromKey) found[entry.Id] = (owner.Type, fromKey);
            else if (Guid.TryParse(entry.EntityId, out var own)) unknown.Add((entry, type, own));
        }
        foreach (var group in unknown.GroupBy(u => u.Type))
        {
            var owner = Owners[AuditVocabulary.Short(group.Key.ClrType.Name)];
            var read = (Task<Dictionary<Guid, Guid>>)OwnersOfMethod.MakeGenericMethod(group.Key.ClrType)
                .Invoke(null, [db, owner.Field, group.Select(g => g.Id).Distinct().ToList(), ct])!;
            var owners = await read;
            foreach (var (entry, _, id) in group)
                if (owners.TryGetValue(id, out var o)) found[entry.Id] = (owner.Type, o);
        }
        return found;
    }

    /// <summary>Identity's rows are keyed by their owner ("userId/roleId"): the owner is that part of the entry's key.</summary>
    private static Guid? KeyPart(IEntityType type, string entityId, string field)
    {
        var keys = type.FindPrimaryKey()?.Properties.Select(p => p.Name).ToList() ?? [];
        var at = keys.IndexOf(field);
        var parts = entityId.Split('/');
        return at >= 0 && at < parts.Length && Guid.TryParse(parts[at], out var id) ? id : null;
    }

    private static readonly MethodInfo OwnersOfMethod =
        typeof(AuditParents).GetMethod(nameof(OwnersOf), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static Task<Dictionary<Guid, Guid>> OwnersOf<T>(AppDbContext db, string field, List<Guid> ids, CancellationToken ct)
        where T : class =>
        db.Set<T>().Where(x => ids.Contains(EF.Property<Guid>(x, "Id")))
            .Select(x => new { Id = EF.Property<Guid>(x, "Id"), Owner = EF.Property<Guid>(x, field) })
            .ToDictionaryAsync(x => x.Id, x => x.Owner, ct);
}

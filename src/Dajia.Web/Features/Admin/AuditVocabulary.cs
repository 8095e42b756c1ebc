using Dajia.Web.Data;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Dajia.Web.Features.Admin;

/// <summary>
/// The audit log's words: every audited record type is the resource <c>Audit.Type.&lt;Type&gt;</c> and every audited
/// field <c>Audit.Field.&lt;Type&gt;.&lt;Property&gt;</c>, read from the EF model so a new field is named or a test fails.
/// </summary>
public static class AuditVocabulary
{
    public const string TypePrefix = "Audit.Type.";
    public const string FieldPrefix = "Audit.Field.";

    /// <summary>The stored type name without a generic arity: IdentityUserRole`1 is IdentityUserRole.</summary>
    public static string Short(string entityType) => entityType.Split('`')[0];

    public static string TypeKey(string entityType) => TypePrefix + Short(entityType);

    public static string FieldKey(string entityType, string property) => $"{FieldPrefix}{Short(entityType)}.{property}";

    /// <summary>The audited types of the model, by the name stored in <see cref="AuditEntry.EntityType"/>.</summary>
    public static IReadOnlyDictionary<string, IEntityType> Types(IModel model) => model.GetEntityTypes()
        .Where(t => AuditInterceptor.Audits(t.ClrType))
        .ToDictionary(t => t.ClrType.Name, StringComparer.Ordinal);

    /// <summary>Each audited property as the log names it (a complex property's parts as <c>Leader.Name</c>), with its type.</summary>
    public static IEnumerable<(string Name, IReadOnlyPropertyBase Property)> Properties(IEntityType type) =>
        type.GetProperties().Where(p => !AuditInterceptor.Skips(p.Name)).Select(p => (p.Name, (IReadOnlyPropertyBase)p))
            .Concat(type.GetComplexProperties().SelectMany(c =>
                c.ComplexType.GetProperties().Select(p => ($"{c.Name}.{p.Name}", (IReadOnlyPropertyBase)p))));

    /// <summary>The property of <paramref name="type"/> the log calls <paramref name="name"/>, or null.</summary>
    public static IReadOnlyPropertyBase? Find(IEntityType type, string name)
    {
        var dot = name.IndexOf('.');
        if (dot < 0) return type.FindProperty(name);
        return type.FindComplexProperty(name[..dot])?.ComplexType.FindProperty(name[(dot + 1)..]);
    }
}

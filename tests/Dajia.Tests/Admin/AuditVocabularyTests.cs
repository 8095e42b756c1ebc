using System.Xml.Linq;
using Dajia.Tests.Architecture;
using Dajia.Web.Data;
using Dajia.Web.Features.Admin;
using Microsoft.EntityFrameworkCore;

namespace Dajia.Tests.Admin;

/// <summary>A new audited record type or field cannot reach the log in English: each needs its Chinese name.</summary>
public sealed class AuditVocabularyTests
{
    private static readonly HashSet<string> Chinese = XDocument
        .Load(RepoFiles.Full(Path.Combine("src", "Dajia.Web", "Resources", "SharedResource.resx"))).Root!.Elements("data")
        .Select(d => d.Attribute("name")!.Value).ToHashSet();

    private static Microsoft.EntityFrameworkCore.Metadata.IModel Model()
    {
        using var db = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=:memory:").Options);
        return db.Model;
    }

    /// <summary>The labels of every enum an audited field holds: the audit page shows each of them.</summary>
    public static IEnumerable<string> AuditedEnumLabels() => AuditVocabulary.Types(Model()).Values
        .SelectMany(t => AuditVocabulary.Properties(t))
        .Select(p => Nullable.GetUnderlyingType(p.Property.ClrType) ?? p.Property.ClrType).Where(t => t.IsEnum).Distinct()
        .SelectMany(t => Enum.GetNames(t).Select(n => $"{t.Name}.{n}"));

    [Fact]
    public void Every_audited_type_field_and_enum_value_has_a_chinese_name()
    {
        var missing = new List<string>();
        var types = AuditVocabulary.Types(Model());
        foreach (var (name, type) in types)
        {
            missing.Add(AuditVocabulary.TypeKey(name));
            foreach (var (field, property) in AuditVocabulary.Properties(type).Where(p => p.Name != "Id"))
            {
                missing.Add(AuditVocabulary.FieldKey(name, field));
                var clr = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                if (clr.IsEnum) missing.AddRange(Enum.GetNames(clr).Select(n => $"{clr.Name}.{n}"));
            }
        }
        missing.RemoveAll(Chinese.Contains);
        Assert.True(missing.Count == 0, "Add to SharedResource.resx and SharedResource.en.resx:\n" + string.Join("\n", missing));
        // The check reads the real model: the clue's status, a complex part and Identity's generic rows are in it.
        Assert.Contains("Clue", types.Keys);
        Assert.Contains("IdentityUserRole`1", types.Keys);
        Assert.Contains(AuditVocabulary.Properties(types["Unit"]), p => p.Name == "Leader.Name");
        Assert.DoesNotContain("AuditEntry", types.Keys);
        Assert.DoesNotContain("UserSession", types.Keys);
    }
}

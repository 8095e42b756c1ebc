namespace Dajia.Web.Domain.Jurisdictions;

public enum JurisdictionLevel
{
    Province,
    City,
    Town,
}

/// <summary>管辖区域: a node of the province → city → town tree.</summary>
public sealed class Jurisdiction : AggregateRoot
{
    private Jurisdiction() { }

    public string Name { get; private set; } = "";
    public JurisdictionLevel Level { get; private set; }
    public Guid? ParentId { get; private set; }
    public Jurisdiction? Parent { get; private set; }

    /// <summary>Ids from the root down, "/a/b/c/": a subtree is every path that starts with this one.</summary>
    public string Path { get; private set; } = "";

    public static Jurisdiction Create(string name, JurisdictionLevel level, Jurisdiction? parent)
    {
        if (parent is not null && parent.Level >= level)
            throw new DomainException("Jurisdiction.LevelOrder");
        var j = new Jurisdiction { Name = name.Trim(), Level = level, ParentId = parent?.Id, Parent = parent };
        j.Path = (parent?.Path ?? "/") + j.Id.ToString("N") + "/";
        return j;
    }

    public void Rename(string name) => Name = name.Trim();
}

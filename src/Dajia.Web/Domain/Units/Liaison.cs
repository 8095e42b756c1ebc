namespace Dajia.Web.Domain.Units;

public enum LiaisonRole
{
    Primary,

    /// <summary>B角: the deputy who stands in when the liaison is away.</summary>
    Deputy,
}

public enum Gender
{
    Male,
    Female,
}

/// <summary>联络员: one period during which a person was a unit's liaison (or deputy).</summary>
public sealed class Liaison : Entity
{
    private Liaison() { }

    internal Liaison(Guid unitId, LiaisonRole role, LiaisonDetails details, DateTimeOffset from, string recordedBy)
    {
        UnitId = unitId;
        Role = role;
        Name = details.Name;
        Gender = details.Gender;
        Title = details.Title;
        OfficePhone = details.OfficePhone;
        Mobile = details.Mobile;
        Fax = details.Fax;
        Email = details.Email;
        EffectiveFrom = from;
        RecordedBy = recordedBy;
    }

    public Guid UnitId { get; private set; }
    public LiaisonRole Role { get; private set; }
    public string Name { get; private set; } = "";
    public Gender? Gender { get; private set; }
    public string? Title { get; private set; }
    public string? OfficePhone { get; private set; }
    public string Mobile { get; private set; } = "";
    public string? Fax { get; private set; }
    public string? Email { get; private set; }
    public DateTimeOffset EffectiveFrom { get; private set; }
    public DateTimeOffset? EffectiveTo { get; private set; }
    public string RecordedBy { get; private set; } = "";

    public LiaisonDetails Details => new(Name, Gender, Title, OfficePhone, Mobile, Fax, Email);

    internal void Close(DateTimeOffset at) => EffectiveTo = at;
}

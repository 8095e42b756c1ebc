namespace Dajia.Web.Domain;

public abstract class Entity
{
    public Guid Id { get; protected set; } = Ids.Next();
}

namespace Dajia.Web.Domain;

/// <summary>
/// A record people change as a whole (a clue with its history, a deadline with its pauses). <see cref="Version"/>
/// counts the saves of it or of any of its parts; a save goes through only while the stored version is still the one
/// that was read, so of two people acting on the same record at once exactly one wins and the other is told to reload.
/// </summary>
public abstract class AggregateRoot : Entity
{
    /// <summary>Set by the data layer on every save (see <c>Data.Versioning</c>), never by domain code.</summary>
    public int Version { get; private set; }
}

namespace Dajia.Web.Domain.Cases;

public sealed partial class EnforcementCase
{
    /// <summary>
    /// The number, title and entity party in searchable form (<see cref="CaseSearch"/>), kept in step whenever they change.
    /// </summary>
    public string SearchText { get; private set; } = "";

    /// <summary>An entity party's name, credit code and stall, lower-cased (<see cref="CaseSearch.EntityText"/>); "" otherwise.</summary>
    public string PartyText { get; private set; } = "";

    /// <summary>
    /// A natural person's normalised full name as a keyed hash (a blind index), so the office can find the case by the
    /// whole name while the name itself stays encrypted; null for an entity.
    /// </summary>
    public string? PartyNameLookup { get; private set; }

    /// <summary>Rebuilds the stored search text; true when it changed (an older stored form, or a new title).</summary>
    public bool RefreshSearchText()
    {
        var text = CaseSearch.TextOf(Number, Title, PartyText);
        if (text == SearchText) return false;
        SearchText = text;
        return true;
    }

    /// <summary>Stores the party's searchable forms anew (an older row, a new lookup key); true when anything changed.</summary>
    public bool RefreshPartySearch(string partyText, string? nameLookup)
    {
        var changed = partyText != PartyText || nameLookup != PartyNameLookup;
        (PartyText, PartyNameLookup) = (partyText, nameLookup);
        return RefreshSearchText() || changed;
    }
}

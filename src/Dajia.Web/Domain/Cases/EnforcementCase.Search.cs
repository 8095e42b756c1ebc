namespace Dajia.Web.Domain.Cases;

public sealed partial class EnforcementCase
{
    /// <summary>The number and title in searchable form (<see cref="CaseSearch"/>), kept in step whenever the title changes.</summary>
    public string SearchText { get; private set; } = "";

    /// <summary>Rebuilds the stored search text; true when it changed (an older stored form, or a new title).</summary>
    public bool RefreshSearchText()
    {
        var text = CaseSearch.TextOf(Number, Title);
        if (text == SearchText) return false;
        SearchText = text;
        return true;
    }
}

namespace Dajia.Web.Domain.Clues;

public sealed partial class Clue
{
    /// <summary>The longest addition a person may type: it is kept as the history line's note.</summary>
    public const int MaxAdditionLength = 400;

    /// <summary>
    /// 补充材料: the person who reported adds what they have learned since, while the clue is still being handled. A clue
    /// that is closed, not accepted or merged takes nothing more; something new is a new report.
    /// </summary>
    public void AddInformation(string? text, DateTimeOffset at, string by)
    {
        if (!IsOpen) throw new DomainException("Clue.ClosedForAdditions");
        var note = text?.Trim() is { Length: > 0 } t ? t : null;
        if (note is { Length: > MaxAdditionLength }) throw new DomainException("Clue.NoteRequired");
        Record(ClueEventKind.InformationAdded, at, by, note);
    }
}

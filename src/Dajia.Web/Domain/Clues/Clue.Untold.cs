namespace Dajia.Web.Domain.Clues;

/// <summary>Why a real-name informant or complainant could not be told the outcome before closing.</summary>
public enum UntoldKind
{
    /// <summary>多次联系不上: with how many attempts and when the last one was.</summary>
    Unreachable,

    /// <summary>本人表示无需告知.</summary>
    Declined,

    /// <summary>联系方式无效 (an empty number, a wrong address).</summary>
    InvalidContact,
}

/// <summary>
/// The office's record that the feedback duty could not be met: a reason from a fixed list (so a single letter is not a
/// reason), the attempts made when the informant could not be reached, and a note.
/// </summary>
public sealed record Untold(UntoldKind Kind, int? Attempts, DateOnly? LastTriedOn, string Note)
{
    /// <summary>"Many attempts" means at least this many.</summary>
    public const int MinAttempts = 2;
    public const int MaxAttempts = 99;

    /// <summary>The shortest note that can say how it was tried or who said so.</summary>
    public const int MinNote = 4;
}

public sealed partial class Clue
{
    public UntoldKind? UntoldKind { get; private set; }
    public int? UntoldAttempts { get; private set; }
    public DateOnly? UntoldLastTriedOn { get; private set; }

    private void RecordUntold(Untold untold) =>
        (UntoldKind, UntoldAttempts, UntoldLastTriedOn) = (untold.Kind, untold.Attempts, untold.LastTriedOn);
}

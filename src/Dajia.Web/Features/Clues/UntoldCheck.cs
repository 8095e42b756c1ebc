using Dajia.Web.Domain.Clues;
using Dajia.Web.Infrastructure.Input;

namespace Dajia.Web.Features.Clues;

/// <summary>
/// Checks why a real-name informant was not told before closing: a reason from the list, for 多次联系不上 the number of
/// attempts (at least two) and the day of the last one (between receipt and today), and a note that says something.
/// </summary>
public static class UntoldCheck
{
    public static Untold? Read(Clue c, CloseInput input, DateTimeOffset now, List<FieldError> errors)
    {
        var kind = Shared.Input.Enum<UntoldKind>(input.UntoldKind, "untoldKind", errors, required: true);
        int? attempts = null;
        DateOnly? last = null;
        if (kind == UntoldKind.Unreachable)
        {
            attempts = input.UntoldAttempts;
            // A field the face could not read already has its message.
            bool Unread(string field) => errors.Any(e => e.Field == field);
            if (attempts is not (>= Untold.MinAttempts and <= Untold.MaxAttempts) && !Unread("untoldAttempts"))
                errors.Add(new("untoldAttempts", "Validation.Clue.UntoldAttempts", Untold.MinAttempts, Untold.MaxAttempts));
            last = input.UntoldLastTriedOn;
            var received = ChinaTime.DateOf(c.ReceivedAt);
            var today = ChinaTime.DateOf(now);
            if ((last is not { } d || d < received || d > today) && !Unread("untoldLastTriedOn"))
                errors.Add(new("untoldLastTriedOn", "Validation.Clue.UntoldLastTried", received.ToString("yyyy-MM-dd")));
        }
        var note = input.UntoldReason?.Trim() ?? "";
        if (InputRules.VisibleLength(note) < Untold.MinNote) errors.Add(new("untoldReason", "Validation.Clue.UntoldNote", Untold.MinNote));
        else Shared.Input.Fits(note, Clue.OutcomeLength, "untoldReason", errors);
        return kind is { } k && errors.Count == 0 ? new Untold(k, attempts, last, note) : null;
    }
}

using Dajia.Web.Domain.Clues;

namespace Dajia.Web.Features.Clues;

/// <summary>The outcome the public reads once a clue is closed: the result in plain words and the office's public text.</summary>
public static class PublicOutcomes
{
    public static PublicOutcomeDto? Of(Clue clue, IStringLocalizer l)
    {
        if (clue.Status != ClueStatus.Closed || clue.PublicOutcome is not { } text) return null;
        var closedAt = clue.Events.Where(e => e.Kind == ClueEventKind.Closed).Select(e => e.At).DefaultIfEmpty(clue.ReceivedAt).Max();
        return new PublicOutcomeDto(
            clue.Result is { } r ? l["VerificationResult." + r].Value : null,
            clue.Mediation is { } m ? l["MediationOutcome." + m].Value : null,
            text, closedAt);
    }

    /// <summary>The timeline's words for the mediation steps; their notes stay internal.</summary>
    public static string? Step(ClueEventKind kind) => kind switch
    {
        ClueEventKind.MediationStarted => "PublicStep.MediationStarted",
        ClueEventKind.MediationAgreed => "PublicStep.MediationAgreed",
        ClueEventKind.MediationFailed => "PublicStep.MediationFailed",
        ClueEventKind.MediationTerminated => "PublicStep.MediationTerminated",
        _ => null,
    };
}

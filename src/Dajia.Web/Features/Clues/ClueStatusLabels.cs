using Dajia.Web.Domain.Clues;

namespace Dajia.Web.Features.Clues;

/// <summary>
/// The one way staff pages, exports and the home page name a clue's status: a complaint and a report share statuses but
/// not every word (an accepted complaint waits for mediation, an accepted report for assignment).
/// </summary>
public static class ClueStatusLabels
{
    /// <summary>The resource key of the status as staff read it for a clue of this kind.</summary>
    public static string Key(ClueKind kind, ClueStatus status) =>
        kind == ClueKind.Complaint && status == ClueStatus.Accepted ? "Clues.AcceptedComplaint" : "ClueStatus." + status;
}

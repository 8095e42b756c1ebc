using Dajia.Web.Features.Cases.Transfer;

namespace Dajia.Web.Features.Cases;

/// <summary>One line of a case's 办理记录: a move of the case or a step of its transfer (移送公安), who, when and what.</summary>
public sealed record CaseHistoryLine(DateTimeOffset At, string By, string LabelKey, string? Note, bool OfTransfer);

/// <summary>
/// The case's 办理记录 as the case page and the printed file show it: its own moves and its transfer's steps in the order
/// they happened (a move and a step at the same instant: the move first, as the step follows from it).
/// </summary>
public static class CaseHistory
{
    public static List<CaseHistoryLine> Of(IEnumerable<CaseEventDto> events, IEnumerable<TransferStepDto>? steps) =>
        events.OrderBy(e => e.Sequence).Select(e => new CaseHistoryLine(e.At, e.By, "CaseEventKind." + e.Kind, e.Note, false))
            .Concat((steps ?? []).OrderBy(s => s.Sequence)
                .Select(s => new CaseHistoryLine(s.At, s.By, s.LabelKey, s.Note, true)))
            .OrderBy(l => l.At).ToList();
}

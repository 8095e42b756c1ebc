namespace Dajia.Web.Domain.Clues;

/// <summary>How far the clue's market entity and key area are known: guessed at intake, or settled by staff.</summary>
public enum EntityMatchState
{
    /// <summary>Nothing in the report matched the register.</summary>
    None,

    /// <summary>The matcher's guess from the merchant, address and stall the report gave; not yet looked at.</summary>
    Proposed,

    /// <summary>Staff confirmed or corrected it (possibly to "not in the register").</summary>
    Confirmed,
}

public sealed partial class Clue
{
    /// <summary>重点区域 the clue is about: hot spots and counts go by it.</summary>
    public Guid? KeyAreaId { get; private set; }
    public EntityMatchState MatchState { get; private set; }

    /// <summary>The matcher's guess, taken at intake; staff's word is never overwritten by a guess.</summary>
    public void ProposeMatch(Guid? marketEntityId, Guid? keyAreaId)
    {
        if (MatchState == EntityMatchState.Confirmed) throw new DomainException("Clue.MatchSettled");
        (MarketEntityId, KeyAreaId) = (marketEntityId, keyAreaId);
        MatchState = marketEntityId is null && keyAreaId is null ? EntityMatchState.None : EntityMatchState.Proposed;
    }

    /// <summary>
    /// Staff settle the match: the same as proposed is a confirmation, anything else a correction. Both leave a line
    /// in the history saying what it is now (<paramref name="note"/>, in words).
    /// </summary>
    public void ConfirmMatch(Guid? marketEntityId, Guid? keyAreaId, string note, DateTimeOffset at, string by)
    {
        var same = marketEntityId == MarketEntityId && keyAreaId == KeyAreaId;
        if (same && MatchState == EntityMatchState.Confirmed) throw new DomainException("Clue.MatchUnchanged");
        (MarketEntityId, KeyAreaId, MatchState) = (marketEntityId, keyAreaId, EntityMatchState.Confirmed);
        Record(same ? ClueEventKind.MatchConfirmed : ClueEventKind.MatchCorrected, at, by, note);
    }
}

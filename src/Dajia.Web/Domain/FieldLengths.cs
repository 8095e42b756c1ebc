namespace Dajia.Web.Domain;

/// <summary>
/// The stored length of each kind of text, in characters (code points, as PostgreSQL's varchar counts). Domain
/// validation and the EF configuration both read these, and the message "不能超过 {0} 个字" takes the number, so the
/// column, the check and the words cannot drift apart.
/// </summary>
public static class FieldLengths
{
    /// <summary>A person's name: a liaison, a leader in charge, an operator, a user's display name.</summary>
    public const int PersonName = 32;

    /// <summary>A short label: a unit's short name, a stall number.</summary>
    public const int ShortText = 32;

    /// <summary>The name of a unit, key area or rule; a job title; a product or brand; a document number.</summary>
    public const int Name = 64;

    /// <summary>A market entity's or merchant's registered name.</summary>
    public const int EntityName = 100;

    public const int Address = 128;
    public const int Email = 128;
    public const int Reason = 200;
    public const int Note = 500;

    /// <summary>What an inspection found at one entity.</summary>
    public const int Notes = 1000;

    public const int Description = 2000;

    /// <summary>The findings of an operation; a campaign's goals and tasks.</summary>
    public const int LongText = 4000;
}

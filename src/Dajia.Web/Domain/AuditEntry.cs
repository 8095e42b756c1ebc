namespace Dajia.Web.Domain;

/// <summary>One change to one row: who, when, what, and the values before and after (JSON).</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? UserId { get; set; }
    public string UserName { get; set; } = "";

    /// <summary>Entries of the system (tools, seeding, anonymous callers) about rows without a jurisdiction: root admins only.</summary>
    public const string SystemScope = "";

    /// <summary>
    /// The changed record's jurisdiction path, or, for a record without one, the actor's; <see cref="SystemScope"/> when
    /// neither has one. Audit reads are scoped by it.
    /// </summary>
    public string Scope { get; set; } = SystemScope;
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    public string Action { get; set; } = "";
    public string Changes { get; set; } = "{}";
}
